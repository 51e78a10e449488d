#include "db/Database.h"

#include "db/BackupFolder.h"
#include "db/Migrations.h"
#include "db/SqlErrorText.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QAtomicInt connectionCounter;

// The database files this process has open through SQLite, by canonical
// path. POSIX drops every lock a process holds on a file when it closes any
// descriptor of that file, so Rapport never opens such a file itself (to read
// its header) while one of its own SQLite connections may hold locks on it:
// another program could then checkpoint or delete the log under it.
QMutex openFilesMutex;
QHash<QString, int> openFiles;

QString fileKey(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

bool isOpenInThisProcess(const QString &key)
{
    QMutexLocker lock(&openFilesMutex);
    return openFiles.value(key) > 0;
}

void registerOpen(const QString &key)
{
    QMutexLocker lock(&openFilesMutex);
    ++openFiles[key];
}

void unregisterOpen(const QString &key)
{
    QMutexLocker lock(&openFilesMutex);
    if (--openFiles[key] <= 0)
        openFiles.remove(key);
}

// SQLite's primary result codes that open() tells apart (sqlite3.h).
constexpr int SqliteReadOnly = 8;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

QString setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return text;
}

QVariant pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA "_s + pragma) || !q.next())
        return {};
    return q.value(0);
}

// SQLite reports a disk with no space left at all as an I/O error (it
// cannot even make its shared-memory file); the disk itself tells.
int withDiskFull(int code, const QString &path)
{
    constexpr int SqliteFull = 13;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() < 64 * 1024 ? SqliteFull : code;
}

bool hasWalContent(const QString &path)
{
    return QFileInfo(path + u"-wal"_s).size() > 0;
}

// Whether SQLite could write to the file: the file itself, and the folder
// for the write-ahead log and shared-memory files beside it (unless both are
// there already). A read-only disk answers no for all of them, also to root.
bool canWrite(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isWritable())
        return false;
    if (QFileInfo(file.absolutePath()).isWritable())
        return true;
    const QFileInfo wal(path + u"-wal"_s);
    const QFileInfo shm(path + u"-shm"_s);
    return wal.exists() && wal.isWritable() && shm.exists() && shm.isWritable();
}

QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           u"?immutable=1"_s;
}

struct FileHeader
{
    bool valid = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // as the header says, 0 when it does not say
    qint64 fileSize = 0;
};

FileHeader readHeader(const QString &path)
{
    FileHeader h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return h;
    h.fileSize = file.size();
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return h;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    h.pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (h.pageSize == 1)
        h.pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (validFor == changeCounter)
        h.pageCount = qFromBigEndian<quint32>(bytes + 28);
    h.valid = h.pageSize >= 512 && (h.pageSize & (h.pageSize - 1)) == 0;
    return h;
}

// A main file shorter than its header says, or not a whole number of pages,
// is what a truncated copy looks like -- and also what a checkpoint cut short
// by a crash leaves while the missing pages are still in the write-ahead log.
// Only SQLite, reading through the log, can tell the two apart.
bool looksShort(const FileHeader &h)
{
    return !h.valid || h.fileSize % h.pageSize != 0 ||
           quint64(h.fileSize) < quint64(h.pageSize) * h.pageCount;
}

struct ProbeResult
{
    int code = 0; // SQLite's primary result code; 0 when the file could be read
    qint64 applicationId = 0;
    int schemaVersion = 0;
    bool intact = true;
};

int codeOf(const QSqlError &error)
{
    const int code = SqlErrorText::primaryCode(error);
    return code > 0 ? code : SqliteCantOpen;
}

