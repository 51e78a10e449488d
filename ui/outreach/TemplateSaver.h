#pragma once

// "Save as Template…" in Compose: keeps a composed text as a new template of
// the user's, asking for its name — again, saying why, when the store refuses
// it; a starter's name is taken only when given twice, since the user's
// template then replaces the starter.

#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace rapport {

class TemplateStore;

class TemplateSaver
{
    Q_DECLARE_TR_FUNCTIONS(TemplateSaver)

public:
    // The saved template, or std::nullopt when the user cancelled or there
    // is no text. The name is asked in a QInputDialog named
    // "templateNameDialog", run by DialogRunner; its label says why the last
    // name was refused.
    static std::optional<MessageTemplate> saveAs(QWidget *parent, TemplateStore &store,
                                                 const QString &channel, const QString &subject,
                                                 const QString &body);
};

} // namespace rapport
