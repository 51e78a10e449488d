// Importing LinkedIn's analytics workbook (AnalyticsImporter, AnalyticsStore,
// WeeklyNetwork), with hand-computed numbers: a first import, the same
// workbook again (nothing changes), an overlapping later export that
// disagrees about a day (it wins, also when the older one is imported
// again), a tie on the last day (the later import wins), the weekly
// followers (typed weeks win, a week partly covered takes its last covered
// day), top posts matched by activity id and by address or created with
// their publish date, readings never duplicated, and all or nothing when a
// write fails or the database is read-only.

#include "TableDump.h"

#include "db/Database.h"
#include "domain/Contact.h"
#include "domain/EngagementRate.h"
#include "insights/WeeklyNetwork.h"
#include "io/AnalyticsImporter.h"
#include "store/AnalyticsStore.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/ImportJournal.h"
#include "store/ImportUndo.h"
#include "store/SnapshotStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QString slugPost =
    u"https://www.linkedin.com/posts/jane-doe_hiring-activity-7300000000000000001-AbCd"_s;
const QString urnPost1 =
    u"https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001/"_s;
const QString urnPost2 =
    u"https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000002/"_s;
const QString urnPost3 =
    u"https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000003/"_s;

// Workbook A: 1-10 March 2026 (1 March is a Sunday). Day d has 100 + d
// impressions and d engagements; one new follower a day, 500 at the end of
// 10 March, so day d ends with 490 + d.
AnalyticsWorkbookData workbookA()
{
    AnalyticsWorkbookData w;
    w.fileName = u"Content_2026-03-01_2026-03-10_Jane.xlsx"_s;
    w.periodStart = QDate(2026, 3, 1);
    w.periodEnd = QDate(2026, 3, 10);
    w.impressions = 1055;
    w.membersReached = 700;
    for (int d = 1; d <= 10; ++d) {
        w.days << AnalyticsDay{QDate(2026, 3, d), 100 + d, d};
        w.followerDays << AnalyticsFollowerDay{QDate(2026, 3, d), 1, 490 + d};
    }
    w.followersTotalDate = QDate(2026, 3, 10);
    w.followersTotal = 500;
    AnalyticsTopPost p1;
    p1.url = urnPost1;
    p1.activityId = u"7300000000000000001"_s;
    p1.published = QDate(2026, 2, 27);
    p1.engagements = 50;
    p1.impressions = 1000;
    AnalyticsTopPost p2;
    p2.url = urnPost2;
    p2.activityId = u"7300000000000000002"_s;
    p2.published = QDate(2026, 3, 2);
    p2.engagements = 30; // only in the engagements table
    AnalyticsTopPost p3;
    p3.url = urnPost3;
    p3.activityId = u"7300000000000000003"_s;
    p3.published = QDate(2026, 2, 20);
    p3.engagements = 12;
    p3.impressions = 400;
    w.topPosts << p1 << p2 << p3;
    w.demographics << AnalyticsDemographic{u"job title"_s, u"Recruiter"_s, 0.12, false}
                   << AnalyticsDemographic{u"location"_s, u"Berlin"_s, 0.3, false}
                   << AnalyticsDemographic{u"company"_s, u"Acme"_s, 0.0, true};
    return w;
}

