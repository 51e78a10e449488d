#include "db/Database.h"
#include "db/Migrations.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name"_s);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private slots:
    void latestVersionHasStatements()
    {
        for (int v = 1; v <= Migrations::latestVersion(); ++v)
            QVERIFY2(!Migrations::statements(v).isEmpty(), qPrintable(QString::number(v)));
        QVERIFY(Migrations::statements(Migrations::latestVersion() + 1).isEmpty());
    }

    void newDatabaseHasWholeSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"m.sqlite"_s), nullptr));
        const QStringList names = tables(db.connection());
        for (const QString &expected :
             {u"contact"_s, u"tag"_s, u"contact_tag"_s, u"contact_fts"_s, u"contact_fts_insert"_s,
              u"contact_fts_update"_s, u"contact_fts_delete"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
    }

    void failedMigrationLeavesNothingHalfDone()
    {
        // A Rapport file at version 0 that already holds a conflicting table:
        // migration 1 fails part-way and must roll back every statement.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"half.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
            QVERIFY(q.exec(u"CREATE TABLE contact_tag (x)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);

        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"schema version 1"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Nothing was changed"_s), qPrintable(error));

        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        const QStringList names = tables(raw);
        QCOMPARE(names, QStringList{u"contact_tag"_s});
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void migrateIsIdempotent()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"i.sqlite"_s), nullptr));
        QString error;
        QVERIFY2(Migrations::migrate(db, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
