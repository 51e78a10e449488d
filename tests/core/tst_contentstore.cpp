// Posts and articles, their metric history, and the Content page's numbers.

#include "db/Database.h"
#include "domain/ContentKindSummary.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"

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
        QCOMPARE(p.engagers, 3);
        QCOMPARE(p.likes, 2);
        QCOMPARE(p.engagements, 4);
        QVERIFY(!p.engagementRate());  // no views yet
        QCOMPARE(*p.likeShare(), 0.5); // from the logged events
        ContentMetrics m{0, post.id, QDate(2026, 11, 20), 300, 8, 1, 1};
        QVERIFY(m_store->addMetrics(m, &error));
        const ContentStats withViews = *m_store->statsFor(post.id);
        QCOMPARE(*withViews.engagementRate(), 3.0 / 300.0);
        QCOMPARE(*withViews.likeShare(), 0.8); // LinkedIn's own counts win
    }

    void postsVersusArticlesSummary()
    {
        // DOMAIN.md, seed 004: articles ~800 views and 129 engagers (about
        // 1 in 6); posts ~8,000 views and 72 engagers (under 1 in 100).
        QList<ContentStats> rows;
        const auto add = [&](ContentKind kind, int views, int engagers) {
            ContentStats s;
            s.piece.kind = kind;
            if (views >= 0)
                s.latest = ContentMetrics{0, 0, QDate(2026, 1, 1), views, 0, 0, 0};
            s.engagers = engagers;
            rows << s;
        };
        add(ContentKind::Article, 700, 120);
        add(ContentKind::Article, 900, 138);
        add(ContentKind::Post, 7000, 70);
        add(ContentKind::Post, 9000, 74);
        add(ContentKind::Post, -1, 3); // no numbers yet: counted, not in the rate
        const ContentKindSummary articles = ContentKindSummary::of(rows, ContentKind::Article);
        QCOMPARE(articles.pieces, 2);
        QCOMPARE(articles.averageViews, 800.0);
        QCOMPARE(articles.averageEngagers, 129.0);
        QVERIFY(qAbs(*articles.rate - 0.16125) < 1e-9);
        const ContentKindSummary posts = ContentKindSummary::of(rows, ContentKind::Post);
        QCOMPARE(posts.pieces, 3);
        QCOMPARE(posts.piecesWithViews, 2);
        QCOMPARE(posts.averageViews, 8000.0);
        QCOMPARE(*posts.rate, 144.0 / 16000.0);
        QVERIFY(*posts.rate < 0.01);
        QVERIFY(!ContentKindSummary::of({}, ContentKind::Post).rate);
    }
};

QTEST_GUILESS_MAIN(tst_ContentStore)
#include "tst_contentstore.moc"
