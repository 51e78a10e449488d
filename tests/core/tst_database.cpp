#include "db/Database.h"
#include "db/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0);
}

// Runs SQL on a file through a plain SQLite connection, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        for (const QString &sql : statements) {
            QSqlQuery q(raw);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void createsNewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/new.sqlite"_s);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(db, u"application_id"_s).toLongLong(), qint64(Database::ApplicationId));
        QCOMPARE(pragma(db, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(db, u"foreign_keys"_s).toInt(), 1);
        QVERIFY(pragma(db, u"busy_timeout"_s).toInt() >= 1000);
        QCOMPARE(pragma(db, u"page_size"_s).toInt(), Database::PageSize);
        QVERIFY(QFile::exists(path));
    }

    // A file made with SQLite's default 4 KiB pages (every Rapport file
    // before 16 KiB pages) keeps them: it opens, migrates and writes as it is.
    void existingFileKeepsItsPageSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"small-pages.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
        }
        rawExec(path, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA page_size = 4096"_s, u"VACUUM"_s,
                       u"PRAGMA journal_mode = WAL"_s});
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(pragma(db, u"page_size"_s).toInt(), 4096);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO contact (first_name, created_at, updated_at) "
                       "VALUES ('Ada', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
        QCOMPARE(pragma(db, u"page_size"_s).toInt(), 4096);
        QCOMPARE(pragma(db, u"quick_check"_s).toString(), u"ok"_s);
    }

    void reopensAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"INSERT INTO contact (first_name, created_at, updated_at) "
                           "VALUES ('Ada', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT first_name FROM contact"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Ada"_s);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty but not new") << QByteArray() << u"empty"_s;
        QTest::newRow("text") << QByteArray("First Name,Last Name\nAda,Lovelace\n")
                              << u"not an SQLite"_s;
        QTest::newRow("short garbage") << QByteArray("SQLite format 3") << u"not an SQLite"_s;
        QTest::newRow("binary") << QByteArray(4096, '\xff') << u"not an SQLite"_s;
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.sqlite"_s);
        writeFile(path, bytes);
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(u"bad.sqlite"_s), "the message names the file");
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).size(), qint64(bytes.size()));
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesAnotherApplicationsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        rawExec(path, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                       u"INSERT INTO notes (body) VALUES ('keep me')"_s});
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"another application"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void refusesEmptySqliteDatabaseOfNobody()
    {
        // A valid SQLite file with no schema and no application id is not ours either.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"blank.sqlite"_s);
        rawExec(path, {u"PRAGMA user_version = 3"_s});
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QCOMPARE(fileHash(path), before);
    }

    void refusesTruncatedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
            QSqlQuery q(db.connection());
            for (int i = 0; i < 200; ++i) {
                QVERIFY(q.exec(u"INSERT INTO contact (first_name, notes, created_at, updated_at) "
                               "VALUES ('N', '%1', 'x', 'x')"_s.arg(QString(200, u'z'))));
            }
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 full = f.size();
        QVERIFY(full > 8192);
        QVERIFY(f.resize(full / 2 + 100)); // cut mid-page, as a broken copy would be
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void refusesDatabaseFromNewerRapport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
        }
        rawExec(path, {u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)});
        const QByteArray before = fileHash(path);
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"newer Rapport"_s), qPrintable(error));
        QCOMPARE(fileHash(path), before);
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(!db.open(dir.path(), &error));
        QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    }

    void closeReleasesConnection()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"a.sqlite"_s), nullptr));
        const QStringList before = QSqlDatabase::connectionNames();
        db.close();
        QVERIFY(!db.isOpen());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() - 1);
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(Database::defaultPath().endsWith(u"rapport.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
