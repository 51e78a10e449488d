#include "SchemaVersionFixture.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "store/EngagementStore.h"
#include "store/IntegrityCheck.h"
#include "store/ScoreStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace rapport;
using rapport::test::buildAtVersion;
using rapport::test::day;
using rapport::test::Row;
using rapport::test::time;

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
             {u"contact"_s, u"tag"_s, u"contact_tag"_s, u"contact_fts"_s, u"contact_fts_update"_s,
              u"contact_fts_delete"_s, u"outreach"_s})
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

    void version1WithContactsMigratesKeepingThem()
    {
        // A file as Rapport 0.1 left it: schema version 1 with contacts in it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.sqlite"_s);
        QStringList before;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &sql : Migrations::statements(1))
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            QVERIFY(q.prepare(u"INSERT INTO contact (first_name, last_name, sort_name, slug, "
                              "company, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s));
            for (int i = 0; i < 25; ++i) {
                q.addBindValue(u"First%1"_s.arg(i));
                q.addBindValue(u"Last %1"_s.arg(i));
                q.addBindValue(u"first%1 last %1"_s.arg(i));
                q.addBindValue(i % 2 ? QVariant(u"slug-%1"_s.arg(i))
                                     : QVariant(QMetaType(QMetaType::QString)));
                q.addBindValue(u"Acme, Inc."_s);
                q.addBindValue(u"2025-01-0%1T10:00:00.000Z"_s.arg(i % 9 + 1));
                q.addBindValue(u"2025-02-01T10:00:00.000Z"_s);
                QVERIFY(q.exec());
            }
            // As ContactStore indexes new rows.
            QVERIFY(q.exec(u"INSERT INTO contact_fts (rowid, first_name, last_name, company, "
                           "position, location, notes, tags_text) SELECT id, first_name, "
                           "last_name, company, position, location, notes, tags_text "
                           "FROM contact"_s));
            QVERIFY(q.exec(u"SELECT * FROM contact ORDER BY id"_s));
            while (q.next()) {
                QStringList fields;
                for (int c = 0; c < q.record().count(); ++c)
                    fields << q.value(c).toString();
                before << fields.join(u'|');
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        QCOMPARE(before.size(), 25);

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT * FROM contact ORDER BY id"_s));
        QStringList after;
        // Later migrations add columns at the end; the version-1 ones are unchanged.
        const int v1Columns = int(before.first().count(u'|')) + 1;
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < v1Columns; ++c)
                fields << q.value(c).toString();
            after << fields.join(u'|');
        }
        QCOMPARE(after, before);
        // Migration 3: every existing contact starts with no engagement tier.
        QVERIFY(q.exec(u"SELECT count(*) FROM contact WHERE tier_key = 13 AND tier_until IS NULL "
                       "AND last_engaged_on = ''"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 25);
        // Search still finds them, and the new outreach table is usable.
        QVERIFY(q.exec(u"SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'first7'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"INSERT INTO outreach (contact_id, channel, direction, happened_at) "
                       "VALUES (1, 'invitation', 'out', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(!q.exec(u"INSERT INTO outreach (contact_id, channel, direction, happened_at) "
                        "VALUES (1, 'fax', 'out', '2026-01-01T00:00:00Z')"_s));
        QVERIFY(q.exec(u"DELETE FROM contact WHERE id = 1"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM outreach"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Every earlier version, with data in every table it has, upgrades to
    // the latest keeping every value and with every derived value right.
    // Rows run from version 1 to the latest but one, so a new migration is
    // covered without touching this test.
    void upgradesFromEveryVersionWithData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void upgradesFromEveryVersionWithData()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v%1.sqlite"_s.arg(version));
        const std::optional<QList<Row>> written = buildAtVersion(path, version);
        QVERIFY(written);
        QVERIFY(!written->isEmpty());

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());

        // Every value written at the old version reads back unchanged.
        QHash<QString, int> perTable;
        for (const Row &row : *written) {
            ++perTable[row.table];
            QStringList names;
            for (const auto &value : row.values)
                names << value.first;
            QStringList where;
            for (const QString &key : row.key)
                where << key + u" = ?"_s;
            QSqlQuery q(db.connection());
            QVERIFY(q.prepare(u"SELECT %1 FROM %2 WHERE %3"_s.arg(names.join(u", "_s), row.table,
                                                                  where.join(u" AND "_s))));
            for (const QString &key : row.key) {
                for (const auto &value : row.values) {
                    if (value.first == key)
                        q.addBindValue(value.second);
                }
            }
            QVERIFY2(q.exec() && q.next(), qPrintable(row.table));
            for (int i = 0; i < row.values.size(); ++i) {
                const QVariant expected = row.values.at(i).second;
                const QVariant actual = q.value(i);
                const QString field = row.table + u'.' + row.values.at(i).first;
                QVERIFY2(expected.isNull() == actual.isNull(), qPrintable(field));
                QVERIFY2(expected.isNull() || expected.toString() == actual.toString(),
                         qPrintable(field + u": "_s + actual.toString()));
            }
        }
        for (auto it = perTable.cbegin(); it != perTable.cend(); ++it) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM "_s + it.key()) && q.next());
            QVERIFY2(q.value(0).toInt() == it.value(), qPrintable(it.key()));
        }

        // As the app does on opening: tiers to today, dirty scores recomputed.
        QVERIFY2(EngagementStore(db).refreshTiers(&error), qPrintable(error));
        QVERIFY2(ScoreStore(db).refresh(QDate::currentDate(), &error), qPrintable(error));
        // Search index, summaries, tiers, counts per tier, first follow, last
        // outreach and scores all agree with what they are derived from.
        IntegrityCheck check(db);
        IntegrityCheck::Report report;
        QVERIFY2(check.check(&report, &error), qPrintable(error));
        QStringList problems = report.fileProblems;
        for (const IntegrityCheck::Problem &p : std::as_const(report.derived))
            problems << p.text;
        QVERIFY2(report.intact(), qPrintable(problems.join(u"; "_s)));

        // And they hold what the data says, not just something consistent.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'angstrom'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT sum(contacts) FROM tier_count"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        const bool hadOutreach = perTable.contains(u"outreach"_s);
        const bool hadEvents = perTable.contains(u"engagement"_s);
        QVERIFY(q.exec(u"SELECT last_contacted_at, first_follow_on, score > 0, tier_key "
                       "FROM contact WHERE id = 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), hadOutreach ? time(11, 10) : u""_s);
        QCOMPARE(q.value(1).toString(), hadEvents ? day(45) : u""_s);
        QCOMPARE(q.value(2).toBool(), hadOutreach || hadEvents);
        QVERIFY(hadEvents ? q.value(3).toInt() != 13 : q.value(3).toInt() == 13);
    }

    // content_metric's counts may be unknown (NULL) since version 11. The table
    // is rebuilt: every reading keeps its id and values (a stored 0 stays
    // 0), UNIQUE (content_id, taken_on) and the checks still hold, and an
    // id once used is never given again.
    void contentCountsMayBeUnknownKeepingReadings()
    {
        // The migration that makes the counts nullable (Migrations.cpp).
        constexpr int countsVersion = 12;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"before.sqlite"_s);
        const std::optional<QList<Row>> written = buildAtVersion(path, countsVersion - 1);
        QVERIFY(written);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"before"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO content_metric (id, content_id, taken_on, views, "
                           "reactions, comments, shares) VALUES (7, 1, '2026-01-02', 300, 0, 0, "
                           "0), (9, 1, '2026-01-03', 310, 2, 1, 0)"_s));
            QVERIFY(q.exec(u"DELETE FROM content_metric WHERE id = 9"_s));
            // The version before refuses an unknown count.
            QVERIFY(!q.exec(u"INSERT INTO content_metric (content_id, taken_on, views, "
                            "reactions) VALUES (1, '2026-01-04', 5, NULL)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"before"_s);

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id, content_id, taken_on, views, reactions, comments, shares "
                       "FROM content_metric ORDER BY id"_s));
        QStringList rows;
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < 7; ++c)
                fields << q.value(c).toString();
            rows << fields.join(u'|');
        }
        QCOMPARE(rows, (QStringList{u"1|1|%1|1200|45|7|3"_s.arg(day(29)),
                                    u"7|1|2026-01-02|300|0|0|0"_s}));
        // Unknown counts are accepted now; negative ones and a second
        // reading of the same day are still refused.
        QVERIFY(q.exec(u"INSERT INTO content_metric (content_id, taken_on, views, reactions, "
                       "comments, shares) VALUES (1, '2026-01-04', 5, NULL, NULL, NULL)"_s));
        QVERIFY(q.exec(u"SELECT id FROM content_metric WHERE taken_on = '2026-01-04'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 10); // 9 was used (and deleted) before the upgrade
        QVERIFY(!q.exec(u"INSERT INTO content_metric (content_id, taken_on, views) "
                        "VALUES (1, '2026-01-04', 6)"_s));
        QVERIFY(!q.exec(u"INSERT INTO content_metric (content_id, taken_on, views) "
                        "VALUES (1, '2026-01-05', -1)"_s));
        // Still deleted with its piece.
        QVERIFY(q.exec(u"DELETE FROM content WHERE id = 1"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM content_metric"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(
            q.exec(u"SELECT count(*) FROM sqlite_master WHERE name LIKE 'content_metric_%'"_s) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 0);
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
