// Migration 15's maintained summaries (connection_group, connection_touch)
// against the scan-based definitions they replace, on random data: after
// random adds, edits, engagements, outreach, removals and their undo; after
// a bulk load (triggers set aside, counted once) and its rollback; after an
// import and its undo. The network review and the network score read the
// summaries; each is compared with the count a scan of contact gives. Also
// the upgrade of a version-12 database: data intact, the search index
// rebuilt with its new options, the same rows found.

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SummaryMigration.h"
#include "db/Transaction.h"
#include "domain/Contact.h"
#include "domain/ContentPiece.h"
#include "domain/ContentStats.h"
#include "domain/DateText.h"
#include "domain/Engagement.h"
#include "domain/Outreach.h"
#include "io/CsvColumnMapping.h"
#include "io/CsvImporter.h"
#include "io/ImportReport.h"
#include "store/ContactRemoval.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/ImportUndo.h"
#include "store/NetworkStore.h"
#include "store/OutreachStore.h"
#include "store/ScoreStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QStringList industries = {u"Banking"_s, u"banking"_s, u"IT Services"_s, QString(),
                                u"Software Development"_s};
const QStringList locations = {u"Lisbon"_s, u"lisbon"_s, u"Porto"_s, QString(), u"Berlin"_s};
const QStringList companies = {u"Acme"_s, u"ACME"_s, u"Contoso"_s, QString(), u"Fabrikam"_s};
const QDate today(2026, 6, 30);

QString pick(QRandomGenerator &r, const QStringList &list)
{
    return list.at(int(r.bounded(int(list.size()))));
}

// Rows of a query as "a|b|c" lines, in the query's order.
QStringList rows(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {u"<error>"_s};
    }
    QStringList list;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        list << fields.join(u'|');
    }
    return list;
}

int number(Database &db, const QString &sql, const QVariantList &binds = {})
{
    const QStringList r = rows(db, sql, binds);
    return r.isEmpty() ? -1 : r.first().toInt();
}

} // namespace

