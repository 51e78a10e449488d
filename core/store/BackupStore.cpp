#include "store/BackupStore.h"

#include "db/BackupFolder.h"
#include "db/Database.h"
#include "store/ImportJournal.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QAtomicInt connectionCounter;

constexpr QFile::Permissions privateFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions privateFolder = privateFile | QFile::ExeOwner | QFile::ExeUser;

const QString stampFormat = u"yyyyMMdd-HHmmss-zzz"_s;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// Flushes a file's data to the disk, so a rename that follows never
// publishes a file whose content is still only in memory.
bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.flush();
#endif
}

// Makes a rename in `folder` survive power loss.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// Runs `work` on a connection of its own to `path`, closed afterwards.
bool withConnection(const QString &path, bool readOnly,
                    const std::function<bool(QSqlDatabase &)> &work, int busyTimeout = 5000)
{
    const QString name = u"rapport-backup-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        const QString timeout = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeout);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;"_s + timeout : timeout);
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

qint64 scalar(QSqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    QSqlQuery q(db);
    const bool done = q.exec(sql) && q.next();
    if (ok)
        *ok = done;
    return done ? q.value(0).toLongLong() : -1;
}

// Tries to take the database for this connection alone: true ("busy")
// while any other connection (another window, rapport-cli) has it open,
// even idle. A file SQLite cannot read at all is not busy: it is damaged.
bool othersHaveItOpen(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s) && q.exec(u"BEGIN EXCLUSIVE"_s) &&
        q.exec(u"COMMIT"_s))
        return false;
    const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

int keptOf(BackupInfo::Reason reason)
{
    switch (reason) {
    case BackupInfo::Reason::Daily:
        return BackupStore::DailyKept;
    case BackupInfo::Reason::BeforeImport:
        return BackupStore::ImportKept;
    case BackupInfo::Reason::Manual:
        return BackupStore::ManualKept;
    case BackupInfo::Reason::BeforeRestore:
        return BackupStore::RestoreKept;
    }
    return 0;
}

// The sidecar, or what the file name tells when it is missing.
std::optional<BackupInfo> readBackup(const QFileInfo &file)
{
    static const QRegularExpression pattern(
        u"-(\\d{8}-\\d{6}-\\d{3})-(daily|import|manual|restore)\\.sqlite$"_s);
    const QRegularExpressionMatch match = pattern.match(file.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    BackupInfo info;
    info.fileName = file.fileName();
    info.path = file.absoluteFilePath();
    info.size = file.size();
    info.createdAt = QDateTime::fromString(match.captured(1), stampFormat);
    info.createdAt.setTimeSpec(Qt::UTC);
    BackupInfo::reasonFromKey(match.captured(2), &info.reason);
    QFile sidecar(info.path + u".json"_s);
    if (sidecar.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(sidecar.read(64 * 1024)).object();
        info.source = o.value(u"source"_s).toString();
        info.contacts = o.value(u"contacts"_s).toInteger(-1);
        const QDateTime at =
            QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
        if (at.isValid())
            info.createdAt = at.toUTC();
    }
    return info;
}

} // namespace

