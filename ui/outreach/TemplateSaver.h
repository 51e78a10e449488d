#pragma once

// "Save as Template…" in Compose: keeps a composed text as a new template of
// the user's, asking for its name — again, saying why, when the store refuses
// it; a starter's name is taken only when given twice, since the user's
// template then replaces the starter.

#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace rapport {

class TemplateStore;

class TemplateSaver
{
    Q_DECLARE_TR_FUNCTIONS(TemplateSaver)

public:
    // Asks for a template name; std::nullopt when cancelled. `prompt` may
    // carry why the last name was refused.
    using NameAsker = std::function<std::optional<QString>(QWidget *parent, const QString &prompt,
                                                           const QString &suggestion)>;

    // The saved template, or std::nullopt when the user cancelled or there
    // is no text. `ask` replaces QInputDialog.
    static std::optional<MessageTemplate> saveAs(QWidget *parent, TemplateStore &store,
                                                 const QString &channel, const QString &subject,
                                                 const QString &body, const NameAsker &ask = {});
};

} // namespace rapport