class tst_SummaryMigration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    QString newPath() { return m_dir.filePath(u"s%1.sqlite"_s.arg(++m_run)); }

    static Contact randomContact(QRandomGenerator &r, int n)
    {
        Contact c;
        c.firstName = u"Person%1"_s.arg(n);
        c.lastName = u"Random"_s;
        c.degree = int(r.bounded(4));
        c.industry = pick(r, industries);
        c.location = pick(r, locations);
        c.company = pick(r, companies);
        return c;
    }

    // Every summary equals what a scan of contact counts, and the stores
    // that read them give the scan's answers.
    static void compareWithScan(Database &db)
    {
        for (const QString &field : {u"industry"_s, u"location"_s, u"company"_s}) {
            // Names fold as COLLATE NOCASE does (ASCII), so "Acme" and
            // "ACME" are one group in both.
            const QStringList scan =
                rows(db, u"SELECT lower(%1), count(*) FROM contact WHERE degree = 1 "
                         "GROUP BY %1 ORDER BY 1"_s.arg(field));
            const QStringList summary = rows(db,
                                             u"SELECT lower(name), connections FROM "
                                             "connection_group WHERE field = ? ORDER BY 1"_s,
                                             {field});
            QCOMPARE(summary, scan);
            // The review's groups: biggest first, ties by name, as the
            // GROUP BY over contact ordered them.
            const QStringList top =
                rows(db, u"SELECT lower(%1), count(*) AS n FROM contact WHERE degree = 1 "
                         "GROUP BY %1 ORDER BY n DESC, %1 LIMIT 3"_s.arg(field));
            QList<NetworkStore::Group> groups;
            QString error;
            const auto which = field == u"industry"_s   ? NetworkStore::Field::Industry
                               : field == u"location"_s ? NetworkStore::Field::Location
                                                        : NetworkStore::Field::Company;
            QVERIFY2(NetworkStore(db).groups(which, 3, &groups, &error), qPrintable(error));
            QStringList read;
            for (const NetworkStore::Group &g : std::as_const(groups))
                read << u"%1|%2"_s.arg(g.name.toLower()).arg(g.connections);
            QCOMPARE(read, top);
        }
        QCOMPARE(rows(db, u"SELECT day, connections FROM connection_touch ORDER BY day"_s),
                 rows(db, u"SELECT max(last_engaged_on, substr(last_contacted_at, 1, 10)) AS d, "
                          "count(*) FROM contact WHERE degree = 1 GROUP BY d ORDER BY d"_s));
        // Never / quiet as the review defined them before the summary.
        for (const QDate &cutoff : {today.addMonths(-6), today.addYears(-1), today.addDays(1)}) {
            const QString day = cutoff.toString(Qt::ISODate);
            const int never = number(db, u"SELECT count(*) FROM contact WHERE degree = 1 AND "
                                         "last_engaged_on = '' AND last_contacted_at = ''"_s);
            const int quiet = number(db,
                                     u"SELECT count(*) FROM contact WHERE degree = 1 AND "
                                     "last_engaged_on < ? AND last_contacted_at < ? AND "
                                     "(last_engaged_on <> '' OR last_contacted_at <> '')"_s,
                                     {day, day});
            int readNever = -1, readQuiet = -1;
            QString error;
            QVERIFY2(NetworkStore(db).touchCounts(cutoff, &readNever, &readQuiet, &error),
                     qPrintable(error));
            QCOMPARE(readNever, never);
            QCOMPARE(readQuiet, quiet);
        }
        // The network score's counts, as scans of contact.
        const NetworkScore guessed = ScoreStore(db).networkScore(today, {}, {});
        QCOMPARE(guessed.connections, number(db, u"SELECT count(*) FROM contact "
                                                 "WHERE degree = 1"_s));
        QCOMPARE(guessed.withIndustry, number(db, u"SELECT count(*) FROM contact "
                                                  "WHERE degree = 1 AND industry <> ''"_s));
        const QStringList most =
            rows(db, u"SELECT lower(industry) FROM contact WHERE degree = 1 AND industry <> '' "
                     "GROUP BY industry ORDER BY count(*) DESC, industry LIMIT 1"_s);
        QCOMPARE(guessed.ownIndustry.toLower(), most.value(0));
        // Engaged within 90 days: an engagement on or after the cut-off
        // day, or outreach on or after its local midnight.
        const QDate cutoff = today.addDays(-NetworkScore::EngagementDays);
        QCOMPARE(guessed.engagedConnections,
                 number(db,
                        u"SELECT count(*) FROM contact WHERE degree = 1 AND "
                        "(last_engaged_on >= ? OR last_contacted_at >= ?)"_s,
                        {cutoff.toString(Qt::ISODate),
                         DateText::isoUtc(QDateTime(cutoff, QTime(0, 0)).toUTC(), true)}));
        const NetworkScore given = ScoreStore(db).networkScore(
            today, u"banking"_s, {u"IT SERVICES"_s, u"Nothing Like It"_s});
        QCOMPARE(given.relevantConnections,
                 number(db, u"SELECT count(*) FROM contact WHERE degree = 1 AND "
                            "industry IN ('banking', 'IT SERVICES', 'Nothing Like It')"_s));
    }

    static void randomWrites(Database &db, QRandomGenerator &r, int steps)
    {
        ContactStore contacts(db);
        EngagementStore engagement(db);
        OutreachStore outreach(db);
        ContactRemoval removal(contacts);
        QList<qint64> ids = [&] {
            QList<qint64> list;
            for (const QString &id : rows(db, u"SELECT id FROM contact"_s))
                list << id.toLongLong();
            return list;
        }();
        QString error;
        for (int step = 0; step < steps; ++step) {
            const int what = ids.isEmpty() ? 0 : int(r.bounded(8));
            const qint64 id = ids.isEmpty() ? 0 : ids.at(int(r.bounded(int(ids.size()))));
            if (what == 0 || what == 7) {
                Contact c = randomContact(r, step);
                QVERIFY2(contacts.add(c, &error), qPrintable(error));
                ids << c.id;
            } else if (what == 1) {
                std::optional<Contact> c = contacts.get(id);
                QVERIFY(c);
                switch (r.bounded(4)) {
                case 0:
                    c->degree = int(r.bounded(4));
                    break;
                case 1:
                    c->industry = pick(r, industries);
                    break;
                case 2:
                    c->location = pick(r, locations);
                    break;
                default:
                    c->company = pick(r, companies);
                    break;
                }
                QVERIFY2(contacts.update(*c, &error), qPrintable(error));
            } else if (what == 2 || what == 5) {
                Engagement e;
                e.contactId = id;
                e.kind = EngagementKind::Comment;
                e.date = today.addDays(-int(r.bounded(700)));
                QVERIFY2(engagement.log(e, &error), qPrintable(error));
                if (r.bounded(3) == 0)
                    QVERIFY2(engagement.remove(e.id, &error), qPrintable(error));
            } else if (what == 3 || what == 4) {
                Outreach o;
                o.contactId = id;
                o.channel = u"message"_s;
                o.direction = r.bounded(2) ? u"out"_s : u"in"_s;
                o.happenedAt = QDateTime(today.addDays(-int(r.bounded(700))),
                                         QTime(int(r.bounded(24)), 30), Qt::UTC);
                QVERIFY2(outreach.add(o, &error), qPrintable(error));
            } else {
                // Removed, and half the time brought back (the window's undo).
                const std::optional<ContactRemoval::Snapshot> snapshot = removal.remove(id, &error);
                QVERIFY2(snapshot, qPrintable(error));
                ids.removeAll(id);
                if (r.bounded(2)) {
                    QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
                    ids << id;
                }
            }
        }
    }

    // The content chart's counts per piece, as the scan of engagement that
    // ContentStore made before content_tally.
    static void compareContentWithScan(Database &db)
    {
        const QStringList scan =
            rows(db, u"SELECT c.id, (SELECT count(DISTINCT e.contact_id) FROM engagement e "
                     "WHERE e.content_id = c.id AND e.kind NOT IN ('follow', 'unfollow')), "
                     "(SELECT count(*) FROM engagement e WHERE e.content_id = c.id "
                     "AND e.kind = 'like'), (SELECT count(*) FROM engagement e "
                     "WHERE e.content_id = c.id AND e.kind IN ('like', 'comment', "
                     "'share-comment', 'share')) FROM content c ORDER BY c.id"_s);
        QList<ContentStats> stats = ContentStore(db).stats();
        std::sort(stats.begin(), stats.end(), [](const ContentStats &a, const ContentStats &b) {
            return a.piece.id < b.piece.id;
        });
        QStringList read;
        for (const ContentStats &s : std::as_const(stats))
            read << u"%1|%2|%3|%4"_s.arg(s.piece.id)
                        .arg(s.loggedEngagers)
                        .arg(s.loggedLikes)
                        .arg(s.loggedEngagements);
        QCOMPARE(read, scan);
    }

