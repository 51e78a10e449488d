#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoOutreach.h"
#include "domain/DateText.h"
#include "domain/InMailRecord.h"
#include "domain/TierRules.h"
#include "outreach/InvitationStats.h"
#include "outreach/MessageLinter.h"
#include "planning/QueuePlanner.h"
#include "planning/QueueSettings.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/OutreachStore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every row of a query, one line each, for comparing databases.
QStringList rows(const Database &db, const QString &sql)
{
    QStringList lines;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {u"failed: "_s + sql};
    const int columns = q.record().count();
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < columns; ++i)
            fields << q.value(i).toString();
        lines << fields.join(u'|');
    }
    return lines;
}

// What a demo run leaves behind, for checking that a cancelled run left none.
QStringList everything(const Database &db)
{
    return rows(db,
                u"SELECT (SELECT count(*) FROM contact), (SELECT count(*) FROM content), "
                "(SELECT count(*) FROM content_metric), (SELECT count(*) FROM engagement), "
                "(SELECT count(*) FROM engagement_summary), (SELECT count(*) FROM outreach)"_s) +
           rows(db, u"SELECT id, tier_key, tier_until, last_engaged_on, follows_me FROM contact "
                    "WHERE tier_key <> 13 ORDER BY id"_s);
}

const QString demoData[] = {
    u"SELECT kind, title, url, published_on FROM content ORDER BY id"_s,
    u"SELECT content_id, taken_on, views, reactions, comments, shares FROM content_metric "
    "ORDER BY id"_s,
    u"SELECT contact_id, kind, happened_on, content_id, note FROM engagement ORDER BY id"_s,
    u"SELECT id, tier_key, tier_until, last_engaged_on, follows_me FROM contact ORDER BY id"_s,
};

const QString outreachRows =
    u"SELECT id, contact_id, channel, direction, happened_at, subject, body, outcome, "
    "outcome_at, conversation, template_name, asked_negative, reply_to FROM outreach ORDER BY id"_s;

QDate localDay(const QString &isoUtc)
{
    return DateText::parseIsoUtc(isoUtc).toLocalTime().date();
}

