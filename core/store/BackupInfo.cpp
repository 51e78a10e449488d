#include "store/BackupInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rapport {

QString BackupInfo::reasonText() const
{
    const QString name = QFileInfo(source).fileName();
    switch (reason) {
    case Reason::Daily:
        return QCoreApplication::translate("BackupInfo", "daily");
    case Reason::BeforeImport:
        return QCoreApplication::translate("BackupInfo", "before importing %1").arg(name);
    case Reason::Manual:
        return QCoreApplication::translate("BackupInfo", "made by hand");
    case Reason::BeforeRestore:
        return name.isEmpty()
                   ? QCoreApplication::translate("BackupInfo", "kept aside before a restore")
                   : QCoreApplication::translate("BackupInfo", "kept aside before restoring %1")
                         .arg(name);
    }
    return {};
}

QString BackupInfo::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return u"daily"_s;
    case Reason::BeforeImport:
        return u"import"_s;
    case Reason::Manual:
        return u"manual"_s;
    case Reason::BeforeRestore:
        return u"restore"_s;
    }
    return {};
}

bool BackupInfo::reasonFromKey(const QString &key, Reason *reason)
{
    for (Reason r : {Reason::Daily, Reason::BeforeImport, Reason::Manual, Reason::BeforeRestore}) {
        if (reasonKey(r) == key) {
            *reason = r;
            return true;
        }
    }
    return false;
}

} // namespace rapport
