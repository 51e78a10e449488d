#include "outreach/TemplateSaver.h"

#include "outreach/MessageEditor.h"
#include "outreach/TemplateList.h"
#include "store/TemplateStore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace rapport {

std::optional<MessageTemplate> TemplateSaver::saveAs(QWidget *parent, TemplateStore &store,
                                                     const QString &channel, const QString &subject,
                                                     const QString &body, const NameAsker &ask)
{
    const QString title = tr("Save as Template");
    if (body.trimmed().isEmpty()) {
        QMessageBox::information(parent, title,
                                 tr("There is no text to save as a template yet. Write the "
                                    "message first."));
        return std::nullopt;
    }
    const NameAsker asker =
        ask ? ask
            : NameAsker([title](QWidget *p, const QString &prompt, const QString &suggestion) {
                  bool ok = false;
                  const QString name =
                      QInputDialog::getText(p, title, prompt, QLineEdit::Normal, suggestion, &ok);
                  return ok ? std::optional<QString>(name) : std::nullopt;
              });
    const QString question = tr("Name for the new template:");
    QString prompt = question;
    QString suggestion;
    QString starterConfirmed;
    for (;;) {
        const std::optional<QString> answer = asker(parent, prompt, suggestion);
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