struct Opened
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ContactStore> store;

    Opened()
    {
        if (db.open(dir.filePath(u"demo.sqlite"_s), nullptr))
            store = std::make_unique<ContactStore>(db);
    }
};

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSamePeople()
    {
        DemoGenerator a(42);
        DemoGenerator b(42);
        DemoGenerator c(43);
        bool anyDifferent = false;
        for (int i = 1; i <= 50; ++i) {
            const Contact x = a.nextContact(i);
            QCOMPARE(x, b.nextContact(i));
            anyDifferent = anyDifferent || x != c.nextContact(i);
        }
        QVERIFY(anyDifferent);
    }

    void peopleAreVariedAndValid()
    {
        DemoGenerator gen(1);
        QSet<QString> lastNames, companies, locations, industries;
        int withUrl = 0, firstDegree = 0;
        for (int i = 1; i <= 2000; ++i) {
            const Contact c = gen.nextContact(i);
            QVERIFY(!c.firstName.isEmpty());
            QVERIFY(!c.lastName.isEmpty());
            lastNames << c.lastName;
            companies << c.company;
            locations << c.location;
            industries << c.industry;
            withUrl += c.profileUrl.isEmpty() ? 0 : 1;
            if (c.degree == 1) {
                ++firstDegree;
                QVERIFY(c.connectedOn.isValid());
                QVERIFY(c.connectedOn <= QDate::currentDate());
            }
        }
        QVERIFY(lastNames.size() > 100);
        QVERIFY(companies.size() > 200);
        QVERIFY(locations.size() > 50);
        QVERIFY(industries.size() > 10);
        QVERIFY(withUrl > 1500 && withUrl < 2000);
        QVERIFY(firstDegree > 1200 && firstDegree < 1600);
    }

    void fillAddsExactlyAndTwiceWorks()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"demo.sqlite"_s), nullptr));
        ContactStore store(db);
        DemoGenerator gen;
        QString error;
        int lastProgress = 0;
        QVERIFY2(gen.fill(store, 1500, &error,
                          [&](int done) {
                              lastProgress = done;
                              return true;
                          }),
                 qPrintable(error));
        QCOMPARE(lastProgress, 1500);
        QCOMPARE(store.totalCount(), 1500);
        DemoGenerator again; // same seed, same names: slugs must still be unique
        QVERIFY2(again.fill(store, 500, &error), qPrintable(error));
        QCOMPARE(store.totalCount(), 2000);
    }

    void cancelledFillAddsNothing()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"cancel.sqlite"_s), nullptr));
        ContactStore store(db);
        DemoGenerator gen;
        QVERIFY(gen.fill(store, 10, nullptr));
        QString error;
        // Cancelled after the first batch of 20,000 was written: none stays.
        QVERIFY(!gen.fill(store, 30000, &error, [](int done) { return done < 20000; }));
        QVERIFY2(error.contains(u"Cancelled"_s), qPrintable(error));
        QCOMPARE(store.totalCount(), 10);
    }

    void sameSeedSameEngagement()
    {
        Opened a, b, c;
        QVERIFY(a.store && b.store && c.store);
        QString error;
        QVERIFY2(DemoGenerator(42).fillWithEngagement(*a.store, 800, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(DemoGenerator(42).fillWithEngagement(*b.store, 800, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(DemoGenerator(43).fillWithEngagement(*c.store, 800, nullptr, &error),
                 qPrintable(error));
        for (const QString &sql : demoData) {
            const QStringList inA = rows(a.db, sql);
            QVERIFY(!inA.isEmpty());
            QCOMPARE(inA, rows(b.db, sql));
        }
        QVERIFY(rows(a.db, demoData[0]) != rows(c.db, demoData[0]));
        QVERIFY(rows(a.db, demoData[2]) != rows(c.db, demoData[2]));
    }

    void piecesAndTheirNumbers()
    {
        Opened o;
        QVERIFY(o.store);
        DemoCounts added;
        QString error;
        QVERIFY2(DemoGenerator(3).fillWithEngagement(*o.store, 2000, &added, &error),
                 qPrintable(error));
        QCOMPARE(added.contacts, 2000);
        QCOMPARE(added.pieces, DemoGenerator::pieceCountFor(2000));
        QCOMPARE(added.pieces, 8);
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM content"_s), qint64(added.pieces));
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM content_metric"_s), qint64(added.snapshots));
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM content WHERE kind = 'article'"_s), 2);

        QCOMPARE(DemoGenerator::pieceCountFor(10), 6);
        QCOMPARE(DemoGenerator::pieceCountFor(5000), 20);
        QCOMPARE(DemoGenerator::pieceCountFor(1000000), 120);

        const QDate today = QDate::currentDate();
        ContentStore content(o.db);
        QList<double> postViews, articleViews;
        for (const ContentPiece &piece : content.all()) {
            QVERIFY(!piece.title.isEmpty());
            QVERIFY(piece.url.startsWith(u"https://www.linkedin.com/"_s));
            QVERIFY(piece.publishedOn <= today);
            QVERIFY(piece.publishedOn.daysTo(today) < 366);
            const QList<ContentMetrics> history = content.metrics(piece.id);
            QVERIFY(history.size() >= 1 && history.size() <= 4);
            for (int i = 0; i < history.size(); ++i) {
                const ContentMetrics &m = history.at(i);
                QVERIFY(m.takenOn >= piece.publishedOn && m.takenOn <= today);
                if (i > 0) {
                    const ContentMetrics &before = history.at(i - 1);
                    QVERIFY(m.takenOn > before.takenOn);
                    QVERIFY(m.views >= before.views && m.reactions >= before.reactions &&
                            m.comments >= before.comments && m.shares >= before.shares);
                }
            }
            const ContentMetrics &last = history.last();
            // The demo reads every count: none is left unknown.
            QVERIFY(last.views && last.engagements());
            const double engaged = double(*last.engagements()) / qMax(1, *last.views);
            QVERIFY(last.reactions > last.comments);
            QVERIFY(last.comments > last.shares || last.comments == 0);
            if (piece.kind == ContentKind::Post) {
                postViews << *last.views;
                QVERIFY2(engaged < 0.01, qPrintable(piece.title));
            } else {
                articleViews << *last.views;
                QVERIFY2(engaged > 0.08 && engaged < 0.3, qPrintable(piece.title));
            }
        }
        std::sort(postViews.begin(), postViews.end());
        std::sort(articleViews.begin(), articleViews.end());
        const double postMedian = postViews.at(postViews.size() / 2);
        const double articleMedian = articleViews.at(articleViews.size() / 2);
        QVERIFY2(postMedian > 2000 && postMedian < 25000, qPrintable(QString::number(postMedian)));
        QVERIFY2(articleMedian > 150 && articleMedian < 2500,
                 qPrintable(QString::number(articleMedian)));
    }

    void engagementLooksLikeANetwork()
    {
        Opened o;
        QVERIFY(o.store);
        DemoCounts added;
        QString error;
        QVERIFY2(DemoGenerator(5).fillWithEngagement(*o.store, 2000, &added, &error),
                 qPrintable(error));
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM engagement"_s), added.events);
        // Most contacts never engage.
        const qint64 engaged = scalar(o.db, u"SELECT count(DISTINCT contact_id) FROM engagement"_s);
        QVERIFY2(engaged > 100 && engaged < 600, qPrintable(QString::number(engaged)));
        QVERIFY(added.events > engaged);

        auto kinds = [&](const QString &kind) {
            return scalar(o.db, u"SELECT count(*) FROM engagement WHERE kind = '%1'"_s.arg(kind));
        };
        QVERIFY(kinds(u"like"_s) > kinds(u"view"_s));
        QVERIFY(kinds(u"view"_s) > kinds(u"comment"_s));
        QVERIFY(kinds(u"comment"_s) > kinds(u"share-comment"_s));
        QVERIFY(kinds(u"share-comment"_s) > kinds(u"share"_s));
        QVERIFY(kinds(u"follow"_s) > kinds(u"unfollow"_s));
        QVERIFY(kinds(u"unfollow"_s) > 0);

        // Likes, comments and shares are on pieces that exist, after they
        // were published; views and follows are on none.
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM engagement e LEFT JOIN content c "
                              "ON c.id = e.content_id WHERE e.kind IN ('like', 'comment', "
                              "'share-comment', 'share') AND (c.id IS NULL "
                              "OR e.happened_on < c.published_on)"_s),
                 0);
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM engagement WHERE kind IN ('view', 'follow', "
                              "'unfollow') AND content_id IS NOT NULL"_s),
                 0);
        // One like or share per person and piece.
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM (SELECT 1 FROM engagement WHERE kind <> "
                              "'comment' AND content_id IS NOT NULL "
                              "GROUP BY contact_id, kind, content_id HAVING count(*) > 1)"_s),
                 0);
        const QDate today = QDate::currentDate();
        QVERIFY(scalar(o.db,
                       u"SELECT count(*) FROM engagement WHERE happened_on > '%1' "
                       "OR happened_on < '%2'"_s.arg(DateText::isoDate(today),
                                                     DateText::isoDate(today.addDays(-550)))) == 0);
        // Recent and old: some within the last month, some over a year ago.
        QVERIFY(scalar(o.db, u"SELECT count(*) FROM engagement WHERE happened_on >= '%1'"_s.arg(
                                 DateText::isoDate(today.addDays(-30)))) > 20);
        QVERIFY(scalar(o.db, u"SELECT count(*) FROM engagement WHERE happened_on < '%1'"_s.arg(
                                 DateText::isoDate(today.addDays(-365)))) > 20);
    }

    void tiersSpreadActiveAndLapsed()
    {
        Opened o;
        QVERIFY(o.store);
        QString error;
        QVERIFY2(DemoGenerator(8).fillWithEngagement(*o.store, 2000, nullptr, &error),
                 qPrintable(error));
        QSet<int> active, lapsed;
        int activeContacts = 0, lapsedContacts = 0;
        for (const QString &line :
             rows(o.db, u"SELECT tier_key, count(*) FROM contact GROUP BY tier_key"_s)) {
            const Tier tier = Tier::fromKey(line.section(u'|', 0, 0).toInt());
            const int n = line.section(u'|', 1, 1).toInt();
            if (tier.isActive()) {
                active << tier.rank;
                activeContacts += n;
            } else if (!tier.isNone()) {
                lapsed << tier.rank;
                lapsedContacts += n;
            }
        }
        QVERIFY2(active.size() >= 5, qPrintable(QString::number(active.size())));
        QVERIFY2(lapsed.size() >= 5, qPrintable(QString::number(lapsed.size())));
        QVERIFY(activeContacts > 50);
        QVERIFY(lapsedContacts > 50);
        QVERIFY(activeContacts + lapsedContacts < 1000);

        // The stored tiers are the ones the events give today.
        EngagementStore engagements(o.db);
        const QStringList engagedIds =
            rows(o.db, u"SELECT DISTINCT contact_id FROM engagement ORDER BY 1"_s);
        for (const QString &id : engagedIds) {
            const EngagementSummary s = engagements.summary(id.toLongLong());
            QCOMPARE(
                std::accumulate(s.counts.cbegin(), s.counts.cend(), 0),
                int(scalar(o.db, u"SELECT count(*) FROM engagement WHERE contact_id = "_s + id)));
            QCOMPARE(engagements.storedTier(id.toLongLong()),
                     TierRules::tierOf(s, engagements.today(), engagements.windowDays()));
        }
    }

    void sameSeedSameOutreach()
    {
        Opened a, b, c;
        QVERIFY(a.store && b.store && c.store);
        QString error;
        DemoCounts added;
        QVERIFY2(DemoGenerator(42).fillWithEngagement(*a.store, 800, &added, &error),
                 qPrintable(error));
        QVERIFY2(DemoGenerator(42).fillWithEngagement(*b.store, 800, nullptr, &error),
                 qPrintable(error));
        QVERIFY2(DemoGenerator(43).fillWithEngagement(*c.store, 800, nullptr, &error),
                 qPrintable(error));
        const QStringList inA = rows(a.db, outreachRows);
        QCOMPARE(qint64(inA.size()), qint64(added.outreach));
        QVERIFY2(inA.size() > 50, qPrintable(QString::number(inA.size())));
        QCOMPARE(inA, rows(b.db, outreachRows));
        const QString people = u"SELECT id, degree, connected_on, last_contacted_at FROM contact "
                               "ORDER BY id"_s;
        QCOMPARE(rows(a.db, people), rows(b.db, people));
        QVERIFY(inA != rows(c.db, outreachRows));
    }

    void outreachIsConsistent()
    {
        Opened o;
        QVERIFY(o.store);
        QString error;
        DemoCounts added;
        QVERIFY2(DemoGenerator(3).fillWithEngagement(*o.store, 5000, &added, &error),
                 qPrintable(error));
        // Modest: a few hundred to a few thousand for 5,000 people.
        QVERIFY2(added.outreach > 300 && added.outreach < 5000,
                 qPrintable(QString::number(added.outreach)));
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM outreach"_s), qint64(added.outreach));
        const QDate today = QDate::currentDate();
        const QString now = DateText::isoUtc(QDateTime::currentDateTimeUtc(), false);
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM outreach WHERE happened_at > '%1' "
                              "OR outcome_at > '%1'"_s.arg(now)),
                 0);

        // Accepted invitations made connections, on the day of the acceptance.
        int accepted = 0;
        for (const QString &line :
             rows(o.db, u"SELECT o.happened_at, o.outcome_at, c.degree, c.connected_on "
                        "FROM outreach o JOIN contact c ON c.id = o.contact_id "
                        "WHERE o.channel = 'invitation' AND o.outcome = 'accepted'"_s)) {
            const QStringList f = line.split(u'|');
            QVERIFY2(f.at(2) == u"1"_s, qPrintable(line));
            const QDate connected = DateText::parseIsoDate(f.at(3));
            QVERIFY2(connected == localDay(f.at(1)), qPrintable(line));
            QVERIFY2(f.at(0) <= f.at(1), qPrintable(line));
            ++accepted;
        }
        QVERIFY(accepted > 50);
        // Pending, declined, ignored or withdrawn: not connected.
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM outreach o JOIN contact c "
                              "ON c.id = o.contact_id WHERE o.channel = 'invitation' "
                              "AND o.direction = 'out' AND o.outcome <> 'accepted' "
                              "AND c.degree = 1"_s),
                 0);
        // Welcomes come after the connection.
        int welcomes = 0;
        for (const QString &line :
             rows(o.db, u"SELECT o.happened_at, c.degree, c.connected_on FROM outreach o "
                        "JOIN contact c ON c.id = o.contact_id "
                        "WHERE o.template_name = 'Welcome a new connection'"_s)) {
            const QStringList f = line.split(u'|');
            QVERIFY2(f.at(1) == u"1"_s, qPrintable(line));
            QVERIFY2(localDay(f.at(0)) >= DateText::parseIsoDate(f.at(2)), qPrintable(line));
            ++welcomes;
        }
        QVERIFY(welcomes > 20);
        // Replies answer an earlier outbound message to the same person.
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM outreach r JOIN outreach o "
                              "ON o.id = r.reply_to WHERE r.direction <> 'in' "
                              "OR o.direction <> 'out' OR o.contact_id <> r.contact_id "
                              "OR o.happened_at > r.happened_at"_s),
                 0);
        QVERIFY(scalar(o.db, u"SELECT count(*) FROM outreach WHERE reply_to IS NOT NULL"_s) > 30);
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM outreach o WHERE o.direction = 'out' "
                              "AND o.outcome = 'replied' AND NOT EXISTS "
                              "(SELECT 1 FROM outreach r WHERE r.reply_to = o.id)"_s),
                 0);
        // They are linked as the store links them: relinking changes nothing.
        const QStringList before = rows(o.db, outreachRows);
        QVERIFY2(OutreachStore(o.db).linkReplies(&error), qPrintable(error));
        QCOMPARE(rows(o.db, outreachRows), before);
        // The contact's last contact is kept as migration 6 back-fills it.
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM contact WHERE last_contacted_at <> "
                              "coalesce((SELECT max(o.happened_at) FROM outreach o "
                              "WHERE o.contact_id = contact.id), '')"_s),
                 0);
        // A few messages of the last 30 days wait for an answer.
        const QString since = DateText::isoUtc(today.addDays(-29).startOfDay(), false);
        const qint64 waiting = scalar(
            o.db, u"SELECT count(*) FROM outreach r WHERE r.direction = 'in' "
                  "AND r.channel IN ('message', 'inmail') AND r.happened_at >= '%1' "
                  "AND NOT EXISTS (SELECT 1 FROM outreach x WHERE x.contact_id = r.contact_id "
                  "AND x.direction = 'out' AND x.happened_at >= r.happened_at) "
                  "AND r.body NOT LIKE 'Not interested%'"_s.arg(since));
        QVERIFY2(waiting >= 1 && waiting <= DemoOutreach::waitingFor(5000),
                 qPrintable(QString::number(waiting)));

        // Healthy invitation numbers, with a few old ones still pending.
        const InvitationStats stats =
            InvitationStats::compute(OutreachStore(o.db).invitationRecords(), today);
        QVERIFY(stats.lastNRate.has_value());
        QVERIFY2(*stats.lastNRate >= 0.55, qPrintable(stats.summary()));
        QVERIFY(!stats.warning);
        QVERIFY(!stats.withdrawSuggestions.isEmpty());
        QVERIFY(scalar(o.db, u"SELECT count(*) FROM outreach WHERE channel = 'invitation' "
                             "AND direction = 'in'"_s) > 5);

        // InMails: some ask for a negative answer, some are answered, some
        // with "not interested".
        const QList<InMailRecord> inmails = OutreachStore(o.db).inmailRecords(
            [](const QString &body) { return MessageLinter::asksForNegativeAnswer(body); });
        QVERIFY(inmails.size() >= 18);
        int asked = 0, answered = 0;
        for (const InMailRecord &r : inmails) {
            asked += r.askedNegative ? 1 : 0;
            answered += r.answered.isValid() ? 1 : 0;
        }
        QVERIFY2(asked > 3 && asked < inmails.size(), qPrintable(QString::number(asked)));
        QVERIFY2(answered > 3 && answered < inmails.size(), qPrintable(QString::number(answered)));
        QVERIFY(scalar(o.db, u"SELECT count(*) FROM outreach WHERE channel = 'inmail' "
                             "AND outcome = 'not-interested'"_s) > 0);
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM outreach WHERE channel = 'inmail' "
                              "AND direction = 'out' AND subject = ''"_s),
                 0);
    }

    void todaysQueueHasEveryKind_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 4u, 7u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void todaysQueueHasEveryKind()
    {
        QFETCH(quint32, seed);
        Opened o;
        QVERIFY(o.store);
        QString error;
        QVERIFY2(DemoGenerator(seed).fillWithEngagement(*o.store, 5000, nullptr, &error),
                 qPrintable(error));
        const QList<QueueItem> items =
            QueuePlanner::plan(o.db, QDate::currentDate(), QueueSettings());
        QMap<QString, int> kinds;
        QStringList shown;
        for (const QueueItem &item : items) {
            QVERIFY2(!item.reason.isEmpty(), qPrintable(QueueItem::actionKey(item.action)));
            ++kinds[QueueItem::actionKey(item.action)];
            shown << QueueItem::actionKey(item.action) + u": "_s + item.reason;
        }
        const QString all = shown.join(u'\n');
        QVERIFY2(kinds.value(u"reply"_s) >= 1, qPrintable(all));
        QVERIFY2(kinds.value(u"invite"_s) + kinds.value(u"follower-message"_s) >= 1,
                 qPrintable(all));
        QVERIFY2(kinds.value(u"welcome"_s) >= 1, qPrintable(all));
        QVERIFY2(kinds.value(u"thank"_s) >= 1, qPrintable(all));
        QVERIFY2(kinds.value(u"reconnect"_s) >= 1, qPrintable(all));
        QVERIFY2(kinds.value(u"follow-up-invitation"_s) >= 1, qPrintable(all));
        // A few replies, not a queue of them.
        QVERIFY2(kinds.value(u"reply"_s) <= DemoOutreach::waitingFor(5000), qPrintable(all));
        if (qEnvironmentVariableIsSet("RAPPORT_SHOW_QUEUE"))
            qInfo("%s", qPrintable(all));
    }

    void twoThousandContactsAreQuick()
    {
        Opened o;
        QVERIFY(o.store);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(DemoGenerator().fillWithEngagement(*o.store, 2000, nullptr, &error),
                 qPrintable(error));
        const qint64 ms = timer.elapsed();
        qInfo("2,000 contacts with content and engagement: %lld ms", ms);
        QVERIFY2(ms < 2500, qPrintable(QString::number(ms)));
    }

    void secondRunLogsEventByEvent()
    {
        Opened o;
        QVERIFY(o.store);
        DemoCounts first, second;
        QString error;
        QVERIFY2(DemoGenerator().fillWithEngagement(*o.store, 2000, &first, &error),
                 qPrintable(error));
        // Fewer new events than the database holds: logged one by one. The
        // same seed again makes new addresses and slugs.
        QVERIFY2(DemoGenerator().fillWithEngagement(*o.store, 300, &second, &error),
                 qPrintable(error));
        QCOMPARE(o.store->totalCount(), 2300);
        QCOMPARE(second.pieces, 6);
        QCOMPARE(scalar(o.db, u"SELECT count(DISTINCT url) FROM content"_s), 14);
        QCOMPARE(scalar(o.db, u"SELECT count(*) FROM engagement"_s), first.events + second.events);
        QVERIFY(second.events > 0);
        EngagementStore engagements(o.db);
        for (const QString &id :
             rows(o.db, u"SELECT DISTINCT contact_id FROM engagement ORDER BY 1"_s)) {
            const EngagementSummary s = engagements.summary(id.toLongLong());
            QCOMPARE(engagements.storedTier(id.toLongLong()),
                     TierRules::tierOf(s, engagements.today(), engagements.windowDays()));
        }
    }

    void bulkInsertGivesWhatLoggingGives()
    {
        Opened bulk, logged;
        QVERIFY(bulk.store && logged.store);
        QString error;
        DemoGenerator a(11), b(11);
        QVERIFY(a.fill(*bulk.store, 600, &error));
        QVERIFY(b.fill(*logged.store, 600, &error));
        ContentStore bulkContent(bulk.db), loggedContent(logged.db);
        QList<ContentPiece> bulkPieces, loggedPieces;
        for (int i = 1; i <= 12; ++i) {
            bulkPieces << a.nextPiece(i);
            loggedPieces << b.nextPiece(i);
        }
        auto byDate = [](const ContentPiece &x, const ContentPiece &y) {
            return x.publishedOn < y.publishedOn;
        };
        std::stable_sort(bulkPieces.begin(), bulkPieces.end(), byDate);
        std::stable_sort(loggedPieces.begin(), loggedPieces.end(), byDate);
        for (int i = 0; i < bulkPieces.size(); ++i) {
            QVERIFY(bulkContent.add(bulkPieces[i], &error));
            QVERIFY(loggedContent.add(loggedPieces[i], &error));
        }
        // Busier people than a demo's, to meet follows, unfollows and
        // several kinds per person.
        const DemoEngagementShape busy{60, 6};
        QList<Engagement> bulkEvents, loggedEvents;
        for (qint64 id = 1; id <= 600; ++id) {
            bulkEvents += a.nextEngagements(id, bulkPieces, busy);
            loggedEvents += b.nextEngagements(id, loggedPieces, busy);
        }
        QVERIFY(bulkEvents.size() > 1000);
        QVERIFY2(DemoGenerator::insertEvents(bulk.db, bulkEvents, &error), qPrintable(error));
        EngagementStore bulkStore(bulk.db), loggedStore(logged.db);
        QVERIFY2(bulkStore.rebuildSummaries(&error), qPrintable(error));
        QVERIFY2(loggedStore.logMany(loggedEvents, &error), qPrintable(error));
        QCOMPARE(bulkEvents.first().id, loggedEvents.first().id);
        QCOMPARE(bulkEvents.last().id, loggedEvents.last().id);
        for (const QString &sql :
             {demoData[2], demoData[3],
              // follows_before only matters once a follow or unfollow was
              // logged; the two paths may differ on it before that.
              u"SELECT contact_id, n_follow, n_unfollow, n_comment, n_share_comment, n_share, "
              "n_view, n_like, last_follow, last_unfollow, last_comment, last_share_comment, "
              "last_share, last_view, last_like, follows_me, CASE WHEN n_follow + n_unfollow > 0 "
              "THEN follows_before END FROM engagement_summary ORDER BY contact_id"_s}) {
            QCOMPARE(rows(bulk.db, sql), rows(logged.db, sql));
        }
    }

    void cancelledDemoLeavesNothing_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("before");
        // A small database gets events in bulk; a busier one logs them.
        for (int before : {20, 3000}) {
            const char *path = before < 1000 ? "bulk" : "logged";
            QTest::addRow("%s, contacts", path) << int(DemoGenerator::Step::Contacts) << before;
            QTest::addRow("%s, content", path) << int(DemoGenerator::Step::Content) << before;
            QTest::addRow("%s, engagement", path)
                << int(DemoGenerator::Step::Engagements) << before;
            QTest::addRow("%s, tiers", path) << int(DemoGenerator::Step::Tiers) << before;
        }
    }

    void cancelledDemoLeavesNothing()
    {
        QFETCH(int, step);
        QFETCH(int, before);
        Opened o;
        QVERIFY(o.store);
        QString error;
        QVERIFY2(DemoGenerator(1).fillWithEngagement(*o.store, before, nullptr, &error),
                 qPrintable(error));
        const QStringList start = everything(o.db);
        bool asked = false;
        const bool done = DemoGenerator(2).fillWithEngagement(
            *o.store, 600, nullptr, &error, [&](DemoGenerator::Step s, qint64, qint64) {
                asked = asked || int(s) == step;
                return int(s) != step;
            });
        QVERIFY(asked);
        QVERIFY(!done);
        QVERIFY2(error.contains(u"Cancelled"_s), qPrintable(error));
        QCOMPARE(everything(o.db), start);
    }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
