#include "db/SqlErrorText.h"

#include "db/BackupFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace rapport {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt's driver reports them in
// QSqlError::nativeErrorCode(), possibly with extended bits above the low byte.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteAbort = 4,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteInterrupt = 9,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteProtocol = 15,
    SqliteSchema = 17,
    SqliteTooBig = 18,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

} // namespace

int SqlErrorText::primaryCode(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return -1;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool SqlErrorText::isDiskFull(const QSqlError &error)
{
    return primaryCode(error) == SqliteFull;
}

bool SqlErrorText::isReadOnly(const QSqlError &error)
{
    return primaryCode(error) == SqliteReadOnly;
}

bool SqlErrorText::isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

QString SqlErrorText::sentence(const QString &clause)
{
    QString text = clause.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

QString SqlErrorText::describe(const QSqlError &error, const QString &databasePath)
{
    return describeCode(primaryCode(error), databasePath);
}

QString SqlErrorText::describeCode(int code, const QString &databasePath)
{
    const QString file = databasePath.isEmpty()
                             ? tr("the database")
                             : QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    const QString folder = databasePath.isEmpty()
                               ? tr("the database's folder")
                               : QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath());
    switch (code) {
    case SqliteFull:
        return tr("there is no space left on the disk holding %1. Free some space on it and try "
                  "again; nothing was changed")
            .arg(file);
    case SqliteReadOnly:
    case SqlitePerm:
        return tr("%1 is read-only, so changes cannot be saved. Copy it to a folder you may "
                  "write to (or make it writable) and open it from there; nothing was changed")
            .arg(file);
    case SqliteBusy:
    case SqliteLocked:
        return tr("%1 is busy: another program (another Rapport window or rapport-cli) is "
                  "writing to it. Try again in a moment; nothing was changed")
            .arg(file);
    case SqliteCorrupt:
    case SqliteNotADb:
        return tr("%1 is damaged and could not be read. Nothing was changed; restore it from a "
                  "backup (File > Restore From Backup… or rapport-cli backup list; they are in "
                  "%2)")
            .arg(file, databasePath.isEmpty() ? tr("the backups folder next to the database")
                                              : BackupFolder::display(databasePath));
    case SqliteIoErr:
        return tr("the disk holding %1 reported a read or write error. Check that the disk is "
                  "still connected and healthy, then try again; nothing was changed")
            .arg(file);
    case SqliteCantOpen:
        return tr("%1 could not be opened. Check that the file and its folder %2 still exist "
                  "and that you may write there")
            .arg(file, folder);
    case SqliteNoMem:
        return tr("the computer ran out of memory while working on %1. Close other programs and "
                  "try again; nothing was changed")
            .arg(file);
    case SqliteTooBig:
        return tr("a value was too large to store in %1; nothing was changed").arg(file);
    case SqliteInterrupt:
    case SqliteAbort:
        return tr("the change to %1 was interrupted; nothing was changed. Try again").arg(file);
    case SqliteSchema:
    case SqliteProtocol:
        return tr("another program changed %1 at the same moment. Try again; nothing was changed")
            .arg(file);
    case SqliteConstraint:
        return tr("Rapport refused a change to %1 that would have broken its own rules (this is "
                  "Rapport's mistake, not your data's); nothing was changed. Please report it")
            .arg(file);
    default:
        if (code < 0)
            return tr("Rapport could not work with %1 (an internal error, not a problem with "
                      "your data); nothing was changed. Please report it")
                .arg(file);
        return tr("Rapport could not work with %1 (SQLite error %2); nothing was changed. "
                  "Please report it")
            .arg(file)
            .arg(code);
    }
}

} // namespace rapport