// Workbook B: 5-12 March; agrees with A except 7 March (999 impressions);
// post 1 has grown to 1,500 impressions and 80 engagements.
AnalyticsWorkbookData workbookB()
{
    AnalyticsWorkbookData w;
    w.fileName = u"AggregateAnalytics_Jane_2026-03-05_2026-03-12.xlsx"_s;
    w.periodStart = QDate(2026, 3, 5);
    w.periodEnd = QDate(2026, 3, 12);
    for (int d = 5; d <= 12; ++d) {
        w.days << AnalyticsDay{QDate(2026, 3, d), d == 7 ? 999 : 100 + d, d};
        w.followerDays << AnalyticsFollowerDay{QDate(2026, 3, d), 1, 490 + d};
    }
    w.followersTotalDate = QDate(2026, 3, 12);
    w.followersTotal = 502;
    AnalyticsTopPost p1;
    p1.url = urnPost1;
    p1.activityId = u"7300000000000000001"_s;
    p1.published = QDate(2026, 2, 27);
    p1.engagements = 80;
    p1.impressions = 1500;
    w.topPosts << p1;
    return w;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 changeMark(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT "_s + ImportJournal::changeMarkSql());
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 impressionsOn(Database &db, int day)
{
    const QList<AnalyticsDay> days =
        AnalyticsStore(db).days(QDate(2026, 3, day), QDate(2026, 3, day));
    return days.isEmpty() ? -1 : days.first().impressions;
}

} // namespace

class tst_AnalyticsImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;

    bool import(const AnalyticsWorkbookData &w, AnalyticsImportReport *report = nullptr,
                QString *error = nullptr)
    {
        AnalyticsImportReport r;
        QString e;
        const bool ok = AnalyticsImporter(*m_db).run(w, m_dir.filePath(w.fileName), &r, &e);
        if (report)
            *report = r;
        if (error)
            *error = e;
        if (!ok && !error)
            qWarning() << e;
        return ok;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(u"a%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void activityIds()
    {
        QCOMPARE(AnalyticsImporter::activityIdOf(slugPost), u"7300000000000000001"_s);
        QCOMPARE(AnalyticsImporter::activityIdOf(urnPost2), u"7300000000000000002"_s);
        QVERIFY(AnalyticsImporter::activityIdOf(u"https://example.com/blog"_s).isEmpty());
    }

    void firstImport()
    {
        AnalyticsImportReport r;
        QVERIFY(import(workbookA(), &r));
        QCOMPARE(r.daysRead, 10);
        QCOMPARE(r.daysAdded, 10);
        QCOMPARE(r.daysChanged, 0);
        QCOMPARE(r.followerDaysAdded, 10);
        QCOMPARE(r.postsRead, 3);
        QCOMPARE(r.postsCreated, 3);
        QCOMPARE(r.readingsAdded, 3);
        QVERIFY(r.demographicsStored);
        QVERIFY(r.stored);

        AnalyticsStore store(*m_db);
        const QList<AnalyticsDay> days = store.days();
        QCOMPARE(days.size(), 10);
        QCOMPARE(days.first().date, QDate(2026, 3, 1));
        QCOMPARE(days.first().impressions, 101);
        QCOMPARE(days.last().engagements, 10);
        QCOMPARE(store.followerDays().last().total, 500);
        const QList<AnalyticsStore::Import> imports = store.imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().fileName, u"Content_2026-03-01_2026-03-10_Jane.xlsx"_s);
        QCOMPARE(imports.first().periodEnd, QDate(2026, 3, 10));
        QCOMPARE(imports.first().impressions, 1055);
        QVERIFY(imports.first().importedAt.isValid());
        AnalyticsStore::Import from;
        const QList<AnalyticsDemographic> audience = store.demographics(&from);
        QCOMPARE(audience.size(), 3);
        QCOMPARE(audience.at(1).value, u"Berlin"_s);
        QCOMPARE(audience.at(1).share, 0.3);
        QVERIFY(audience.at(2).belowOnePercent);
        QCOMPARE(from.id, imports.first().id);
    }

    void sameWorkbookAgainChangesNothing()
    {
        QVERIFY(import(workbookA()));
        const auto before = test::dumpTables(*m_db);
        const qint64 mark = changeMark(*m_db);
        AnalyticsImportReport r;
        QVERIFY(import(workbookA(), &r));
        QCOMPARE(r.daysAdded, 0);
        QCOMPARE(r.daysChanged, 0);
        QCOMPARE(r.followerDaysAdded, 0);
        QCOMPARE(r.postsMatched, 3);
        QCOMPARE(r.postsCreated, 0);
        QCOMPARE(r.readingsAdded, 0);
        QCOMPARE(r.readingsChanged, 0);
        QVERIFY(!r.demographicsStored);
        QVERIFY(!r.stored);
        QCOMPARE(test::dumpTables(*m_db), before);
        QCOMPARE(changeMark(*m_db), mark);
    }

    void laterExportWins()
    {
        QVERIFY(import(workbookA()));
        AnalyticsImportReport r;
        QVERIFY(import(workbookB(), &r));
        QCOMPARE(r.daysRead, 8);
        QCOMPARE(r.daysAdded, 2);   // 11 and 12 March
        QCOMPARE(r.daysChanged, 1); // 7 March
        QCOMPARE(r.followerDaysAdded, 2);
        QCOMPARE(r.followerDaysChanged, 0);
        QCOMPARE(AnalyticsStore(*m_db).days().size(), 12);
        QCOMPARE(impressionsOn(*m_db, 7), 999);
        QCOMPARE(impressionsOn(*m_db, 6), 106);
        QCOMPARE(impressionsOn(*m_db, 3), 103);

        // The older export imported again decides nothing and adds nothing.
        const auto before = test::dumpTables(*m_db);
        QVERIFY(import(workbookA(), &r));
        QCOMPARE(r.daysChanged, 0);
        QVERIFY(!r.stored);
        QCOMPARE(test::dumpTables(*m_db), before);
        QCOMPARE(impressionsOn(*m_db, 7), 999);
    }

    void olderExportImportedLaterDoesNotWin()
    {
        QVERIFY(import(workbookB()));
        AnalyticsImportReport r;
        QVERIFY(import(workbookA(), &r));
        QCOMPARE(r.daysAdded, 4); // 1-4 March
        QCOMPARE(r.daysChanged, 0);
        QCOMPARE(impressionsOn(*m_db, 7), 999);
        QCOMPARE(impressionsOn(*m_db, 2), 102);
    }

    void tieGoesToTheLaterImport()
    {
        QVERIFY(import(workbookA()));
        AnalyticsWorkbookData again = workbookA();
        again.days[2].impressions = 7777; // 3 March
        AnalyticsImportReport r;
        QVERIFY(import(again, &r));
        QCOMPARE(r.daysChanged, 1);
        QCOMPARE(r.daysAdded, 0);
        QCOMPARE(impressionsOn(*m_db, 3), 7777);
        QCOMPARE(impressionsOn(*m_db, 4), 104);
        // Only the day that differs was stored again.
        QCOMPARE(count(*m_db, u"analytics_day"_s), 11);
    }

    void weeklyFollowers()
    {
        ContactStore contacts(*m_db);
        QString error;
        for (const QDate &day : {QDate(2026, 1, 5), QDate(2026, 3, 9), QDate(2026, 3, 20)}) {
            Contact c;
            c.firstName = u"Person"_s;
            c.lastName = day.toString(Qt::ISODate);
            c.degree = 1;
            c.connectedOn = day;
            QVERIFY2(contacts.add(c, &error), qPrintable(error));
        }
        // Typed for the week of 2 March: it wins over LinkedIn's 498.
        NetworkSnapshot typed;
        typed.takenOn = QDate(2026, 3, 4);
        typed.followers = 480;
        typed.connections = 450;
        QVERIFY2(SnapshotStore(*m_db).save(typed, &error), qPrintable(error));
        QVERIFY(import(workbookA()));

        const QList<NetworkSnapshot> weeks = WeeklyNetwork::weeks(*m_db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(weeks.size(), 3);
        // Week of 23 February: only 1 March is covered.
        QCOMPARE(weeks.at(0).weekStart(), QDate(2026, 2, 23));
        QCOMPARE(weeks.at(0).followers, 491);
        QCOMPARE(weeks.at(0).followersFromLinkedIn, QDate(2026, 3, 1));
        QCOMPARE(weeks.at(0).connections, 1);
        QVERIFY(!weeks.at(0).isTyped());
        // Week of 2 March: typed.
        QCOMPARE(weeks.at(1).followers, 480);
        QCOMPARE(weeks.at(1).connections, 450);
        QVERIFY(weeks.at(1).isTyped());
        // Week of 9 March: 9 and 10 March covered; the count at the end of the 10th.
        QCOMPARE(weeks.at(2).followers, 500);
        QCOMPARE(weeks.at(2).takenOn, QDate(2026, 3, 10));
        QCOMPARE(weeks.at(2).connections, 2);

        const auto week = WeeklyNetwork::forWeekOf(*m_db, QDate(2026, 3, 12));
        QVERIFY(week);
        QCOMPARE(week->followers, 500);
        QCOMPARE(week->followersFromLinkedIn, QDate(2026, 3, 10));
        QCOMPARE(WeeklyNetwork::forWeekOf(*m_db, QDate(2026, 3, 6))->followers, 480);
        QVERIFY(!WeeklyNetwork::forWeekOf(*m_db, QDate(2026, 4, 6)));
        QCOMPARE(WeeklyNetwork::latest(*m_db)->followers, 500);

        // A later export moves the last covered day of the week of 9 March.
        QVERIFY(import(workbookB()));
        QCOMPARE(WeeklyNetwork::forWeekOf(*m_db, QDate(2026, 3, 9))->followers, 502);
        // Typing that week afterwards wins too.
        NetworkSnapshot later;
        later.takenOn = QDate(2026, 3, 13);
        later.followers = 510;
        later.connections = 460;
        QVERIFY2(SnapshotStore(*m_db).save(later, &error), qPrintable(error));
        QCOMPARE(WeeklyNetwork::forWeekOf(*m_db, QDate(2026, 3, 9))->followers, 510);
    }

    void postsMatchedByActivityIdAndAddress()
    {
        ContentStore content(*m_db);
        QString error;
        ContentPiece bySlug;
        bySlug.title = u"Hiring post"_s;
        bySlug.url = slugPost;
        bySlug.publishedOn = QDate(2026, 2, 27);
        QVERIFY2(content.add(bySlug, &error), qPrintable(error));
        ContentPiece byUrn;
        byUrn.title = u"Second post"_s;
        byUrn.url = urnPost2;
        QVERIFY2(content.add(byUrn, &error), qPrintable(error));

        AnalyticsImportReport r;
        QVERIFY(import(workbookA(), &r));
        QCOMPARE(r.postsMatched, 2);
        QCOMPARE(r.postsCreated, 1);
        QCOMPARE(content.all().size(), 3);
        // The typed pieces keep their title and address.
        QCOMPARE(content.get(bySlug.id)->title, u"Hiring post"_s);
        QCOMPARE(content.get(bySlug.id)->url, slugPost);

        // LinkedIn's numbers as a reading dated the export's last day.
        const QList<ContentMetrics> first = content.metrics(bySlug.id);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().takenOn, QDate(2026, 3, 10));
        QCOMPARE(first.first().views, std::optional<int>(1000));
        QCOMPARE(first.first().total, std::optional<qint64>(50));
        QVERIFY(!first.first().reactions);
        QCOMPARE(first.first().engagements(), std::optional<qint64>(50));
        // The one definition: engagements ÷ views = 50 ÷ 1000.
        const EngagementRate rate = EngagementRate::ofReading(first.first());
        QCOMPARE(rate.status(), EngagementRate::Status::Known);
        QCOMPARE(rate.text(), u"5.0 %"_s);
        const QList<ContentMetrics> second = content.metrics(byUrn.id);
        QCOMPARE(second.size(), 1);
        QVERIFY(!second.first().views);
        QCOMPARE(second.first().total, std::optional<qint64>(30));

        // Created with its publish date and address.
        const std::optional<ContentPiece> created = content.findByUrl(urnPost3);
        QVERIFY(created);
        QCOMPARE(created->publishedOn, QDate(2026, 2, 20));
        QCOMPARE(created->kind, ContentKind::Post);
        QCOMPARE(created->title, u"LinkedIn post of 2026-02-20"_s);

        // The activity id is kept: an address edited since still matches.
        ContentPiece edited = *created;
        edited.url = u"https://example.com/my-post"_s;
        QVERIFY2(content.update(edited, &error), qPrintable(error));
        QVERIFY(import(workbookA(), &r));
        QCOMPARE(r.postsCreated, 0);
        QCOMPARE(r.postsMatched, 3);
        QCOMPARE(content.all().size(), 3);
        QCOMPARE(content.metrics(created->id).size(), 1);

        // A later export adds a reading on its own last day, once.
        QVERIFY(import(workbookB(), &r));
        QCOMPARE(r.readingsAdded, 1);
        QVERIFY(import(workbookB(), &r));
        QCOMPARE(r.readingsAdded, 0);
        const QList<ContentMetrics> grown = content.metrics(bySlug.id);
        QCOMPARE(grown.size(), 2);
        QCOMPARE(grown.last().takenOn, QDate(2026, 3, 12));
        QCOMPARE(grown.last().views, std::optional<int>(1500));
        QCOMPARE(content.statsFor(bySlug.id)->rate().text(), u"5.3 %"_s);
    }

    void typedBreakdownOnTheSameDayIsKept()
    {
        ContentStore content(*m_db);
        QString error;
        ContentPiece piece;
        piece.title = u"Hiring post"_s;
        piece.url = urnPost1;
        QVERIFY2(content.add(piece, &error), qPrintable(error));
        ContentMetrics typed;
        typed.contentId = piece.id;
        typed.takenOn = QDate(2026, 3, 10);
        typed.views = 900;
        typed.reactions = 40;
        typed.comments = 6;
        typed.shares = 4;
        QVERIFY2(content.addMetrics(typed, &error), qPrintable(error));
        AnalyticsImportReport r;
        QVERIFY(import(workbookA(), &r));
        QCOMPARE(r.readingsChanged, 1);
        const QList<ContentMetrics> readings = content.metrics(piece.id);
        QCOMPARE(readings.size(), 1);
        QCOMPARE(readings.first().views, std::optional<int>(1000));
        QCOMPARE(readings.first().reactions, std::optional<int>(40));
        QCOMPARE(readings.first().total, std::optional<qint64>(50));
        QCOMPARE(readings.first().engagements(), std::optional<qint64>(50));
    }

    void failingWriteChangesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("audience") << u"analytics_demographic"_s;
        QTest::newRow("post numbers") << u"content_metric"_s;
        QTest::newRow("follower days") << u"analytics_follower_day"_s;
    }

    void failingWriteChangesNothing()
    {
        QFETCH(QString, table);
        QVERIFY(import(workbookB()));
        const auto before = test::dumpTables(*m_db);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.%1 BEGIN "
                       "SELECT RAISE(ABORT, 'refused by the test'); END"_s.arg(table)));
        QString error;
        QVERIFY(!import(workbookA(), nullptr, &error));
        QVERIFY(error.contains(u"Content_2026-03-01_2026-03-10_Jane.xlsx"_s));
        QVERIFY(error.contains(u"Nothing was changed"_s));
        QVERIFY(q.exec(u"DROP TRIGGER temp.refuse"_s));
        QCOMPARE(test::dumpTables(*m_db), before);
        // And then it imports.
        QVERIFY(import(workbookA()));
        QCOMPARE(AnalyticsStore(*m_db).days().size(), 12);
    }

    void readOnlyDatabaseChangesNothing()
    {
        QVERIFY(import(workbookB()));
        const QString path = m_db->path();
        m_db.reset();
        Database readOnly;
        QString error;
        QVERIFY(readOnly.open(path, &error, Database::Access::ReadOnly));
        const auto before = test::dumpTables(readOnly);
        AnalyticsImportReport r;
        QVERIFY(
            !AnalyticsImporter(readOnly).run(workbookA(), m_dir.filePath(u"A.xlsx"_s), &r, &error));
        QVERIFY2(error.contains(u"A.xlsx"_s), qPrintable(error));
        QCOMPARE(test::dumpTables(readOnly), before);
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path, &error));
    }

    void undoneFromTheBackup()
    {
        const auto before = test::dumpTables(*m_db);
        QVERIFY(import(workbookA()));
        const QString path = m_db->path();
        m_db.reset();
        ImportUndo::Outcome outcome;
        QString error;
        QVERIFY2(ImportUndo::undo(path, 0, &outcome, &error), qPrintable(error));
        QVERIFY(outcome.fromSnapshot);
        QCOMPARE(outcome.run.kind, u"analytics"_s);
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path, &error));
        QVERIFY(AnalyticsStore(*m_db).days().isEmpty());
        QCOMPARE(count(*m_db, u"content"_s), 0);
        QCOMPARE(count(*m_db, u"analytics_import"_s), before.value(u"analytics_import"_s).size());
    }

    void undoneByTheJournalKeepingLaterEdits()
    {
        ContentStore content(*m_db);
        QString error;
        ContentPiece mine;
        mine.title = u"Hiring post"_s;
        mine.url = urnPost1;
        QVERIFY2(content.add(mine, &error), qPrintable(error));
        QVERIFY(import(workbookB()));
        QVERIFY(import(workbookA()));
        // A change made since: the backup is no longer the way back.
        Contact c;
        c.firstName = u"Later"_s;
        QVERIFY2(ContactStore(*m_db).add(c, &error), qPrintable(error));
        const QString path = m_db->path();
        m_db.reset();
        ImportUndo::Outcome outcome;
        QVERIFY2(ImportUndo::undo(path, 0, &outcome, &error), qPrintable(error));
        QVERIFY(!outcome.fromSnapshot);
        QCOMPARE(outcome.workbooksRemoved, 1);
        QVERIFY(outcome.summary().contains(u"LinkedIn analytics"_s));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(path, &error));
        // Workbook B is all that is left: 5-12 March, and its 7 March.
        const QList<AnalyticsDay> days = AnalyticsStore(*m_db).days();
        QCOMPARE(days.size(), 8);
        QCOMPARE(days.first().date, QDate(2026, 3, 5));
        QCOMPARE(impressionsOn(*m_db, 7), 999);
        // The posts A created are gone; the typed one and the later contact stay.
        QCOMPARE(ContentStore(*m_db).all().size(), 1);
        QCOMPARE(ContentStore(*m_db).all().first().title, u"Hiring post"_s);
        QCOMPARE(count(*m_db, u"contact"_s), 1);
    }

    void noPeriodIsRefused()
    {
        AnalyticsWorkbookData w = workbookA();
        w.periodEnd = QDate();
        QString error;
        QVERIFY(!import(w, nullptr, &error));
        QVERIFY(error.contains(u"DISCOVERY"_s));
        QCOMPARE(count(*m_db, u"analytics_import"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AnalyticsImporter)
#include "tst_analyticsimporter.moc"