// Reads what open() needs through a connection of its own (read-only unless
// SQLite must recover a log), so SQLite has recovered its write-ahead log
// before anything is looked at, and a file that turns out damaged or not ours
// is not written to by Rapport.
ProbeResult probeFile(const QString &path, bool immutable, bool readWrite, bool looksShortNow)
{
    ProbeResult result;
    const QString key = fileKey(path);
    registerOpen(key);
    const QString connection = u"rapport-probe-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
        if (!readWrite)
            options += u";QSQLITE_OPEN_READONLY"_s;
        if (immutable) {
            options += u";QSQLITE_OPEN_URI"_s;
            db.setDatabaseName(immutableUri(path));
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            result.code = codeOf(db.lastError());
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
                result.code = codeOf(q.lastError());
            } else {
                result.applicationId = q.value(0).toLongLong();
                result.schemaVersion = pragmaValue(db, u"user_version"_s).toInt();
                if (looksShortNow) {
                    QSqlQuery check(db);
                    if (!check.exec(u"PRAGMA quick_check(1)"_s) || !check.next()) {
                        const int code = SqlErrorText::primaryCode(check.lastError());
                        if (code == SqliteCorrupt || code == SqliteNotADb || code <= 0)
                            result.intact = false;
                        else
                            result.code = code;
                    } else {
                        result.intact = check.value(0).toString() == u"ok"_s;
                    }
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    unregisterOpen(key);
    return result;
}

QString damageText(const QString &path, const FileHeader &header)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (header.valid && looksShort(header)) {
        return QCoreApplication::translate(
                   "Database", "%1 is damaged: the file is shorter than its header says "
                               "(a truncated copy?), and SQLite cannot read all of it. It was "
                               "left untouched; restore it from a backup (Rapport keeps them in "
                               "%2: File > Restore From Backup… or rapport-cli backup list).")
            .arg(name, BackupFolder::display(path));
    }
    return QCoreApplication::translate("Database",
                                       "%1 is damaged: SQLite cannot read it. It was left "
                                       "untouched; restore it from a backup (Rapport keeps them "
                                       "in %2: File > Restore From Backup… or rapport-cli "
                                       "backup list).")
        .arg(name, BackupFolder::display(path));
}

bool probeExisting(const QString &path, bool *readOnly, bool *immutable, const FileHeader &header,
                   QString *error)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    ProbeResult probe = probeFile(path, false, false, (header.valid && looksShort(header)));
    if (probe.code == SqliteReadOnly && !*readOnly) {
        // The log left by a crash needs recovering, which a read-only
        // connection may not do: let SQLite recover it (that writes only its
        // shared-memory index, never the database itself).
        probe = probeFile(path, false, true, (header.valid && looksShort(header)));
    }
    const bool cannotShare = probe.code == SqliteCantOpen || probe.code == SqliteReadOnly;
    if (cannotShare && *readOnly && !hasWalContent(path)) {
        // A read-only disk where SQLite cannot make the shared-memory file:
        // with nothing in a write-ahead log, the main file is the database.
        probe = probeFile(path, true, false, (header.valid && looksShort(header)));
        *immutable = probe.code == 0;
    }
    if ((probe.code == SqliteCantOpen || probe.code == SqliteReadOnly) && *readOnly) {
        setError(error,
                 QCoreApplication::translate(
                     "Database", "%1 cannot be opened: it is on a disk or in a folder "
                                 "that cannot be written to, and its latest changes are "
                                 "still in %2. Copy %1 together with the files beside it "
                                 "whose names start the same way to a folder you may "
                                 "write to, and open the copy.")
                     .arg(name, QDir::toNativeSeparators(QFileInfo(path).fileName() + u"-wal"_s)));
        return false;
    }
    if (probe.code == SqliteCorrupt || probe.code == SqliteNotADb ||
        (probe.code == 0 && !probe.intact)) {
        setError(error, damageText(path, header));
        return false;
    }
    if (probe.code != 0) {
        setError(error,
                 QCoreApplication::translate("Database", "Cannot open %1: %2.")
                     .arg(name, SqlErrorText::describeCode(withDiskFull(probe.code, path), path)));
        return false;
    }
    if (probe.applicationId != qint64(Database::ApplicationId)) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 is an SQLite database of another application, "
                                        "not a Rapport database. It was left untouched; choose "
                                        "another file or a new file name.")
                            .arg(name));
        return false;
    }
    if (probe.schemaVersion > Database::latestSchemaVersion()) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 was written by a newer Rapport (schema version "
                                        "%2; this Rapport understands up to %3). Update "
                                        "Rapport to open it; the file was left untouched.")
                            .arg(name)
                            .arg(probe.schemaVersion)
                            .arg(Database::latestSchemaVersion()));
        return false;
    }
    return true;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.rapport"_s;
    return dir + u"/rapport.sqlite"_s;
}

bool Database::checkExistingFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir()) {
        setError(error, QCoreApplication::translate("Database",
                                                    "%1 is a folder, not a Rapport database. "
                                                    "Choose a file inside it or a new file name.")
                            .arg(name));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QCoreApplication::translate(
                            "Database", "Cannot read %1: %2. Check that the file exists and "
                                        "that you may read it.")
                            .arg(name, file.errorString()));
        return false;
    }
    // A database whose first transactions are all still in its write-ahead
    // log has an empty main file; SQLite reads it from the log.
    const qint64 size = file.size();
    if (size == 0 && QFileInfo(path + u"-wal"_s).size() == 0) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 is an empty file, not a Rapport database. "
                                        "It was left untouched; choose another file or a new "
                                        "file name.")
                            .arg(name));
        return false;
    }
    const QByteArray header = file.read(16);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (size > 0 && header != magic) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 is not a Rapport database (it is not an SQLite "
                                        "database file). It was left untouched; choose another "
                                        "file or a new file name.")
                            .arg(name));
        return false;
    }
    return true;
}

