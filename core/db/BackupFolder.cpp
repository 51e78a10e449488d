#include "db/BackupFolder.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rapport {

QString BackupFolder::of(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(u"backups/"_s + info.completeBaseName());
}

QString BackupFolder::display(const QString &databasePath)
{
    return QDir::toNativeSeparators(of(databasePath));
}

} // namespace rapport