private slots:
    void contentTalliesEqualTheScan()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        QRandomGenerator r(404);
        ContactStore contacts(db);
        ContentStore content(db);
        EngagementStore engagement(db);
        ContactRemoval removal(contacts);
        QList<qint64> people, pieces, events;
        for (int i = 0; i < 12; ++i) {
            Contact c = randomContact(r, i);
            QVERIFY2(contacts.add(c, &error), qPrintable(error));
            people << c.id;
        }
        for (int i = 0; i < 4; ++i) {
            ContentPiece p;
            p.title = u"Piece %1"_s.arg(i);
            p.kind = i % 2 ? ContentKind::Article : ContentKind::Post;
            p.publishedOn = today.addDays(-i);
            QVERIFY2(content.add(p, &error), qPrintable(error));
            pieces << p.id;
        }
        const QList<EngagementKind> kinds = {
            EngagementKind::Like,        EngagementKind::Comment, EngagementKind::Share,
            EngagementKind::ProfileView, EngagementKind::Follow,  EngagementKind::ShareWithComment,
            EngagementKind::Unfollow};
        for (int step = 0; step < 400; ++step) {
            const int what = int(r.bounded(10));
            if (what < 6 || events.isEmpty()) {
                Engagement e;
                e.contactId = people.at(int(r.bounded(int(people.size()))));
                e.kind = kinds.at(int(r.bounded(int(kinds.size()))));
                e.date = today.addDays(-int(r.bounded(60)));
                e.contentId = r.bounded(5) ? pieces.at(int(r.bounded(int(pieces.size())))) : 0;
                QVERIFY2(engagement.log(e, &error), qPrintable(error));
                events << e.id;
            } else if (what < 8) {
                const qint64 id = events.takeAt(int(r.bounded(int(events.size()))));
                QVERIFY2(engagement.remove(id, &error), qPrintable(error));
            } else if (what == 8) {
                // Moved to another piece or kind, as a direct edit would.
                const qint64 id = events.at(int(r.bounded(int(events.size()))));
                QVERIFY(QSqlQuery(db.connection())
                            .exec(u"UPDATE engagement SET content_id = %1, kind = '%2' "
                                  "WHERE id = %3"_s
                                      .arg(r.bounded(4) ? QString::number(pieces.at(
                                                              int(r.bounded(int(pieces.size())))))
                                                        : u"NULL"_s,
                                           r.bounded(2) ? u"like"_s : u"follow"_s)
                                      .arg(id)));
            } else {
                // A person removed (their events go) and sometimes brought back.
                const qint64 who = people.at(int(r.bounded(int(people.size()))));
                const auto snapshot = removal.remove(who, &error);
                QVERIFY2(snapshot, qPrintable(error));
                if (r.bounded(2)) {
                    QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
                } else {
                    people.removeAll(who);
                    Contact c = randomContact(r, 100 + step);
                    QVERIFY2(contacts.add(c, &error), qPrintable(error));
                    people << c.id;
                    events = [&] {
                        QList<qint64> list;
                        for (const QString &id : rows(db, u"SELECT id FROM engagement"_s))
                            list << id.toLongLong();
                        return list;
                    }();
                }
            }
            if (step % 50 == 49)
                compareContentWithScan(db);
        }
        // A piece removed: its events stay, on no piece.
        QVERIFY2(content.remove(pieces.first(), &error), qPrintable(error));
        compareContentWithScan(db);
        QVERIFY(number(db, u"SELECT count(*) FROM content_tally WHERE content_id = ?"_s,
                       {pieces.first()}) == 0);
        QVERIFY(number(db, u"SELECT sum(likes) FROM content_tally"_s) > 0);
    }

    void randomWritesKeepSummariesEqualToScan()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        QRandomGenerator r(2115);
        for (int round = 0; round < 4; ++round) {
            randomWrites(db, r, 150);
            compareWithScan(db);
        }
        QVERIFY(number(db, u"SELECT count(*) FROM connection_group"_s) > 3);
    }

    void bulkLoadCountsOnceAndRollbackRestores()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        QRandomGenerator r(77);
        randomWrites(db, r, 60);
        const QStringList before = rows(db, u"SELECT * FROM connection_group ORDER BY 1, 2"_s);
        const QStringList triggers =
            rows(db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY 1"_s);
        ContactStore contacts(db);
        // Rolled back: summaries and triggers as they were.
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY2(contacts.beginBulkLoad(&error), qPrintable(error));
            QList<Contact> batch;
            for (int i = 0; i < 3000; ++i)
                batch << randomContact(r, 1000 + i);
            QVERIFY2(contacts.addBatch(batch, &error), qPrintable(error));
            QVERIFY(!rows(db, u"SELECT name FROM sqlite_schema WHERE type = 'trigger'"_s)
                         .contains(u"connection_summary_insert"_s));
        }
        QCOMPARE(rows(db, u"SELECT * FROM connection_group ORDER BY 1, 2"_s), before);
        QCOMPARE(
            rows(db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY 1"_s),
            triggers);
        // Committed, with edits and removals inside the load: counted once
        // at its end, and the triggers back afterwards.
        {
            Transaction tx(db);
            QVERIFY2(contacts.beginBulkLoad(&error), qPrintable(error));
            QList<Contact> batch;
            for (int i = 0; i < 3000; ++i)
                batch << randomContact(r, 5000 + i);
            QVERIFY2(contacts.addBatch(batch, &error), qPrintable(error));
            for (int i = 0; i < 40; ++i) {
                Contact c = batch.at(i);
                c.degree = c.degree == 1 ? 2 : 1;
                c.company = pick(r, companies);
                QVERIFY2(contacts.update(c, &error), qPrintable(error));
            }
            QVERIFY2(contacts.remove(batch.at(50).id, &error), qPrintable(error));
            QVERIFY2(contacts.endBulkLoad(&error), qPrintable(error));
            QVERIFY2(tx.commit(&error), qPrintable(error));
        }
        QCOMPARE(
            rows(db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY 1"_s),
            triggers);
        compareWithScan(db);
        QCOMPARE(rows(db, u"SELECT tier_key, contacts FROM tier_count ORDER BY 1"_s),
                 rows(db, u"SELECT n, (SELECT count(*) FROM contact WHERE tier_key = n) FROM "
                          "(WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k "
                          "WHERE n < 13) SELECT n FROM k) ORDER BY 1"_s));
        // And single writes after it are counted again.
        randomWrites(db, r, 60);
        compareWithScan(db);
    }

    void importAndItsUndoKeepSummaries()
    {
        const QString path = newPath();
        QString error;
        QRandomGenerator r(5);
        QStringList before;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            randomWrites(db, r, 40);
            before = rows(db, u"SELECT * FROM connection_group ORDER BY 1, 2"_s);
            QByteArray csv = "first_name,last_name,industry,location,company,degree\n";
            for (int i = 0; i < 120; ++i) {
                csv += u"Imported%1,Row,%2,%3,%4,%5\n"_s.arg(i)
                           .arg(pick(r, industries), pick(r, locations), pick(r, companies))
                           .arg(1 + i % 3)
                           .toUtf8();
            }
            const QString file = m_dir.filePath(u"import%1.csv"_s.arg(m_run));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csv);
            f.close();
            CsvImporter::Preview preview;
            QVERIFY2(CsvImporter::preview(file, 20, &preview, &error), qPrintable(error));
            CsvImporter importer(db);
            importer.setMapping(CsvColumnMapping::automatic(preview.headers, preview.rows));
            ImportReport report;
            QVERIFY2(importer.run(file, &report, &error), qPrintable(error));
            QCOMPARE(report.contacts.created, 120);
            compareWithScan(db);
            QVERIFY(rows(db, u"SELECT * FROM connection_group ORDER BY 1, 2"_s) != before);
        }
        ImportUndo::Outcome outcome;
        QVERIFY2(ImportUndo::undo(path, 0, &outcome, &error), qPrintable(error));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(rows(db, u"SELECT * FROM connection_group ORDER BY 1, 2"_s), before);
        compareWithScan(db);
    }

    void recountMatchesTriggers()
    {
        // recountStatements() (a bulk load's end) gives what the triggers kept.
        Database db;
        QString error;
        QVERIFY2(db.open(newPath(), &error), qPrintable(error));
        QRandomGenerator r(31);
        randomWrites(db, r, 200);
        const QString all = u"SELECT 'g', field, name, connections FROM connection_group UNION "
                            "ALL SELECT 't', day, '', connections FROM connection_touch UNION ALL "
                            "SELECT 'k', tier_key, '', contacts FROM tier_count ORDER BY 1, 2, 3"_s;
        const QStringList kept = rows(db, all);
        Transaction tx(db);
        for (const QString &sql : SummaryMigration::recountStatements())
            QVERIFY2(QSqlQuery(db.connection()).exec(sql), qPrintable(sql));
        QCOMPARE(rows(db, all), kept);
    }

    void upgradeFromVersion12()
    {
        const QString path = newPath();
        QStringList contactsBefore;
        QList<QStringList> foundBefore;
        const QStringList searches = {u"\"p\"*"_s,   u"\"per\"*"_s,    u"\"person1\"*"_s,
                                      u"\"acm\"*"_s, u"\"lisbon\"*"_s, u"\"o\" \"brien\"*"_s};
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v12"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (int v = 1; v <= 12; ++v) {
                for (const QString &sql : Migrations::statements(v))
                    QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = 12"_s));
            QVERIFY(q.prepare(u"INSERT INTO contact (first_name, last_name, sort_name, company, "
                              "industry, location, degree, created_at, updated_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00.000Z', "
                              "'2025-01-01T00:00:00.000Z')"_s));
            QRandomGenerator r(12);
            // Empty, never NULL: the columns are NOT NULL.
            const auto text = [&](const QStringList &list) {
                const QString v = pick(r, list);
                return v.isNull() ? u""_s : v;
            };
            for (int i = 0; i < 300; ++i) {
                const QString last = i % 10 == 0 ? u"O'Brien"_s : u"Random"_s;
                q.addBindValue(u"Person%1"_s.arg(i));
                q.addBindValue(last);
                q.addBindValue(u"person%1 %2"_s.arg(i).arg(last.toLower()));
                q.addBindValue(text(companies));
                q.addBindValue(text(industries));
                q.addBindValue(text(locations));
                q.addBindValue(int(r.bounded(4)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(u"INSERT INTO contact_fts (rowid, first_name, last_name, company, "
                           "position, location, notes, tags_text) SELECT id, first_name, "
                           "last_name, company, position, location, notes, tags_text "
                           "FROM contact"_s));
            QVERIFY(q.exec(u"SELECT * FROM contact ORDER BY id"_s));
            while (q.next()) {
                QStringList fields;
                for (int c = 0; c < q.record().count(); ++c)
                    fields << q.value(c).toString();
                contactsBefore << fields.join(u'|');
            }
            for (const QString &match : searches) {
                QStringList ids;
                QVERIFY(q.exec(u"SELECT rowid FROM contact_fts WHERE contact_fts MATCH '%1' "
                               "ORDER BY rowid"_s.arg(QString(match).replace(u'\'', u"''"_s))));
                while (q.next())
                    ids << q.value(0).toString();
                QVERIFY2(!ids.isEmpty(), qPrintable(match));
                foundBefore << ids;
            }
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v12"_s);

        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(rows(db, u"SELECT * FROM contact ORDER BY id"_s), contactsBefore);
        const QString fts =
            rows(db, u"SELECT sql FROM sqlite_schema WHERE name = 'contact_fts'"_s).value(0);
        QVERIFY2(fts.contains(u"prefix='1 2 3 4 5'"_s) && fts.contains(u"columnsize=0"_s),
                 qPrintable(fts));
        // Migration 17's setting survives migration 18's new table.
        QCOMPARE(rows(db, u"SELECT v FROM contact_fts_config WHERE k = 'hashsize'"_s),
                 QStringList{u"67108864"_s});
        for (int i = 0; i < searches.size(); ++i) {
            QCOMPARE(rows(db,
                          u"SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? "
                          "ORDER BY rowid"_s,
                          {searches.at(i)}),
                     foundBefore.at(i));
        }
        QVERIFY(QSqlQuery(db.connection())
                    .exec(u"INSERT INTO contact_fts(contact_fts, rank) "
                          "VALUES ('integrity-check', 1)"_s));
        for (const QString &gone :
             {u"contact_by_degree_industry"_s, u"contact_connections_by_location"_s,
              u"contact_connections_by_company"_s, u"contact_connections_by_touch"_s})
            QVERIFY(rows(db, u"SELECT name FROM sqlite_schema WHERE name = ?"_s, {gone}).isEmpty());
        compareWithScan(db);
        // The upgraded file's triggers keep counting.
        QRandomGenerator r(99);
        randomWrites(db, r, 80);
        compareWithScan(db);
    }
};

QTEST_GUILESS_MAIN(tst_SummaryMigration)
#include "tst_summarymigration.moc"
