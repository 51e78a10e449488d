#include "outreach/TemplateSaver.h"

#include "common/DialogRunner.h"
#include "common/Prompts.h"
#include "outreach/MessageEditor.h"
#include "outreach/TemplateList.h"
#include "store/TemplateStore.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace rapport {

std::optional<MessageTemplate> TemplateSaver::saveAs(QWidget *parent, TemplateStore &store,
                                                     const QString &channel, const QString &subject,
                                                     const QString &body)
{
    const QString title = tr("Save as Template");
    if (body.trimmed().isEmpty()) {
        Prompts::information(parent, title,
                             tr("There is no text to save as a template yet. Write the "
                                "message first."));
        return std::nullopt;
    }
    const auto asker = [parent, title](const QString &prompt,
                                       const QString &suggestion) -> std::optional<QString> {
        QInputDialog dialog(parent);
        dialog.setObjectName(u"templateNameDialog"_s);
        dialog.setWindowTitle(title);
        dialog.setLabelText(prompt);
        dialog.setTextValue(suggestion);
        if (!DialogRunner::run(dialog))
            return std::nullopt;
        return dialog.textValue();
    };
    const QString question = tr("Name for the new template:");
    QString prompt = question;
    QString suggestion;
    QString starterConfirmed;
    for (;;) {
        const std::optional<QString> answer = asker(prompt, suggestion);
        if (!answer)
            return std::nullopt;
        const QString name = answer->trimmed();
        suggestion = name;
        if (!name.isEmpty()) {
            const std::optional<MessageTemplate> existing = store.find(name);
            if (existing && existing->builtIn && !TemplateList::sameName(starterConfirmed, name)) {
                starterConfirmed = name;
                prompt = tr("“%1” is a built-in starter: yours would take its place (deleting "
                            "yours brings it back). Press OK to replace it, or choose another "
                            "name:")
                             .arg(existing->name);
                continue;
            }
        }
        MessageTemplate t;
        t.name = name;
        t.channel = channel;
        t.subject = MessageEditor::channelHasSubject(channel) ? subject : QString();
        t.body = body;
        QString error;
        if (store.save(t, &error))
            return t;
        prompt = error + u'\n' + question;
    }
}

} // namespace rapport
