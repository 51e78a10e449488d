#include "db/Database.h"

#include "db/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QAtomicInt connectionCounter;

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
    const qint64 size = file.size();
    if (size == 0) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 is an empty file, not a Rapport database. "
                                        "It was left untouched; choose another file or a new "
                                        "file name.")
                            .arg(name));
        return false;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 is not a Rapport database (it is not an SQLite "
                                        "database file). It was left untouched; choose another "
                                        "file or a new file name.")
                            .arg(name));
        return false;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const quint32 appId = qFromBigEndian<quint32>(bytes + 68);
    const bool walMode = bytes[18] == 2;

    const bool badPageSize = pageSize < 512 || (pageSize & (pageSize - 1)) != 0;
    const bool truncated = badPageSize || size % pageSize != 0 ||
                           (validFor == changeCounter && pageCount > 0 &&
                            quint64(size) < quint64(pageSize) * pageCount);
    if (truncated) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 is damaged: the file is shorter than its header "
                                        "says (truncated copy?). It was left untouched; restore "
                                        "it from a backup.")
                            .arg(name));
        return false;
    }
    // A database whose first transactions are still in its WAL file has not
    // had its header written yet; open() then asks SQLite itself.
    const bool headerPending = appId == 0 && walMode && QFileInfo::exists(path + u"-wal"_s);
    if (appId != ApplicationId && !headerPending) {
        setError(error, QCoreApplication::translate(
                            "Database", "%1 is an SQLite database of another application, "
                                        "not a Rapport database. It was left untouched; choose "
                                        "another file or a new file name.")
                            .arg(name));
        return false;
    }
    return true;
}

bool Database::open(const QString &path, QString *error)
{
    close();
    const QFileInfo info(path);
    const bool existed = info.exists();
    const bool folderExisted = QFileInfo::exists(info.absolutePath());
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (existed) {
        if (!checkExistingFile(path, error))
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
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            created.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                   QFile::WriteUser);
    }

    m_connectionName = u"rapport-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        setError(error, QCoreApplication::translate("Database", "Cannot open %1: %2")
                            .arg(name, m_db.lastError().text()));
        close();
        if (!existed) // not left behind as an empty file the next open would refuse
            QFile::remove(path);
        return false;
    }
    m_path = info.absoluteFilePath();

    if (existed) {
        const QVariant appId = pragmaValue(m_db, u"application_id"_s);
        if (!appId.isValid()) {
            setError(error, QCoreApplication::translate(
                                "Database", "%1 is damaged and cannot be read. It was left "
                                            "untouched; restore it from a backup.")
                                .arg(name));
            close();
            return false;
        }
        if (appId.toLongLong() != qint64(ApplicationId)) {
            setError(error, QCoreApplication::translate(
                                "Database", "%1 is an SQLite database of another application, "
                                            "not a Rapport database. It was left untouched.")
                                .arg(name));
            close();
            return false;
        }
        const int version = pragmaValue(m_db, u"user_version"_s).toInt();
        if (version > latestSchemaVersion()) {
            setError(error, QCoreApplication::translate(
                                "Database", "%1 was written by a newer Rapport (schema version "
                                            "%2; this Rapport understands up to %3). Update "
                                            "Rapport to open it; the file was left untouched.")
                                .arg(name)
                                .arg(version)
                                .arg(latestSchemaVersion()));
            close();
            return false;
        }
    }

    if (!configure(error) || !Migrations::migrate(*this, error)) {
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

bool Database::configure(QString *error)
{
    const QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                 u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 5000"_s,
                                 u"PRAGMA temp_store = MEMORY"_s};
    for (const QString &sql : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            setError(error, QCoreApplication::translate("Database", "Cannot prepare %1: %2")
                                .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
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
