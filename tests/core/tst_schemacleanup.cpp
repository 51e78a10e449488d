// SchemaCleanup: indexes and triggers left by early builds are removed when
// a database opens, a defined one with another definition is put back as the
// schema defines it, and the defined ones are left alone.

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SchemaCleanup.h"
#include "store/ContactStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QHash<QString, QString> objects(const QSqlDatabase &db)
{
    QHash<QString, QString> found;
    QSqlQuery q(db);
    q.exec(u"SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
           "AND sql IS NOT NULL"_s);
    while (q.next())
        found.insert(q.value(0).toString(), q.value(1).toString());
    return found;
}

// Runs statements on the file through a connection of its own, as an early
// build or another tool would have.
bool runRaw(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning("%s", qPrintable(sql));
                ok = false;
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

const QString strayTrigger = u"CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN "
                             "INSERT INTO contact_fts(rowid, first_name, last_name, company, "
                             "position, location, notes, tags_text) VALUES (new.id, "
                             "new.first_name, new.last_name, new.company, new.position, "
                             "new.location, new.notes, new.tags_text); END"_s;
const QString strayIndex = u"CREATE INDEX contact_by_email ON contact(email)"_s;
// contact_by_company as an early build defined it, without the id.
const QString oldCompanyIndex = u"CREATE INDEX contact_by_company ON contact(company)"_s;

} // namespace

class tst_SchemaCleanup : public QObject
{
    Q_OBJECT

private slots:
    void definedObjectsComeFromTheMigrations()
    {
        const QHash<QString, QString> &defined = SchemaCleanup::definedObjects();
        for (const QString &name :
             {u"contact_by_name"_s, u"contact_fts_update"_s, u"contact_fts_delete"_s,
              u"tier_count_insert"_s, u"queue_item_by_contact"_s, u"engagement_score_insert"_s})
            QVERIFY2(defined.contains(name), qPrintable(name));
        QVERIFY(!defined.contains(u"contact_fts_insert"_s));
        for (auto it = defined.cbegin(); it != defined.cend(); ++it) {
            QVERIFY2(!it.key().startsWith(u"sqlite_"_s), qPrintable(it.key()));
            QVERIFY2(it.value().startsWith(u"CREATE"_s), qPrintable(it.value()));
        }
        // Exactly what a new database holds.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"new.sqlite"_s), nullptr));
        QCOMPARE(objects(db.connection()), defined);
    }

    void leftoversAreRemovedOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"early.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
        }
        QVERIFY(runRaw(
            path, {strayTrigger, strayIndex, u"DROP INDEX contact_by_company"_s, oldCompanyIndex}));

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        const QHash<QString, QString> found = objects(db.connection());
        QVERIFY(!found.contains(u"contact_fts_insert"_s));
        QVERIFY(!found.contains(u"contact_by_email"_s));
        QCOMPARE(found, SchemaCleanup::definedObjects());

        // A new contact is indexed once: the search index matches the table.
        Contact c;
        c.firstName = u"Once"_s;
        c.lastName = u"Only"_s;
        QVERIFY2(ContactStore(db).add(c, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(u"INSERT INTO contact_fts(contact_fts, rank) "
                        "VALUES ('integrity-check', 1)"_s),
                 "the search index does not match the contacts");
        QVERIFY(q.exec(u"SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'once'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void runSaysWhatItChanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.sqlite"_s);
        Database db;
        QVERIFY(db.open(path, nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(strayTrigger));
        QVERIFY(q.exec(strayIndex));
        QVERIFY(q.exec(u"DROP INDEX contact_by_company"_s));
        QVERIFY(q.exec(oldCompanyIndex));

        QStringList extra;
        QStringList differing;
        QString error;
        QVERIFY2(SchemaCleanup::findExtras(db, &extra, &differing, &error), qPrintable(error));
        extra.sort();
        QCOMPARE(extra, (QStringList{u"contact_by_email"_s, u"contact_fts_insert"_s}));
        QCOMPARE(differing, QStringList{u"contact_by_company"_s});

        QStringList changed;
        QVERIFY2(SchemaCleanup::run(db, &changed, &error), qPrintable(error));
        QCOMPARE(changed.size(), 3);
        QVERIFY2(changed.join(u'\n').contains(u"contact_fts_insert"_s),
                 qPrintable(changed.join(u'\n')));
        QCOMPARE(objects(db.connection()), SchemaCleanup::definedObjects());

        // Nothing left: a second run changes nothing.
        QVERIFY(SchemaCleanup::run(db, &changed, &error));
        QVERIFY(changed.isEmpty());
    }

    void objectsOfOtherSchemasAreLeftAlone()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"temp.sqlite"_s), nullptr));
        QSqlQuery q(db.connection());
        // A temporary trigger lives in the connection's temp schema.
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER watch AFTER INSERT ON contact BEGIN SELECT 1; END"_s));
        QStringList changed;
        QString error;
        QVERIFY2(SchemaCleanup::run(db, &changed, &error), qPrintable(error));
        QVERIFY(changed.isEmpty());
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_temp_master WHERE name = 'watch'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SchemaCleanup)
#include "tst_schemacleanup.moc"
