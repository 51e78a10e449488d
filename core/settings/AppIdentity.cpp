#include "settings/AppIdentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

void AppIdentity::apply()
{
    QCoreApplication::setOrganizationName(u"Rapport"_s);
    QCoreApplication::setApplicationName(u"Rapport"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString AppIdentity::version()
{
    return QStringLiteral(RAPPORT_VERSION);
}

} // namespace rapport