bool Database::open(const QString &path, QString *error, Access access)
{
    close();
    const QFileInfo info(path);
    const bool existed = info.exists();
    const bool folderExisted = QFileInfo::exists(info.absolutePath());
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    bool readOnly = access == Access::ReadOnly;
    bool immutable = false;
    // Read only while no SQLite connection of this process has the file
    // open (see openFiles); one that does has found it sound already.
    const bool openHere = existed && isOpenInThisProcess(fileKey(path));
    FileHeader header;
    if (existed) {
        if (!openHere) {
            if (!checkExistingFile(path, error))
                return false;
            header = readHeader(path);
        }
        if (!readOnly && !canWrite(path))
            readOnly = true;
        if (!probeExisting(path, &readOnly, &immutable, header, error))
            return false;
    } else if (readOnly) {
        setError(error, QCoreApplication::translate("Database", "%1 does not exist. Check the "
                                                                "file name.")
                            .arg(name));
        return false;
    } else if (!QDir().mkpath(info.absolutePath())) {
        setError(error, QCoreApplication::translate("Database",
                                                    "Cannot create the folder %1. Check that "
                                                    "you may write there or choose another place.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (!existed) {
        // Private to the user: a folder we create is 0700, the new file 0600
        // before SQLite writes to it (its -wal and -shm copy the file's mode).
        if (!folderExisted)
            QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner |
                                                           QFile::ExeOwner | QFile::ReadUser |
                                                           QFile::WriteUser | QFile::ExeUser);
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            setError(error, QCoreApplication::translate(
                                "Database", "Cannot create %1: the folder %2 cannot be written "
                                            "to. Choose another place for the database.")
                                .arg(name, QDir::toNativeSeparators(info.absolutePath())));
            return false;
        }
        created.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                               QFile::WriteUser);
    }

    if (!connect(path, readOnly, immutable)) {
        setError(error, QCoreApplication::translate("Database", "Cannot open %1: %2.")
                            .arg(name, SqlErrorText::describe(m_db.lastError(), path)));
        close();
        if (!existed) // not left behind as an empty file the next open would refuse
            QFile::remove(path);
        return false;
    }
    m_path = info.absoluteFilePath();
    m_readOnly = readOnly;

    QString configureError;
    int configureCode = 0;
    bool configured = configure(&configureError, &configureCode);
    if (!configured && existed && !m_readOnly && configureCode == SqliteReadOnly) {
        // The file looked writable but is not (a read-only mount, a -shm
        // owned by someone else): open it read-only instead.
        close();
        if (!connect(path, true, false)) {
            setError(error, QCoreApplication::translate("Database", "Cannot open %1: %2.")
                                .arg(name, SqlErrorText::describe(m_db.lastError(), path)));
            close();
            return false;
        }
        m_path = info.absoluteFilePath();
        m_readOnly = true;
        configured = configure(&configureError);
    }
    if (!configured) {
        setError(error, configureError);
        close();
        return false;
    }

    if (m_readOnly) {
        if (schemaVersion() < latestSchemaVersion()) {
            setError(error, QCoreApplication::translate(
                                "Database", "%1 was written by an earlier Rapport and must be "
                                            "upgraded before it can be used, but it is read-only. "
                                            "Copy it to a folder you may write to and open the "
                                            "copy; the file was left untouched.")
                                .arg(name));
            close();
            return false;
        }
        return true;
    }
    if (existed && header.valid && looksShort(header)) {
        // A checkpoint cut short by a crash: finish it now that SQLite has
        // read the log, so the main file is whole again.
        QSqlQuery checkpoint(m_db);
        checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    if (!Migrations::migrate(*this, error)) {
        close();
        if (!existed) {
            QFile::remove(path);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
        }
        return false;
    }
    return true;
}

bool Database::connect(const QString &path, bool readOnly, bool immutable)
{
    m_fileKey = fileKey(path);
    registerOpen(m_fileKey);
    m_connectionName = u"rapport-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (immutable) {
        options += u";QSQLITE_OPEN_URI"_s;
        m_db.setDatabaseName(immutableUri(path));
    } else {
        m_db.setDatabaseName(path);
    }
    m_db.setConnectOptions(options);
    return m_db.open();
}

bool Database::configure(QString *error, int *code)
{
    // synchronous = FULL: a change Rapport said was saved survives a power
    // cut too, not only a crash of Rapport.
    QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s,
                           u"PRAGMA temp_store = MEMORY"_s};
    if (m_readOnly) {
        pragmas << u"PRAGMA query_only = ON"_s;
    } else {
        // A new file gets 16 KiB pages (SQLite's default is 4 KiB): an
        // import of a million connections writes a quarter as many pages to
        // the log and rebuilds its indexes faster (about 19 s -> 15.6 s; 30,000
        // rows 0.54 -> 0.47 s). The size is fixed once the file has a table,
        // so an existing file keeps its own; this pragma changes nothing there.
        pragmas << u"PRAGMA page_size = %1"_s.arg(PageSize);
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = FULL"_s;
    }
    for (const QString &sql : std::as_const(pragmas)) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            if (code)
                *code = SqlErrorText::primaryCode(q.lastError());
            setError(error, QCoreApplication::translate("Database", "Cannot open %1: %2.")
                                .arg(QDir::toNativeSeparators(m_path),
                                     SqlErrorText::describe(q.lastError(), m_path)));
            return false;
        }
    }
    return true;
}

QString Database::describe(const QSqlError &error) const
{
    return SqlErrorText::describe(error, m_path);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_fileKey.isEmpty())
        unregisterOpen(m_fileKey);
    m_fileKey.clear();
    m_connectionName.clear();
    m_path.clear();
    m_readOnly = false;
    m_depth = 0;
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

int Database::schemaVersion() const
{
    return pragmaValue(m_db, u"user_version"_s).toInt();
}

} // namespace rapport
