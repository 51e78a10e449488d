// Posts and articles, their metric history, and the Content page's numbers.

#include "db/Database.h"
#include "domain/ContentKindSummary.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContentStore> m_store;
    int m_run = 0;

    ContentPiece piece(ContentKind kind, const QString &title, const QString &url = {},
                       const QDate &published = {})
    {
        ContentPiece p;
        p.kind = kind;
        p.title = title;
        p.url = url;
        p.publishedOn = published;
        QString error;
        if (!m_store->add(p, &error))
            qWarning() << error;
        return p;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"c%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_store = std::make_unique<ContentStore>(m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.close();
    }

    void addUpdateRemove()
    {
        ContentPiece p =
            piece(ContentKind::Article, u"  Articles vs posts "_s,
                  u"https://www.linkedin.com/pulse/articles-vs-posts"_s, QDate(2026, 10, 1));
        QVERIFY(p.id > 0);
        QCOMPARE(p.title, u"Articles vs posts"_s);
        QCOMPARE(*m_store->get(p.id), p);
        QCOMPARE(m_store->findByUrl(p.url)->id, p.id);
        p.kind = ContentKind::Post;
        p.title = u"Renamed"_s;
        QString error;
        QVERIFY(m_store->update(p, &error));
        QCOMPARE(*m_store->get(p.id), p);
        QVERIFY(m_store->remove(p.id, &error));
        QVERIFY(!m_store->get(p.id));
        QVERIFY(!m_store->remove(p.id, &error));
        QVERIFY(error.contains(QString::number(p.id)));
    }

    void invalidPiecesAreRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("no title") << u"  "_s << QString() << u"title"_s;
        QTest::newRow("not a web address") << u"T"_s << u"linkedin post 5"_s << u"https://"_s;
        QTest::newRow("ftp") << u"T"_s << u"ftp://example.com/x"_s << u"https://"_s;
        QTest::newRow("same address twice")
            << u"T"_s << u"https://example.com/first"_s << u"already has this address"_s;
    }
    void invalidPiecesAreRefused()
    {
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(QString, message);
        piece(ContentKind::Post, u"First"_s, u"https://example.com/first"_s);
        ContentPiece p;
        p.title = title;
        p.url = url;
        QString error;
        QVERIFY(!m_store->add(p, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(m_store->all().size(), 1);
    }

    void metricsHistoryAndLatest()
    {
        const ContentPiece p = piece(ContentKind::Post, u"Hiring in 2027"_s);
        QString error;
        ContentMetrics m1{0, p.id, QDate(2026, 11, 1), 1200, 30, 4, 1};
        ContentMetrics m2{0, p.id, QDate(2026, 11, 8), 8000, 60, 10, 2};
        QVERIFY2(m_store->addMetrics(m2, &error), qPrintable(error));
        QVERIFY(m_store->addMetrics(m1, &error));
        QCOMPARE(m_store->metrics(p.id).size(), 2);
        QCOMPARE(m_store->metrics(p.id).first().takenOn, QDate(2026, 11, 1));
        QCOMPARE(m_store->statsFor(p.id)->latest->views, 8000);
        // Same day again replaces that day's numbers.
        ContentMetrics again{0, p.id, QDate(2026, 11, 8), 8100, 61, 10, 2};
        QVERIFY(m_store->addMetrics(again, &error));
        QCOMPARE(again.id, m2.id);
        QCOMPARE(m_store->metrics(p.id).size(), 2);
        QCOMPARE(m_store->statsFor(p.id)->latest->views, 8100);
        ContentMetrics bad{0, p.id, QDate(2026, 11, 9), -1, 0, 0, 0};
        QVERIFY(!m_store->addMetrics(bad, &error));
        QVERIFY(error.contains(u"negative"_s));
        ContentMetrics orphan{0, 999, QDate(2026, 11, 9), 1, 0, 0, 0};
        QVERIFY(!m_store->addMetrics(orphan, &error));
        // A reading with nothing in it is refused, naming what to give.
        ContentMetrics empty{0, p.id, QDate(2026, 11, 9), {}, {}, {}, {}};
        QVERIFY(!m_store->addMetrics(empty, &error));
        QVERIFY2(error.contains(u"at least one"_s), qPrintable(error));
        QCOMPARE(m_store->metrics(p.id).size(), 2);
        QVERIFY(m_store->removeMetrics(m1.id, &error));
        QCOMPARE(m_store->metrics(p.id).size(), 1);
    }

    void statsCountEngagersAndLikeShare()
    {
        ContactStore contacts(m_db);
        EngagementStore engagement(m_db);
        engagement.setToday(QDate(2026, 11, 22));
        const ContentPiece post = piece(ContentKind::Post, u"A post"_s, {}, QDate(2026, 11, 2));
        const ContentPiece article =
            piece(ContentKind::Article, u"An article"_s, {}, QDate(2026, 11, 10));
        QString error;
        QList<qint64> people;
        for (int i = 0; i < 4; ++i) {
            Contact c;
            c.firstName = u"Person"_s;
            c.lastName = QString::number(i);
            QVERIFY(contacts.add(c, &error));
            people << c.id;
        }
        // Person 0 likes and comments (one engager), 1 likes, 2 shares, 3 views the profile.
        const auto log = [&](int who, EngagementKind kind, qint64 on) {
            Engagement e;
            e.contactId = people[who];
            e.kind = kind;
            e.date = QDate(2026, 11, 12);
            e.contentId = on;
            return engagement.log(e, &error);
        };
        QVERIFY(log(0, EngagementKind::Like, post.id));
        QVERIFY(log(0, EngagementKind::Comment, post.id));
        QVERIFY(log(1, EngagementKind::Like, post.id));
        QVERIFY(log(2, EngagementKind::Share, post.id));
        QVERIFY(log(3, EngagementKind::Follow, post.id));
        QVERIFY(log(3, EngagementKind::Comment, article.id));

        const QList<ContentStats> rows = m_store->stats();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].piece.id, article.id); // newest first
        const ContentStats &p = rows[1];
        QCOMPARE(p.loggedEngagers, 3);
        QCOMPARE(p.loggedLikes, 2);
        QCOMPARE(p.loggedEngagements, 4);
        // No reading: no rate and no like share; what was logged never
        // stands in for LinkedIn's counts.
        QVERIFY(!p.engagementRate());
        QCOMPARE(p.rate().status(), EngagementRate::Status::NoNumbers);
        QVERIFY(!p.likeShare());
        // 300 views, 8 + 1 + 1 = 10 engagements: 10 / 300, not 3 logged / 300.
        ContentMetrics m{0, post.id, QDate(2026, 11, 20), 300, 8, 1, 1};
        QVERIFY(m_store->addMetrics(m, &error));
        const ContentStats withViews = *m_store->statsFor(post.id);
        QCOMPARE(*withViews.engagementRate(), 10.0 / 300.0);
        QCOMPARE(withViews.rate().text(), u"3.3 %"_s);
        QCOMPARE(*withViews.likeShare(), 0.8);
        QCOMPARE(withViews.loggedEngagers, 3);
    }

    void engagersListWhoEngagedNewestFirst()
    {
        ContactStore contacts(m_db);
        EngagementStore engagement(m_db);
        engagement.setToday(QDate(2026, 11, 22));
        const ContentPiece post = piece(ContentKind::Post, u"A post"_s, {}, QDate(2026, 11, 2));
        const ContentPiece other = piece(ContentKind::Post, u"Other"_s, {}, QDate(2026, 11, 3));
        QString error;
        const auto person = [&](const QString &first, const QString &last) {
            Contact c;
            c.firstName = first;
            c.lastName = last;
            if (!contacts.add(c, &error))
                qWarning() << error;
            return c.id;
        };
        const qint64 anna = person(u"Anna"_s, u"Berg"_s);
        const qint64 bo = person(u"Bo"_s, u"Alm"_s);
        const qint64 cem = person(u"Cem"_s, QString());
        const auto log = [&](qint64 who, EngagementKind kind, const QDate &on, qint64 piece) {
            Engagement e;
            e.contactId = who;
            e.kind = kind;
            e.date = on;
            e.contentId = piece;
            if (!engagement.log(e, &error))
                qWarning() << error;
            return e.id;
        };
        const qint64 annaLike = log(anna, EngagementKind::Like, QDate(2026, 11, 3), post.id);
        const qint64 annaComment = log(anna, EngagementKind::Comment, QDate(2026, 11, 5), post.id);
        const qint64 boShare = log(bo, EngagementKind::Share, QDate(2026, 11, 3), post.id);
        const qint64 cemComment = log(cem, EngagementKind::Comment, QDate(2026, 11, 4), other.id);
        log(cem, EngagementKind::Follow, QDate(2026, 11, 6), 0); // on no piece

        const QList<ContentEngager> rows = m_store->engagers(post.id);
        // Newest first; on the same day by last name (Alm before Berg).
        const QList<ContentEngager> expected = {
            {annaComment, anna, u"Anna Berg"_s, EngagementKind::Comment, QDate(2026, 11, 5)},
            {boShare, bo, u"Bo Alm"_s, EngagementKind::Share, QDate(2026, 11, 3)},
            {annaLike, anna, u"Anna Berg"_s, EngagementKind::Like, QDate(2026, 11, 3)},
        };
        QCOMPARE(rows, expected);
        const QList<ContentEngager> others = m_store->engagers(other.id);
        QCOMPARE(others.size(), 1);
        QCOMPARE(others.first().engagementId, cemComment);
        QCOMPARE(others.first().name, u"Cem"_s);
        QVERIFY(m_store->engagers(other.id + 100).isEmpty());
        // A deleted piece keeps its events, unattached: nobody is listed for it.
        QVERIFY(m_store->remove(post.id, &error));
        QVERIFY(m_store->engagers(post.id).isEmpty());
    }

    void unknownCountsStayUnknown()
    {
        const ContentPiece p = piece(ContentKind::Post, u"Counts"_s);
        QString error;
        // Views only: the counts are NULL in the file, nullopt in memory.
        ContentMetrics viewsOnly{0, p.id, QDate(2026, 11, 1), 200, {}, {}, {}};
        QVERIFY2(m_store->addMetrics(viewsOnly, &error), qPrintable(error));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"SELECT views, reactions IS NULL, comments IS NULL, shares IS NULL "
                       "FROM content_metric"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 200);
        QVERIFY(q.value(1).toBool() && q.value(2).toBool() && q.value(3).toBool());
        ContentStats s = *m_store->statsFor(p.id);
        QCOMPARE(s.latest->views, std::optional<int>(200));
        QVERIFY(!s.latest->reactions && !s.latest->comments && !s.latest->shares);
        QCOMPARE(s.rate().status(), EngagementRate::Status::NoCounts);
        QCOMPARE(s.rate().text(), u"no counts"_s);
        QVERIFY(!s.likeShare());
        QCOMPARE(m_store->metrics(p.id).first(), viewsOnly);

        // A later reading with zeros is zeros, not unknown.
        ContentMetrics zeros{0, p.id, QDate(2026, 11, 2), 0, 0, 0, 0};
        QVERIFY(m_store->addMetrics(zeros, &error));
        s = *m_store->statsFor(p.id);
        QCOMPARE(s.latest->reactions, std::optional<int>(0));
        QCOMPARE(s.rate().status(), EngagementRate::Status::ZeroViews);
        QCOMPARE(s.rate().text(), u"—"_s);
        QVERIFY(!s.engagementRate());

        // Replacing a day with fewer counts makes the missing ones unknown.
        ContentMetrics partial{0, p.id, QDate(2026, 11, 2), 250, 7, {}, 1};
        QVERIFY(m_store->addMetrics(partial, &error));
        QCOMPARE(partial.id, zeros.id);
        s = *m_store->statsFor(p.id);
        QVERIFY(!s.latest->comments);
        QCOMPARE(s.rate().status(), EngagementRate::Status::IncompleteCounts);
        QCOMPARE(s.rate().text(), u"counts incomplete"_s);
    }

    void postsVersusArticlesSummary()
    {
        // DOMAIN.md, seed 004: articles ~800 views and 129 engaging (about 1
        // in 6); posts ~8,000 views and 72 (under 1 in 100). Engagements are
        // LinkedIn's counts; the engagers logged are their own number.
        QList<ContentStats> rows;
        const auto add = [&](ContentKind kind, std::optional<ContentMetrics> reading,
                             int engagers) {
            ContentStats s;
            s.piece.kind = kind;
            s.latest = reading;
            s.loggedEngagers = engagers;
            rows << s;
        };
        const auto reading = [](std::optional<int> views, std::optional<int> reactions,
                                std::optional<int> comments, std::optional<int> shares) {
            return ContentMetrics{0, 0, QDate(2026, 1, 1), views, reactions, comments, shares};
        };
        // 700 views, 80 + 20 + 10 = 110; 900 views, 100 + 30 + 19 = 149:
        // 259 / 1600 = 16.2 %, not the mean of the two rates.
        add(ContentKind::Article, reading(700, 80, 20, 10), 5);
        add(ContentKind::Article, reading(900, 100, 30, 19), 7);
        add(ContentKind::Post, reading(7000, 50, 10, 2), 70);
        add(ContentKind::Post, reading(9000, 9, 1, 1), 74);
        add(ContentKind::Post, std::nullopt, 3);             // no numbers: counted, no rate
        add(ContentKind::Post, reading(500, {}, {}, {}), 0); // views, no counts
        add(ContentKind::Post, reading(0, 0, 0, 0), 0);      // no views to divide by
        add(ContentKind::Post, reading(400, 10, {}, 1), 1);  // counts incomplete
        const ContentKindSummary articles = ContentKindSummary::of(rows, ContentKind::Article);
        QCOMPARE(articles.pieces, 2);
        QCOMPARE(articles.piecesCounted, 2);
        QCOMPARE(articles.views, qint64(1600));
        QCOMPARE(articles.engagements, qint64(259));
        QCOMPARE(articles.averageViews, 800.0);
        QCOMPARE(articles.averageEngagements, 129.5);
        QCOMPARE(articles.averageLoggedEngagers, 6.0);
        QCOMPARE(*articles.rate.value(), 259.0 / 1600.0);
        QCOMPARE(articles.rate.text(), u"16.2 %"_s);

        const ContentKindSummary posts = ContentKindSummary::of(rows, ContentKind::Post);
        QCOMPARE(posts.pieces, 6);
        QCOMPARE(posts.piecesWithNumbers, 5);
        QCOMPARE(posts.piecesWithViews, 4);
        QCOMPARE(posts.piecesCounted, 2);
        QCOMPARE(posts.views, qint64(16000));
        QCOMPARE(posts.engagements, qint64(73));
        QCOMPARE(posts.averageViews, (7000.0 + 9000 + 500 + 400) / 4);
        QCOMPARE(*posts.rate.value(), 73.0 / 16000.0); // 0.456 %
        QCOMPARE(posts.rate.text(), u"0.5 %"_s);
        QCOMPARE(posts.loggedEngagers, qint64(148));

        // A group without any piece to count says why.
        QCOMPARE(ContentKindSummary::of({}, ContentKind::Post).rate.text(), u"—"_s);
        QVERIFY(!ContentKindSummary::of({}, ContentKind::Post).rate.value());
        const QList<ContentStats> noCounts{rows.at(5)};
        QCOMPARE(ContentKindSummary::of(noCounts, ContentKind::Post).rate.text(), u"no counts"_s);
        const QList<ContentStats> zero{rows.at(6)};
        QCOMPARE(ContentKindSummary::of(zero, ContentKind::Post).rate.status(),
                 EngagementRate::Status::ZeroViews);
    }

    void seedArticlesAre16Point1Percent()
    {
        // The seed: 129 engaging of 800 views = 16.125 % -> "16.1 %".
        ContentStats s;
        s.piece.kind = ContentKind::Article;
        s.latest = ContentMetrics{1, 1, QDate(2026, 1, 1), 800, 90, 27, 12};
        QCOMPARE(*s.engagementRate(), 129.0 / 800.0);
        QCOMPARE(s.rate().text(), u"16.1 %"_s);
        QCOMPARE(s.rate().explanation(),
                 u"(reactions + comments + shares) ÷ views = 129 ÷ 800 = 16.1 %"_s);
        QCOMPARE(*s.likeShare(), 90.0 / 129.0);
        const ContentKindSummary articles = ContentKindSummary::of({s}, ContentKind::Article);
        QCOMPARE(articles.rate.text(), u"16.1 %"_s);
        QCOMPARE(articles.rate.text(QLocale(QLocale::German)), u"16,1 %"_s);
    }

    void rateAtItsEdges()
    {
        using Status = EngagementRate::Status;
        const auto of = [](std::optional<int> views, std::optional<int> reactions,
                           std::optional<int> comments, std::optional<int> shares) {
            return EngagementRate::ofReading(
                ContentMetrics{0, 1, QDate(2026, 1, 1), views, reactions, comments, shares});
        };
        QCOMPARE(EngagementRate::ofReading(std::nullopt).status(), Status::NoNumbers);
        QCOMPARE(EngagementRate::ofReading(std::nullopt).statusName(), u"no_numbers"_s);
        QCOMPARE(of({}, 1, 2, 3).status(), Status::NoViews);
        QCOMPARE(of({}, 1, 2, 3).text(), u"—"_s);
        QCOMPARE(of(0, 1, 2, 3).status(), Status::ZeroViews);
        QCOMPARE(of(0, 1, 2, 3).text(), u"—"_s);
        QCOMPARE(of(0, 1, 2, 3).statusName(), u"zero_views"_s);
        QCOMPARE(of(10, {}, {}, {}).statusName(), u"no_counts"_s);
        QCOMPARE(of(10, 1, 1, {}).statusName(), u"counts_incomplete"_s);
        // Zero engagements is a rate of 0, not unknown.
        QCOMPARE(of(10, 0, 0, 0).text(), u"0.0 %"_s);
        QCOMPARE(*of(10, 0, 0, 0).value(), 0.0);
        // More engagements than views (a reader can react and comment).
        QCOMPARE(of(2, 2, 1, 0).text(), u"150.0 %"_s);
        // Large counts do not overflow int.
        const EngagementRate big = of(1000000000, 2000000000, 2000000000, 2000000000);
        QCOMPARE(big.engagements(), qint64(6000000000));
        QCOMPARE(*big.value(), 6.0);
        QCOMPARE(EngagementRate::ofTotals(5, 0).status(), Status::ZeroViews);
        QCOMPARE(of(10, {}, {}, {}).explanation(),
                 u"(reactions + comments + shares) ÷ views; reactions, comments and shares are "
                 "not known, so no rate is guessed."_s);
    }
};

QTEST_GUILESS_MAIN(tst_ContentStore)
#include "tst_contentstore.moc"
