// The Insights page's numbers from small hand-counted databases: the weekly
// snapshots, posts versus articles (latest reading per piece, rates over
// the totals, as the Content page counts them), the monthly outreach funnel (acceptance and
// response with the Outreach page's rules, followers who became connections) and the contacts per
// tier, and every one of them empty on an empty database.

#include "QueueScenario.h"
#include "db/Database.h"
#include "domain/ContentKindSummary.h"
#include "insights/InsightsQueries.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/SnapshotStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_InsightsQueries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    bool open(Database &db)
    {
        QString error;
        const bool ok = db.open(m_dir.filePath(u"i%1.sqlite"_s.arg(++m_run)), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    static qint64 addPiece(ContentStore &store, ContentKind kind, const QString &title,
                           const QDate &published)
    {
        ContentPiece piece;
        piece.kind = kind;
        piece.title = title;
        piece.publishedOn = published;
        QString error;
        if (!store.add(piece, &error))
            qWarning("%s", qPrintable(error));
        return piece.id;
    }

    static bool addMetrics(ContentStore &store, qint64 id, const QDate &day, int views,
                           int reactions, int comments, int shares)
    {
        ContentMetrics m;
        m.contentId = id;
        m.takenOn = day;
        m.views = views;
        m.reactions = reactions;
        m.comments = comments;
        m.shares = shares;
        QString error;
        const bool ok = store.addMetrics(m, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void emptyDatabase()
    {
        Database db;
        QVERIFY(open(db));
        InsightsQueries queries(db);
        QString error;
        QVERIFY(queries.snapshots(&error).isEmpty());
        QVERIFY(queries.content().isEmpty());
        const QList<FunnelPeriod> funnel = queries.funnel(QDate(2026, 6, 15), 12, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(funnel.size(), 12);
        QCOMPARE(funnel.first().start, QDate(2025, 7, 1));
        QCOMPARE(funnel.last().start, QDate(2026, 6, 1));
        QCOMPARE(funnel.last().end, QDate(2026, 6, 30));
        for (const FunnelPeriod &p : funnel) {
            QVERIFY(p.isEmpty());
            QVERIFY(!p.acceptanceRate);
            QVERIFY(!p.responseRate);
        }
        const QList<TierCount> tiers = queries.tierCounts(&error);
        QCOMPARE(tiers.size(), 13);
        for (int i = 0; i < 13; ++i) {
            QCOMPARE(tiers.at(i).key, i + 1);
            QCOMPARE(tiers.at(i).count, 0);
        }
        QCOMPARE(queries.acceptanceThreshold(), 0.5);
    }

    void snapshotsOldestFirst()
    {
        Database db;
        QVERIFY(open(db));
        SnapshotStore store(db);
        QString error;
        for (const auto &[day, followers, connections] :
             {std::tuple{QDate(2026, 3, 11), 6273, 5297},
              std::tuple{QDate(2026, 3, 2), 6100, 5200}}) {
            NetworkSnapshot s;
            s.takenOn = day;
            s.followers = followers;
            s.connections = connections;
            QVERIFY2(store.save(s, &error), qPrintable(error));
        }
        InsightsQueries queries(db);
        const QList<NetworkSnapshot> list = queries.snapshots(&error);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).takenOn, QDate(2026, 3, 2));
        QCOMPARE(list.at(1).followers, 6273);
        QCOMPARE(list.at(1).connections, 5297);
    }

    void postsVersusArticles()
    {
        Database db;
        QVERIFY(open(db));
        ContentStore store(db);
        const QDate d(2026, 5, 1);
        const qint64 p1 = addPiece(store, ContentKind::Post, u"First post"_s, d);
        QVERIFY(addMetrics(store, p1, d.addDays(1), 1000, 10, 3, 2));
        QVERIFY(addMetrics(store, p1, d.addDays(10), 2000, 20, 5, 5)); // latest: 30 of 2,000
        const qint64 p2 = addPiece(store, ContentKind::Post, u"Second post"_s, d.addDays(5));
        QVERIFY(addMetrics(store, p2, d.addDays(6), 8000, 50, 10, 12)); // 72 of 8,000
        const qint64 a1 = addPiece(store, ContentKind::Article, u"An article"_s, d.addDays(2));
        QVERIFY(addMetrics(store, a1, d.addDays(9), 800, 100, 20, 9)); // 129 of 800
        addPiece(store, ContentKind::Article, u"No numbers yet"_s, d.addDays(3));
        const qint64 p3 = addPiece(store, ContentKind::Post, u"No views"_s, d.addDays(4));
        QVERIFY(addMetrics(store, p3, d.addDays(4), 0, 3, 0, 0));

        InsightsQueries queries(db);
        // Every piece, oldest published first, with its latest reading: the
        // Content page's rows, so the chart's rates are the page's.
        const QList<ContentStats> points = queries.content();
        QCOMPARE(points.size(), 5);
        QCOMPARE(points.at(0).piece.id, p1);
        QCOMPARE(points.at(0).latest->views, std::optional<int>(2000));
        QCOMPARE(points.at(0).latest->engagements(), std::optional<qint64>(30));
        QCOMPARE(points.at(0).latest->takenOn, d.addDays(10));
        QCOMPARE(points.at(1).piece.id, a1);
        QCOMPARE(points.at(1).piece.kind, ContentKind::Article);
        QCOMPARE(*points.at(1).engagementRate(), 129.0 / 800.0);
        QVERIFY(!points.at(2).latest); // no numbers yet
        QCOMPARE(points.at(3).piece.id, p3);
        QVERIFY(!points.at(3).engagementRate());
        QCOMPARE(points.at(3).rate().text(), u"—"_s);
        QCOMPARE(points.at(4).piece.id, p2);
        QCOMPARE(ContentStore(db).stats().size(), points.size());

        const ContentKindSummary posts = ContentKindSummary::of(points, ContentKind::Post);
        QCOMPARE(posts.piecesCounted, 2);
        QCOMPARE(posts.averageViews, 5000.0);
        QCOMPARE(posts.averageEngagements, 51.0);
        QCOMPARE(*posts.rate.value(), 102.0 / 10000.0);
        const ContentKindSummary articles = ContentKindSummary::of(points, ContentKind::Article);
        QCOMPARE(articles.pieces, 2);
        QCOMPARE(articles.piecesCounted, 1);
        QCOMPARE(articles.averageViews, 800.0);
        QCOMPARE(*articles.rate.value(), 129.0 / 800.0);
        QCOMPARE(articles.rate.text(), u"16.1 %"_s);
    }

    void funnel()
    {
        Database db;
        QVERIFY(open(db));
        // April, May and June 2026; today is 15 June.
        test::QueueScenario s{db, QDate(2026, 6, 15), {}, {}};
        QVERIFY(s.load(
            // Invitations: April 3 sent (1 accepted, 1 declined, 1 silent for
            // two months = decided), May 1 accepted, June 1 still fresh,
            // November 2025 out of range.
            u"c A; c B; c C; c D; c E; c F; c G;"
            "o A invitation out -70 accepted; o B invitation out -65 declined;"
            "o C invitation out -60; o E invitation out -20 accepted;"
            "o D invitation out -3; o F invitation out -200 accepted;"
            // InMails: May 3 sent, answered by "replied" and "not interested";
            // June 1 sent, answered by an inbound InMail.
            "o A inmail out -40 replied; o B inmail out -38; o C inmail out -35 not-interested;"
            "o G inmail out -10; o G inmail in -9;"
            // Followers who became connections: H (May) and O (May, two
            // follows) and K (June, unfollowed later) count; I followed on
            // the connection day, J after it, L never connected, M
            // connected long ago, N only liked.
            "c H deg=1 conn=-30; e H follow -100;"
            "c I deg=1 conn=-5; e I follow -5;"
            "c J deg=1 conn=-5; e J follow -4;"
            "c K deg=1 conn=-6; e K follow -50; e K unfollow -20;"
            "c L deg=2; e L follow -40;"
            "c M deg=1 conn=-200; e M follow -300;"
            "c N deg=1 conn=-10; e N like -40;"
            "c O deg=1 conn=-45; e O follow -46; e O follow -10"_s));

        InsightsQueries queries(db);
        QString error;
        const QList<FunnelPeriod> f = queries.funnel(s.today, 3, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(0).start, QDate(2026, 4, 1));
        QCOMPARE(f.at(0).end, QDate(2026, 4, 30));

        QCOMPARE(f.at(0).invitationsSent, 3);
        QCOMPARE(f.at(0).invitationsAccepted, 1);
        QCOMPARE(f.at(0).invitationsDecided, 3);
        QCOMPARE(*f.at(0).acceptanceRate, 1.0 / 3.0);
        QCOMPARE(f.at(1).invitationsSent, 1);
        QCOMPARE(*f.at(1).acceptanceRate, 1.0);
        QCOMPARE(f.at(2).invitationsSent, 1);
        QCOMPARE(f.at(2).invitationsDecided, 0);
        QVERIFY(!f.at(2).acceptanceRate);

        QCOMPARE(f.at(0).inmailsSent, 0);
        QVERIFY(!f.at(0).responseRate);
        QCOMPARE(f.at(1).inmailsSent, 3);
        QCOMPARE(f.at(1).inmailsAnswered, 2);
        QCOMPARE(*f.at(1).responseRate, 2.0 / 3.0);
        QCOMPARE(f.at(2).inmailsSent, 1);
        QCOMPARE(f.at(2).inmailsAnswered, 1);

        QCOMPARE(f.at(0).followersConverted, 0);
        QCOMPARE(f.at(1).followersConverted, 2);
        QCOMPARE(f.at(2).followersConverted, 1);

        // Only today's month is partial; a month with nothing to divide by
        // has no rate at all (no zero): April's InMails, June's invitations.
        QVERIFY(!f.at(0).partial);
        QVERIFY(!f.at(1).partial);
        QVERIFY(f.at(2).partial);
        QCOMPARE(f.at(0).inmailsAnswered, 0);
        QVERIFY(!f.at(0).responseRate.has_value());
        QVERIFY(!f.at(2).acceptanceRate.has_value());
        // On a month's last day that month is complete.
        const QList<FunnelPeriod> lastDay = queries.funnel(QDate(2026, 5, 31), 2, &error);
        QCOMPARE(lastDay.size(), 2);
        QVERIFY(!lastDay.at(1).partial);
        QCOMPARE(lastDay.at(1).start, QDate(2026, 5, 1));

        // The total divides the sums: 2 accepted ÷ 4 decided, 3 answered ÷ 4
        // sent (not the average of the months' rates), partial like June.
        const FunnelPeriod total = FunnelPeriod::total(f);
        QCOMPARE(total.start, QDate(2026, 4, 1));
        QCOMPARE(total.end, QDate(2026, 6, 30));
        QVERIFY(total.partial);
        QCOMPARE(total.invitationsSent, 5);
        QCOMPARE(total.invitationsAccepted, 2);
        QCOMPARE(total.invitationsDecided, 4);
        QCOMPARE(*total.acceptanceRate, 0.5);
        QCOMPARE(total.inmailsSent, 4);
        QCOMPARE(total.inmailsAnswered, 3);
        QCOMPARE(*total.responseRate, 0.75);
        QCOMPARE(total.followersConverted, 3);
        // Nothing sent in any month: no rates.
        const FunnelPeriod none = FunnelPeriod::total({f.at(0)});
        QVERIFY(!none.responseRate.has_value());
        QVERIFY(none.acceptanceRate.has_value());
        QVERIFY(!FunnelPeriod::total({}).acceptanceRate.has_value());

        // As of an earlier day, the later months' outcomes are not known yet.
        const QList<FunnelPeriod> early = queries.funnel(QDate(2026, 4, 12), 1, &error);
        QCOMPARE(early.size(), 1);
        QCOMPARE(early.at(0).invitationsSent, 2); // C's was sent on 16 April
        QCOMPARE(early.at(0).invitationsAccepted, 1);
    }

    void tierCounts()
    {
        Database db;
        QVERIFY(open(db));
        test::QueueScenario s{db, QDate::currentDate(), {}, {}};
        QVERIFY(s.load(u"c a; e a follow -1;"
                       "c b; e b comment -2;"
                       "c c; e c like -3; e c comment -200;"
                       "c d; e d comment -200;"
                       "c e; c f;"
                       "c g; e g view -10"_s));
        InsightsQueries queries(db);
        QString error;
        const QList<TierCount> tiers = queries.tierCounts(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tiers.size(), 13);
        const int expected[13] = {1, 1, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 2};
        for (int i = 0; i < 13; ++i) {
            QCOMPARE(tiers.at(i).key, i + 1);
            QCOMPARE(tiers.at(i).count, expected[i]);
        }
    }

    void unreadableTierCountsSaySo()
    {
        Database db;
        QVERIFY(open(db));
        QVERIFY(QSqlQuery(db.connection()).exec(u"DROP TABLE tier_count"_s));
        QString error;
        QVERIFY(InsightsQueries(db).tierCounts(&error).isEmpty());
        QVERIFY2(error.startsWith(u"Could not read the contacts per tier: "_s), qPrintable(error));
        QVERIFY2(!error.contains(u"no such table"_s), qPrintable(error));
    }

    void countsKeptByTriggers()
    {
        // tier_count and first_follow_on follow every write path: logging,
        // removing events, deleting contacts and tiers moving on a new day;
        // compared with counting from scratch.
        Database db;
        QVERIFY(open(db));
        const QDate today = QDate::currentDate();
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(u"c a deg=1 conn=-5; e a follow -30; e a follow -60;"
                       "c b deg=1 conn=-5; e b follow -5;"
                       "c c; e c comment -2; e c follow -1;"
                       "c d; c e; e e view -400"_s));
        const auto check = [&db](const char *when) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM tier_count t WHERE t.contacts <> "
                           "(SELECT count(*) FROM contact c WHERE c.tier_key = t.tier_key)"_s));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 0, when);
            QVERIFY(q.exec(u"SELECT count(*) FROM contact c WHERE c.first_follow_on <> "
                           "coalesce((SELECT min(happened_on) FROM engagement e "
                           "WHERE e.contact_id = c.id AND e.kind = 'follow'), '')"_s));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 0, when);
        };
        check("after loading");
        InsightsQueries queries(db);
        // a followed 60 days before connecting; b on the connection day (not
        // a conversion).
        int converted = 0;
        for (const FunnelPeriod &p : queries.funnel(today, 2))
            converted += p.followersConverted;
        QCOMPARE(converted, 1);

        EngagementStore engagement(db);
        QString error;
        QSqlQuery ids(db.connection());
        QVERIFY(ids.exec(u"SELECT id FROM engagement WHERE kind = 'follow' "
                         "ORDER BY happened_on LIMIT 1"_s));
        QVERIFY(ids.next());
        QVERIFY2(engagement.remove(ids.value(0).toLongLong(), &error), qPrintable(error));
        ids.finish();
        check("after removing a's first follow");
        QVERIFY(ContactStore(db).remove(s.ids.value(u"c"_s), &error));
        check("after deleting a contact");
        // A shorter window lapses tiers; a full rebuild rewrites them all.
        QVERIFY2(engagement.setWindowDays(3, &error), qPrintable(error));
        QVERIFY(engagement.refreshTiers(&error));
        check("after tiers lapsed");
        QVERIFY(engagement.rebuildSummaries(&error));
        check("after a rebuild");
        int total = 0;
        for (const TierCount &t : queries.tierCounts())
            total += t.count;
        QCOMPARE(total, 4);
    }
};

QTEST_GUILESS_MAIN(tst_InsightsQueries)
#include "tst_insightsqueries.moc"