BackupStore::BackupStore(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_folder(folderFor(databasePath))
{}

QString BackupStore::folderFor(const QString &databasePath)
{
    return BackupFolder::of(databasePath);
}

bool BackupStore::makeFolder(QString *error) const
{
    const QString parent = QFileInfo(m_folder).absolutePath();
    if (!QDir().mkpath(m_folder)) {
        return fail(error, tr("Cannot create the backups folder %1. Check that you may write "
                              "there and that the disk is not full.")
                               .arg(native(m_folder)));
    }
    QFile::setPermissions(parent, privateFolder);
    QFile::setPermissions(m_folder, privateFolder);
    return true;
}

QString BackupStore::newFileName(BackupInfo::Reason reason, const QDateTime &at) const
{
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    QDateTime stamp = at.toUTC();
    QString name;
    // Two backups in the same millisecond get neighbouring stamps.
    do {
        name = u"%1-%2-%3.sqlite"_s.arg(base, stamp.toString(stampFormat),
                                        BackupInfo::reasonKey(reason));
        stamp = stamp.addMSecs(1);
    } while (QFileInfo::exists(QDir(m_folder).filePath(name)));
    return name;
}

bool BackupStore::writeSidecar(const BackupInfo &info, QString *error) const
{
    QJsonObject o;
    o.insert(u"created"_s, info.createdAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"reason"_s, BackupInfo::reasonKey(info.reason));
    o.insert(u"source"_s, info.source);
    o.insert(u"contacts"_s, info.contacts);
    o.insert(u"database"_s, m_databasePath);
    QSaveFile file(info.path + u".json"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 ||
        !file.commit()) {
        return fail(error, tr("Cannot write %1: %2. Check that there is space on the disk.")
                               .arg(native(info.path + u".json"_s), file.errorString()));
    }
    QFile::setPermissions(info.path + u".json"_s, privateFile);
    return true;
}

bool BackupStore::create(Database &db, BackupInfo::Reason reason, const QString &source,
                         BackupInfo *made, QString *error)
{
    if (!makeFolder(error))
        return false;
    BackupInfo info;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.reason = reason;
    info.source = source;
    info.fileName = newFileName(reason, info.createdAt);
    info.path = QDir(m_folder).filePath(info.fileName);
    const QString part = QDir(m_folder).filePath(u"."_s + info.fileName + u".part"_s);
    const QString cannot = tr("Could not back up %1 to %2: %3 Nothing was changed.");

    // VACUUM INTO writes into an empty file: created here, private to the user.
    QFile::remove(part);
    {
        QFile empty(part);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(error, cannot.arg(native(m_databasePath), native(m_folder),
                                          tr("the folder is not writable.")));
        empty.setPermissions(privateFile);
    }
    QSqlQuery vacuum(db.connection());
    vacuum.prepare(u"VACUUM INTO ?"_s);
    vacuum.addBindValue(part);
    if (!vacuum.exec()) {
        const QString why = vacuum.lastError().nativeErrorCode() == u"13"_s
                                ? tr("there is no space left on the disk holding it.")
                                : tr("the copy could not be written; check that there is space "
                                     "on the disk and that you may write there.");
        QFile::remove(part);
        return fail(error, cannot.arg(native(m_databasePath), native(m_folder), why));
    }
    withConnection(part, true, [&](QSqlDatabase &copy) {
        info.contacts = scalar(copy, u"SELECT count(*) FROM contact"_s);
        return true;
    });
    if (!syncFile(part) || !QFile::rename(part, info.path)) {
        QFile::remove(part);
        return fail(error, cannot.arg(native(m_databasePath), native(m_folder),
                                      tr("the copy could not be saved to the disk.")));
    }
    info.size = QFileInfo(info.path).size();
    if (!writeSidecar(info, error))
        return false;
    syncFolder(m_folder);
    if (made)
        *made = info;
    // The backup is made; an old one that cannot go yet goes next time.
    prune(nullptr);
    return true;
}

bool BackupStore::dailyDue(const QDate &today) const
{
    const QList<BackupInfo> all = list();
    return std::none_of(all.cbegin(), all.cend(), [&](const BackupInfo &b) {
        return b.reason == BackupInfo::Reason::Daily && b.createdAt.toLocalTime().date() == today;
    });
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> out;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({u"*.sqlite"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        if (auto info = readBackup(file))
            out << *info;
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.fileName > b.fileName;
    });
    return out;
}

std::optional<BackupInfo> BackupStore::find(const QString &nameOrNumber) const
{
    const QList<BackupInfo> all = list();
    bool isNumber = false;
    const int number = nameOrNumber.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= all.size() ? std::optional(all.at(number - 1))
                                                   : std::nullopt;
    const QString name = QFileInfo(nameOrNumber).fileName();
    for (const BackupInfo &b : all) {
        if (b.fileName == name || b.fileName == name + u".sqlite"_s)
            return b;
    }
    return std::nullopt;
}

bool BackupStore::verify(const QString &backupPath, qint64 *changeCount, QString *error)
{
    const QString name = native(backupPath);
    QString problem;
    if (!Database::checkExistingFile(backupPath, &problem))
        return fail(error, tr("The backup %1 cannot be used: %2").arg(name, problem));
    qint64 version = -1;
    qint64 changes = -1;
    bool intact = false;
    const bool opened = withConnection(backupPath, true, [&](QSqlDatabase &db) {
        QSqlQuery check(db);
        // Every page and b-tree, in a fraction of integrity_check's time
        // (which also compares each index with its table).
        intact = check.exec(u"PRAGMA quick_check"_s) && check.next() &&
                 check.value(0).toString() == u"ok"_s;
        version = scalar(db, u"PRAGMA user_version"_s);
        bool hasCounter = false;
        const qint64 n = scalar(db, u"SELECT "_s + ImportJournal::changeMarkSql(), &hasCounter);
        changes = hasCounter ? n : -1;
        return true;
    });
    if (!opened || !intact) {
        return fail(error, tr("The backup %1 is damaged and was not restored; the database was "
                              "left as it is. Choose another backup.")
                               .arg(name));
    }
    if (version > Database::latestSchemaVersion()) {
        return fail(error, tr("The backup %1 was made by a newer Rapport (schema version %2). "
                              "Update Rapport to restore it.")
                               .arg(name, QString::number(version)));
    }
    if (changeCount)
        *changeCount = changes;
    return true;
}

qint64 BackupStore::changeCount(const QString &backupPath)
{
    qint64 changes = -1;
    withConnection(backupPath, true, [&](QSqlDatabase &db) {
        bool ok = false;
        const qint64 n = scalar(db, u"SELECT "_s + ImportJournal::changeMarkSql(), &ok);
        changes = ok ? n : -1;
        return true;
    });
    return changes;
}

bool BackupStore::isInUse(const QString &databasePath)
{
    bool busy = false;
    withConnection(
        databasePath, false,
        [&](QSqlDatabase &db) {
            busy = othersHaveItOpen(db);
            return true;
        },
        0);
    return busy;
}

bool BackupStore::keepAside(const QString &restoredFrom, BackupInfo *keptAside, QString *error)
{
    BackupInfo info;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.reason = BackupInfo::Reason::BeforeRestore;
    info.source = restoredFrom;
    info.fileName = newFileName(info.reason, info.createdAt);
    info.path = QDir(m_folder).filePath(info.fileName);

    // Only a database nobody else has open is replaced; everything
    // committed moves into the main file first.
    bool busy = false;
    withConnection(
        m_databasePath, false,
        [&](QSqlDatabase &db) {
            busy = othersHaveItOpen(db);
            QSqlQuery q(db);
            if (!busy && q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next())
                busy = q.value(0).toInt() != 0;
            info.contacts = scalar(db, u"SELECT count(*) FROM contact"_s);
            return true;
        },
        0);
    if (busy) {
        return fail(error, tr("%1 is in use by another program (a Rapport window or "
                              "rapport-cli). Close it and restore again; nothing was changed.")
                               .arg(native(m_databasePath)));
    }
    bool linked = false;
#ifdef Q_OS_UNIX
    linked = ::link(QFile::encodeName(m_databasePath).constData(),
                    QFile::encodeName(info.path).constData()) == 0;
#endif
    if (!linked && !QFile::copy(m_databasePath, info.path)) {
        return fail(error, tr("Could not keep %1 aside in %2 before restoring; nothing was "
                              "changed. Check that there is space on the disk.")
                               .arg(native(m_databasePath), native(m_folder)));
    }
    // A log the checkpoint could not empty (a damaged file) goes along.
    const QString wal = m_databasePath + u"-wal"_s;
    if (QFileInfo(wal).size() > 0 && !QFile::copy(wal, info.path + u"-wal"_s)) {
        QFile::remove(info.path);
        return fail(error, tr("Could not keep %1 aside in %2 before restoring; nothing was "
                              "changed. Check that there is space on the disk.")
                               .arg(native(wal), native(m_folder)));
    }
    QFile::setPermissions(info.path, privateFile);
    info.size = QFileInfo(info.path).size();
    if (!writeSidecar(info, error))
        return false;
    if (keptAside)
        *keptAside = info;
    return true;
}

bool BackupStore::restore(const BackupInfo &backup, BackupInfo *keptAside, QString *error)
{
    if (!verify(backup.path, nullptr, error))
        return false;
    if (!makeFolder(error))
        return false;
    BackupInfo aside;
    if (QFileInfo::exists(m_databasePath) && !keepAside(backup.fileName, &aside, error))
        return false;

    const QString cannot = tr("Could not restore %1 from %2: %3 The database was left as it "
                              "was; the copy kept aside is %4.");
    QFile from(backup.path);
    QSaveFile to(m_databasePath);
    if (!from.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly)) {
        return fail(error, cannot.arg(native(m_databasePath), native(backup.path),
                                      tr("the files could not be opened."), native(aside.path)));
    }
    while (!from.atEnd()) {
        const QByteArray chunk = from.read(1 << 20);
        if (chunk.isEmpty() || to.write(chunk) != chunk.size()) {
            to.cancelWriting();
            return fail(error, cannot.arg(native(m_databasePath), native(backup.path),
                                          tr("the copy could not be written; check that there "
                                             "is space on the disk."),
                                          native(aside.path)));
        }
    }
    to.setPermissions(privateFile);
#ifdef Q_OS_UNIX
    if (!to.flush() || ::fsync(to.handle()) != 0) {
        to.cancelWriting();
        return fail(error,
                    cannot.arg(native(m_databasePath), native(backup.path),
                               tr("the copy could not be saved to the disk."), native(aside.path)));
    }
#endif
    // The old log and index belong to the old file; the log was emptied
    // into it (or copied aside), so the old file stays whole without them.
    QFile::remove(m_databasePath + u"-wal"_s);
    QFile::remove(m_databasePath + u"-shm"_s);
    if (!to.commit()) {
        return fail(error, cannot.arg(native(m_databasePath), native(backup.path),
                                      to.errorString() + u'.', native(aside.path)));
    }
    syncFolder(QFileInfo(m_databasePath).absolutePath());
    if (keptAside)
        *keptAside = aside;
    prune(nullptr);
    return true;
}

bool BackupStore::prune(QString *error)
{
    QHash<int, int> seen;
    const QList<BackupInfo> all = list();
    for (const BackupInfo &b : all) {
        if (++seen[int(b.reason)] <= keptOf(b.reason))
            continue;
        const bool removed = QFile::remove(b.path);
        QFile::remove(b.path + u".json"_s);
        QFile::remove(b.path + u"-wal"_s);
        if (!removed && QFileInfo::exists(b.path)) {
            return fail(error, tr("Could not delete the old backup %1. Check that you may write "
                                  "in %2.")
                                   .arg(native(b.path), native(m_folder)));
        }
    }
    return true;
}

} // namespace rapport
