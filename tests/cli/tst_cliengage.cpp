// rapport-cli engage, content add|metrics|list and the tier options of
// contacts list and export, run as the real binary: what is printed, the
// exit status, and what the database holds afterwards.

#include "db/Database.h"
#include "domain/Engagement.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"

#include "CliProcess.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString daysAgo(int days)
{
    return isoDate(QDate::currentDate().addDays(-days));
}

QStringList ids(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << QString::number(v.toObject().value(u"id"_s).toInteger());
    return list;
}

} // namespace

class tst_CliEngage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void engageEachKind_data();
    void engageEachKind();
    void engageTextOnContentByIdAndUrl();
    void bestRecentTierWinsAndOldOnesLapse();
    void futureDateFailsAndWritesNothing();
    void unknownContactOrContentFails();
    void badUsage_data();
    void badUsage();
    void badUsageLeavesNoDatabase();

    void contentAddMetricsList();
    void contentRatesAndSummary();
    void contentFailures();
    void contentUnknownCountsAndEdges();

    void showAndJsonCarryTier();
    void listFiltersByTier();
    void listSortsByTierAndLastEngaged();
    void tiersAreBroughtUpToDateOnOpen();
    void laterSortsStillRefused();
    void exportCsvByTier();
    void helpListsEngageAndContent();

private:
    Run cli(const QStringList &args);
    QString addContact(const QString &first, const QString &last);
    QString addContent(const QString &kind, const QString &title, const QString &url = {});
    QString engage(const QString &kind, const QString &contact, const QStringList &extra = {});
    int engagementCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_CliEngage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"test.sqlite"_s);
}

void tst_CliEngage::cleanup()
{
    m_dir.reset();
}

Run tst_CliEngage::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                           CliProcess::isolated(m_dir->path()));
}

QString tst_CliEngage::addContact(const QString &first, const QString &last)
{
    const Run r = cli({u"contacts"_s, u"add"_s, u"--first"_s, first, u"--last"_s, last});
    if (r.exitCode != 0)
        qWarning("contacts add failed: %s", qPrintable(r.err));
    return r.out.trimmed();
}

QString tst_CliEngage::addContent(const QString &kind, const QString &title, const QString &url)
{
    QStringList args{u"content"_s, u"add"_s, kind, u"--title"_s, title};
    if (!url.isEmpty())
        args << u"--url"_s << url;
    const Run r = cli(args);
    if (r.exitCode != 0)
        qWarning("content add failed: %s", qPrintable(r.err));
    return r.out.trimmed();
}

QString tst_CliEngage::engage(const QString &kind, const QString &contact, const QStringList &extra)
{
    const Run r = cli(QStringList{u"engage"_s, kind, contact} + extra);
    if (r.exitCode != 0)
        qWarning("engage failed: %s", qPrintable(r.err));
    return r.out.trimmed();
}

int tst_CliEngage::engagementCount()
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(m_dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM engagement"_s) && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return count;
}

void tst_CliEngage::engageEachKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("tier"); // empty: none
    QTest::newRow("follow") << u"follow"_s << u"follower"_s;
    QTest::newRow("comment") << u"comment"_s << u"commenter"_s;
    QTest::newRow("share-comment") << u"share-comment"_s << u"sharer-with-comment"_s;
    QTest::newRow("share") << u"share"_s << u"naked-sharer"_s;
    QTest::newRow("view") << u"view"_s << u"profile-viewer"_s;
    QTest::newRow("like") << u"like"_s << u"liker"_s;
    QTest::newRow("unfollow") << u"unfollow"_s << QString();
}

void tst_CliEngage::engageEachKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, tier);
    const QString id = addContact(u"Ana"_s, u"Lima"_s);

    // No --date: today, in local time.
    const Run r = cli({u"--json"_s, u"engage"_s, kind, u"Ana Lima"_s, u"--note"_s, u"hi"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QVERIFY(o.value(u"id"_s).toInteger() > 0);
    QCOMPARE(QString::number(o.value(u"contact_id"_s).toInteger()), id);
    QCOMPARE(o.value(u"kind"_s).toString(), kind);
    QCOMPARE(o.value(u"date"_s).toString(), isoDate(QDate::currentDate()));
    QVERIFY(o.contains(u"content_id"_s) && o.value(u"content_id"_s).isNull());
    QCOMPARE(o.value(u"note"_s).toString(), u"hi"_s);
    if (tier.isEmpty())
        QVERIFY(o.value(u"tier"_s).isNull());
    else
        QCOMPARE(o.value(u"tier"_s).toString(), tier);
    QCOMPARE(o.value(u"tier_lapsed"_s), QJsonValue(false));
    QCOMPARE(engagementCount(), 1);

    // The text form says the same.
    const Run text = cli({u"engage"_s, kind, id, u"--date"_s, daysAgo(1)});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out, u"Logged %1 by Ana Lima on %2. Tier: %3.\n"_s.arg(
                           kind, daysAgo(1), tier.isEmpty() ? u"none"_s : tier));
}

void tst_CliEngage::engageTextOnContentByIdAndUrl()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const QString url = u"https://www.linkedin.com/pulse/articles-vs-posts-ana/"_s;
    const QString article = addContent(u"article"_s, u"Articles vs posts"_s, url);
    QVERIFY(!article.isEmpty());

    const Run byUrl = cli(
        {u"engage"_s, u"comment"_s, u"Ana Lima"_s, u"--on"_s, url, u"--date"_s, u"2026-11-20"_s});
    QCOMPARE(byUrl.exitCode, 0);
    QCOMPARE(byUrl.out, u"Logged comment by Ana Lima on 2026-11-20 (on \"Articles vs posts\"). "
                        "Tier: commenter.\n"_s);

    // The address as people paste it: without the scheme or the last slash.
    const Run loose = cli({u"--json"_s, u"engage"_s, u"like"_s, u"Ana Lima"_s, u"--on"_s,
                           u"www.linkedin.com/pulse/articles-vs-posts-ana"_s});
    QCOMPARE(loose.exitCode, 0);
    QCOMPARE(QString::number(loose.json().value(u"content_id"_s).toInteger()), article);

    const Run byId = cli({u"--json"_s, u"engage"_s, u"share"_s, u"Ana Lima"_s, u"--on"_s, article});
    QCOMPARE(byId.exitCode, 0);
    QCOMPARE(QString::number(byId.json().value(u"content_id"_s).toInteger()), article);
    QCOMPARE(byId.json().value(u"tier"_s).toString(), u"commenter"_s);
    QCOMPARE(engagementCount(), 3);

    const QJsonObject listed = cli({u"--json"_s, u"content"_s, u"list"_s}).json();
    const QJsonObject piece = listed.value(u"pieces"_s).toArray().first().toObject();
    QCOMPARE(piece.value(u"engagers_logged"_s).toInt(), 1); // one person, three events
    // Logged events never stand in for LinkedIn's counts.
    QVERIFY(piece.value(u"engagements"_s).isNull());
    QVERIFY(piece.value(u"engagement_rate"_s).isNull());
}

void tst_CliEngage::bestRecentTierWinsAndOldOnesLapse()
{
    addContact(u"Ana"_s, u"Lima"_s);
    // A like 200 days ago has left the 90-day window: lapsed.
    const Run old =
        cli({u"--json"_s, u"engage"_s, u"like"_s, u"Ana Lima"_s, u"--date"_s, daysAgo(200)});
    QCOMPARE(old.exitCode, 0);
    QCOMPARE(old.json().value(u"tier"_s).toString(), u"liker"_s);
    QCOMPARE(old.json().value(u"tier_lapsed"_s), QJsonValue(true));
    const Run oldText = cli({u"engage"_s, u"like"_s, u"Ana Lima"_s, u"--date"_s, daysAgo(150)});
    QVERIFY2(oldText.out.endsWith(u"Tier: liker (lapsed).\n"_s), qPrintable(oldText.out));

    // A recent like beats an old one; a recent comment beats a like.
    QVERIFY(engage(u"like"_s, u"Ana Lima"_s).endsWith(u"Tier: liker."_s));
    QVERIFY(engage(u"comment"_s, u"Ana Lima"_s, {u"--date"_s, daysAgo(10)})
                .endsWith(u"Tier: commenter."_s));
    QVERIFY(engage(u"like"_s, u"Ana Lima"_s).endsWith(u"Tier: commenter."_s));
    // An old follow does not outrank a recent comment.
    QVERIFY(engage(u"follow"_s, u"Ana Lima"_s, {u"--date"_s, daysAgo(400)})
                .endsWith(u"Tier: commenter."_s));
}

void tst_CliEngage::futureDateFailsAndWritesNothing()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const QString tomorrow = isoDate(QDate::currentDate().addDays(1));
    const Run r = cli({u"engage"_s, u"like"_s, u"Ana Lima"_s, u"--date"_s, tomorrow});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(tomorrow) && r.err.contains(u"future"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(engagementCount(), 0);
    const QJsonObject shown = cli({u"--json"_s, u"contacts"_s, u"show"_s, u"Ana Lima"_s}).json();
    QVERIFY(shown.value(u"tier"_s).isNull());
    QVERIFY(shown.value(u"last_engaged_on"_s).isNull());
}

void tst_CliEngage::unknownContactOrContentFails()
{
    addContact(u"Ana"_s, u"Lima"_s);
    const Run nobody = cli({u"engage"_s, u"like"_s, u"Bea Nobody"_s});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains(u"Bea Nobody"_s), qPrintable(nobody.err));
    const Run badId = cli({u"engage"_s, u"like"_s, u"999"_s});
    QCOMPARE(badId.exitCode, 1);

    const Run noPiece = cli({u"engage"_s, u"like"_s, u"Ana Lima"_s, u"--on"_s, u"42"_s});
    QCOMPARE(noPiece.exitCode, 1);
    QVERIFY2(noPiece.err.contains(u"42"_s), qPrintable(noPiece.err));
    const Run noUrl = cli({u"engage"_s, u"like"_s, u"Ana Lima"_s, u"--on"_s,
                           u"https://www.linkedin.com/posts/nothing-here"_s});
    QCOMPARE(noUrl.exitCode, 1);
    QVERIFY2(noUrl.err.contains(u"nothing-here"_s), qPrintable(noUrl.err));
    QCOMPARE(engagementCount(), 0);
}

void tst_CliEngage::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("engage alone") << QStringList{u"engage"_s} << u"follow"_s;
    QTest::newRow("unknown kind") << QStringList{u"engage"_s, u"love"_s, u"1"_s} << u"love"_s;
    QTest::newRow("tier name as kind")
        << QStringList{u"engage"_s, u"commenter"_s, u"1"_s} << u"share-comment"_s;
    QTest::newRow("no contact") << QStringList{u"engage"_s, u"like"_s} << u"who"_s;
    QTest::newRow("two contacts") << QStringList{u"engage"_s, u"like"_s, u"Ana"_s, u"Lima"_s}
                                  << u"\"Jane Doe\""_s;
    QTest::newRow("bad date") << QStringList{u"engage"_s, u"like"_s, u"1"_s, u"--date"_s,
                                             u"20/11/2026"_s}
                              << u"YYYY-MM-DD"_s;
    QTest::newRow("empty --on") << QStringList{u"engage"_s, u"like"_s, u"1"_s, u"--on"_s, u" "_s}
                                << u"--on"_s;
    QTest::newRow("content alone") << QStringList{u"content"_s} << u"metrics"_s;
    QTest::newRow("content frob") << QStringList{u"content"_s, u"frob"_s} << u"frob"_s;
    QTest::newRow("add without kind")
        << QStringList{u"content"_s, u"add"_s, u"--title"_s, u"T"_s} << u"post"_s;
    QTest::newRow("add video") << QStringList{u"content"_s, u"add"_s, u"video"_s, u"--title"_s,
                                              u"T"_s}
                               << u"video"_s;
    QTest::newRow("add without title")
        << QStringList{u"content"_s, u"add"_s, u"post"_s} << u"--title"_s;
    QTest::newRow("add bad published")
        << QStringList{u"content"_s, u"add"_s,         u"post"_s,     u"--title"_s,
                       u"T"_s,       u"--published"_s, u"yesterday"_s}
        << u"--published"_s;
    QTest::newRow("metrics without views")
        << QStringList{u"content"_s, u"metrics"_s, u"1"_s} << u"--views"_s;
    QTest::newRow("metrics word views")
        << QStringList{u"content"_s, u"metrics"_s, u"1"_s, u"--views"_s, u"many"_s} << u"many"_s;
    QTest::newRow("metrics negative shares")
        << QStringList{u"content"_s, u"metrics"_s,  u"1"_s, u"--views"_s,
                       u"10"_s,      u"--shares"_s, u"-1"_s}
        << u"--shares"_s;
    QTest::newRow("metrics without content")
        << QStringList{u"content"_s, u"metrics"_s, u"--views"_s, u"10"_s} << u"which"_s;
    QTest::newRow("metrics bad date")
        << QStringList{u"content"_s, u"metrics"_s, u"1"_s,         u"--views"_s,
                       u"10"_s,      u"--date"_s,  u"2026-02-30"_s}
        << u"2026-02-30"_s;
    QTest::newRow("list with argument")
        << QStringList{u"content"_s, u"list"_s, u"posts"_s} << u"posts"_s;
}

void tst_CliEngage::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Usage: rapport-cli"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_CliEngage::badUsageLeavesNoDatabase()
{
    QCOMPARE(cli({u"engage"_s, u"love"_s, u"1"_s}).exitCode, 2);
    QCOMPARE(cli({u"content"_s, u"metrics"_s, u"1"_s, u"--views"_s, u"x"_s}).exitCode, 2);
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliEngage::contentAddMetricsList()
{
    const Run added = cli({u"--json"_s, u"content"_s, u"add"_s, u"article"_s, u"--title"_s,
                           u"Articles vs posts"_s, u"--url"_s, u"https://example.com/a"_s,
                           u"--published"_s, u"2026-10-01"_s});
    QCOMPARE(added.exitCode, 0);
    const QJsonObject addedJson = added.json();
    QCOMPARE(addedJson.keys(), QStringList{u"id"_s});
    const QString article = QString::number(addedJson.value(u"id"_s).toInteger());
    // Published defaults to today.
    const QString post = addContent(u"post"_s, u"Monday thoughts"_s);
    QVERIFY2(QRegularExpression(u"^\\d+$"_s).match(post).hasMatch(), qPrintable(post));

    const Run first = cli({u"content"_s, u"metrics"_s, article, u"--views"_s, u"700"_s, u"--date"_s,
                           u"2026-10-05"_s});
    QCOMPARE(first.exitCode, 0);
    const QString firstId = first.out.trimmed();
    QVERIFY(firstId.toLongLong() > 0);
    // By URL, a later day: a new snapshot, and the one the list shows.
    const Run second = cli({u"--json"_s, u"content"_s, u"metrics"_s, u"https://example.com/a"_s,
                            u"--views"_s, u"800"_s, u"--reactions"_s, u"100"_s, u"--comments"_s,
                            u"20"_s, u"--shares"_s, u"9"_s, u"--date"_s, u"2026-10-08"_s});
    QCOMPARE(second.exitCode, 0);
    const qint64 secondId = second.json().value(u"id"_s).toInteger();
    QVERIFY(secondId > firstId.toLongLong());
    // The same day again replaces that day's snapshot.
    const Run again = cli({u"content"_s, u"metrics"_s, article, u"--views"_s, u"750"_s, u"--date"_s,
                           u"2026-10-05"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(), firstId);

    const Run listed = cli({u"--json"_s, u"content"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray pieces = listed.json().value(u"pieces"_s).toArray();
    QCOMPARE(ids(pieces), (QStringList{post, article})); // newest first
    const QJsonObject a = pieces.at(1).toObject();
    QCOMPARE(a.value(u"kind"_s).toString(), u"article"_s);
    QCOMPARE(a.value(u"title"_s).toString(), u"Articles vs posts"_s);
    QCOMPARE(a.value(u"url"_s).toString(), u"https://example.com/a"_s);
    QCOMPARE(a.value(u"published_on"_s).toString(), u"2026-10-01"_s);
    QCOMPARE(a.value(u"metrics_on"_s).toString(), u"2026-10-08"_s);
    QCOMPARE(a.value(u"views"_s).toInt(), 800);
    QCOMPARE(a.value(u"reactions"_s).toInt(), 100);
    QCOMPARE(a.value(u"comments"_s).toInt(), 20);
    QCOMPARE(a.value(u"shares"_s).toInt(), 9);
    QCOMPARE(a.value(u"engagers_logged"_s).toInt(), 0);
    QCOMPARE(a.value(u"engagements"_s).toInt(), 129);
    QCOMPARE(a.value(u"engagement_rate"_s).toDouble(), 129.0 / 800.0);
    QCOMPARE(a.value(u"engagement_rate_status"_s).toString(), u"ok"_s);
    QCOMPARE(a.value(u"like_share"_s).toDouble(), 100.0 / 129.0);
    const QJsonObject p = pieces.at(0).toObject();
    QCOMPARE(p.value(u"published_on"_s).toString(), isoDate(QDate::currentDate()));
    QVERIFY(p.value(u"url"_s).isNull());
    for (const QString &key :
         {u"metrics_on"_s, u"views"_s, u"engagements"_s, u"engagement_rate"_s, u"like_share"_s})
        QVERIFY2(p.value(key).isNull(), qPrintable(key));
    QCOMPARE(p.value(u"engagement_rate_status"_s).toString(), u"no_numbers"_s);

    const QJsonObject summary = listed.json().value(u"summary"_s).toObject();
    QCOMPARE(summary.keys(), (QStringList{u"articles"_s, u"posts"_s}));
    QCOMPARE(summary.value(u"posts"_s).toObject().keys(),
             (QStringList{u"average_engagements"_s, u"average_engagers_logged"_s,
                          u"average_views"_s, u"engagement_rate"_s, u"engagement_rate_status"_s,
                          u"engagements"_s, u"engagers_logged"_s, u"pieces"_s, u"pieces_counted"_s,
                          u"pieces_with_numbers"_s, u"pieces_with_views"_s, u"views"_s}));
    QVERIFY(summary.value(u"posts"_s).toObject().value(u"engagement_rate"_s).isNull());
    QCOMPARE(summary.value(u"articles"_s).toObject().value(u"average_views"_s).toDouble(), 800.0);

    const Run text = cli({u"content"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    const QStringList lines = text.outLines();
    QCOMPARE(lines.size(), 4); // header, two pieces, summary
    QVERIFY2(lines.at(0).startsWith(u"Id"_s) && lines.at(0).contains(u"Like share"_s) &&
                 lines.at(0).endsWith(u"Engagers logged"_s),
             qPrintable(lines.at(0)));
    // views, engagements, rate, like share, engagers logged
    QVERIFY2(lines.at(2).simplified().endsWith(u"Articles vs posts 800 129 16.1 % 77.5 % 0"_s),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(1).simplified().endsWith(u"Monday thoughts — — — — 0"_s),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(3), u"Posts: 1, engagement rate — (no views recorded); engagers you logged: "
                          "0 on average. Articles: 1, engagement rate 16.1 % (129 engagements ÷ "
                          "800 views), on average 800 views; engagers you logged: 0 on average."_s);
}

void tst_CliEngage::contentRatesAndSummary()
{
    // DOMAIN.md's example: an article with 800 views and 129 engagers, a post
    // with 8,000 views and 72. Hand-computed: 129 / 800 = 16.1 %,
    // 72 / 8000 = 0.9 %; a second article with 500 views and 30 engagers is
    // 6.0 %, and the articles together 159 / 1300 = 12.2 %.
    const QString article = addContent(u"article"_s, u"Articles vs posts"_s);
    const QString second = addContent(u"article"_s, u"Second article"_s);
    const QString post = addContent(u"post"_s, u"Busy post"_s);
    const QString quiet = addContent(u"post"_s, u"Post without numbers"_s);
    for (const auto &[piece, views, reactions] :
         {std::tuple{article, u"800"_s, u"100"_s}, std::tuple{second, u"500"_s, u"30"_s},
          std::tuple{post, u"8000"_s, u"60"_s}}) {
        QCOMPARE(cli({u"content"_s, u"metrics"_s, piece, u"--views"_s, views, u"--reactions"_s,
                      reactions, u"--comments"_s, u"20"_s, u"--shares"_s, u"9"_s})
                     .exitCode,
                 0);
    }
    {
        // 130 people and 241 events through the CLI would take a while; the
        // stores are the ones contacts add and engage use.
        rapport::Database db;
        QString error;
        QVERIFY2(db.open(m_dbPath, &error), qPrintable(error));
        QList<rapport::Contact> people;
        for (int i = 0; i < 130; ++i) {
            rapport::Contact c;
            c.firstName = u"Person"_s;
            c.lastName = QString::number(i);
            people << c;
        }
        QVERIFY2(rapport::ContactStore(db).addBatch(people, &error), qPrintable(error));
        QList<qint64> contacts;
        for (const rapport::Contact &c : std::as_const(people))
            contacts << c.id;
        QList<rapport::Engagement> events;
        const auto on = [&](const QString &piece, int count, rapport::EngagementKind kind) {
            for (int i = 0; i < count; ++i) {
                rapport::Engagement e;
                e.contactId = contacts.at(i);
                e.kind = kind;
                e.date = QDate::currentDate().addDays(-1);
                e.contentId = piece.toLongLong();
                events << e;
            }
        };
        on(article, 129, rapport::EngagementKind::Like);
        on(article, 10, rapport::EngagementKind::Comment); // same people: still 129
        on(second, 30, rapport::EngagementKind::Like);
        on(post, 72, rapport::EngagementKind::Like);
        rapport::EngagementStore store(db);
        QVERIFY2(store.logMany(events, &error), qPrintable(error));
    }

    const Run text = cli({u"content"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    const QStringList lines = text.outLines();
    QCOMPARE(lines.size(), 6);
    const auto row = [&lines](const QString &id) {
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(u'#' + id + u' '))
                return line.simplified();
        }
        return QString();
    };
    // LinkedIn's counts ÷ views, never the people logged (129 of them on
    // the first article, shown apart): (100 + 20 + 9) / 800 = 16.1 %,
    // (30 + 20 + 9) / 500 = 11.8 %, (60 + 20 + 9) / 8000 = 1.1 %; like share
    // 100 / 129 = 77.5 %, 30 / 59 = 50.8 %, 60 / 89 = 67.4 %.
    QVERIFY2(row(article).endsWith(u"Articles vs posts 800 129 16.1 % 77.5 % 129"_s),
             qPrintable(row(article)));
    QVERIFY2(row(second).endsWith(u"Second article 500 59 11.8 % 50.8 % 30"_s),
             qPrintable(row(second)));
    QVERIFY2(row(post).endsWith(u"Busy post 8000 89 1.1 % 67.4 % 72"_s), qPrintable(row(post)));
    QVERIFY2(row(quiet).endsWith(u"Post without numbers — — — — 0"_s), qPrintable(row(quiet)));
    // Articles together: 188 / 1300 = 14.5 %; logged engagers apart.
    QCOMPARE(lines.last(),
             u"Posts: 2, engagement rate 1.1 % (89 engagements ÷ 8000 views, over the 1 with "
             "views and counts), on average 8000 views (of the 1 with views); engagers you "
             "logged: 36 on average. Articles: 2, engagement rate 14.5 % (188 engagements ÷ 1300 "
             "views), on average 650 views; engagers you logged: 79.5 on average."_s);

    const QJsonObject json = cli({u"--json"_s, u"content"_s, u"list"_s}).json();
    for (const QJsonValue &v : json.value(u"pieces"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (QString::number(o.value(u"id"_s).toInteger()) == article) {
            QCOMPARE(o.value(u"engagers_logged"_s).toInt(), 129);
            QCOMPARE(o.value(u"engagements"_s).toInt(), 129);
            QCOMPARE(o.value(u"engagement_rate"_s).toDouble(), 129.0 / 800.0);
        }
    }
    const QJsonObject articles =
        json.value(u"summary"_s).toObject().value(u"articles"_s).toObject();
    QCOMPARE(articles.value(u"pieces"_s).toInt(), 2);
    QCOMPARE(articles.value(u"average_views"_s).toDouble(), 650.0);
    QCOMPARE(articles.value(u"average_engagers_logged"_s).toDouble(), 79.5);
    QCOMPARE(articles.value(u"engagers_logged"_s).toInt(), 159);
    QCOMPARE(articles.value(u"views"_s).toInt(), 1300);
    QCOMPARE(articles.value(u"engagements"_s).toInt(), 188);
    QCOMPARE(articles.value(u"engagement_rate"_s).toDouble(), 188.0 / 1300.0);
    const QJsonObject posts = json.value(u"summary"_s).toObject().value(u"posts"_s).toObject();
    QCOMPARE(posts.value(u"pieces_with_views"_s).toInt(), 1);
    QCOMPARE(posts.value(u"average_views"_s).toDouble(), 8000.0);
    QCOMPARE(posts.value(u"average_engagers_logged"_s).toDouble(), 36.0);
    QCOMPARE(posts.value(u"engagement_rate"_s).toDouble(), 89.0 / 8000.0);

    // `stats content` says the same, over the same pieces.
    const QJsonObject stats = cli({u"--json"_s, u"stats"_s, u"content"_s}).json();
    QCOMPARE(stats.value(u"articles"_s).toObject().value(u"engagement_rate"_s).toDouble(),
             188.0 / 1300.0);
    QCOMPARE(stats.value(u"posts"_s).toObject().value(u"engagement_rate"_s).toDouble(),
             89.0 / 8000.0);
    QCOMPARE(stats.value(u"pieces"_s).toArray().size(), 4);
    QCOMPARE(stats.value(u"posts"_s).toObject(), posts);
}

// A reading may leave counts unknown: what --help says, what is stored and
// how the rate reads at its edges, in words and JSON, with nothing on stderr.
void tst_CliEngage::contentUnknownCountsAndEdges()
{
    const QString seed = addContent(u"article"_s, u"Seed article"_s);
    const QString viewsOnly = addContent(u"post"_s, u"Views only"_s);
    const QString partial = addContent(u"post"_s, u"Partial"_s);
    const QString zero = addContent(u"post"_s, u"Zero views"_s);
    const auto metrics = [this](const QStringList &args) {
        const Run r = cli(QStringList{u"content"_s, u"metrics"_s} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return r.exitCode;
    };
    QCOMPARE(metrics({seed, u"--views"_s, u"800"_s, u"--reactions"_s, u"90"_s, u"--comments"_s,
                      u"27"_s, u"--shares"_s, u"12"_s}),
             0);
    QCOMPARE(metrics({viewsOnly, u"--views"_s, u"300"_s}), 0);
    QCOMPARE(metrics({partial, u"--views"_s, u"200"_s, u"--reactions"_s, u"10"_s, u"--comments"_s,
                      u"4"_s}),
             0);
    QCOMPARE(metrics({zero, u"--views"_s, u"0"_s, u"--reactions"_s, u"0"_s, u"--comments"_s, u"0"_s,
                      u"--shares"_s, u"0"_s}),
             0);
    const Run nothing = cli({u"content"_s, u"metrics"_s, seed});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.err.contains(u"unknown"_s), qPrintable(nothing.err));
    const Run help = cli({u"content"_s, u"metrics"_s, u"--help"_s});
    QVERIFY2(help.out.contains(u"recorded as unknown, not as 0"_s), qPrintable(help.out));

    const Run text = cli({u"content"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    const auto row = [&text](const QString &id) {
        for (const QString &line : text.outLines()) {
            if (line.trimmed().startsWith(u'#' + id + u' '))
                return line.simplified();
        }
        return QString();
    };
    QVERIFY2(row(seed).endsWith(u"Seed article 800 129 16.1 % 69.8 % 0"_s), qPrintable(row(seed)));
    QVERIFY2(row(viewsOnly).endsWith(u"Views only 300 ? no counts — 0"_s),
             qPrintable(row(viewsOnly)));
    QVERIFY2(row(partial).endsWith(u"Partial 200 ? counts incomplete — 0"_s),
             qPrintable(row(partial)));
    QVERIFY2(row(zero).endsWith(u"Zero views 0 0 — — 0"_s), qPrintable(row(zero)));
    QVERIFY2(text.outLines().last().contains(u"Articles: 1, engagement rate 16.1 % (129 "
                                             "engagements ÷ 800 views)"_s),
             qPrintable(text.out));

    const QJsonArray pieces =
        cli({u"--json"_s, u"content"_s, u"list"_s}).json().value(u"pieces"_s).toArray();
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : pieces)
        byId.insert(QString::number(v.toObject().value(u"id"_s).toInteger()), v.toObject());
    QVERIFY(byId.value(viewsOnly).value(u"reactions"_s).isNull());
    QVERIFY(byId.value(viewsOnly).value(u"engagement_rate"_s).isNull());
    QCOMPARE(byId.value(viewsOnly).value(u"engagement_rate_status"_s).toString(), u"no_counts"_s);
    QCOMPARE(byId.value(partial).value(u"reactions"_s).toInt(), 10);
    QVERIFY(byId.value(partial).value(u"shares"_s).isNull());
    QVERIFY(byId.value(partial).value(u"engagements"_s).isNull());
    QCOMPARE(byId.value(zero).value(u"reactions"_s).toInt(), 0);
    QVERIFY(byId.value(zero).value(u"engagement_rate"_s).isNull());
    QCOMPARE(byId.value(zero).value(u"engagement_rate_status"_s).toString(), u"zero_views"_s);

    // The readings of one piece, oldest first, each with its rate.
    QCOMPARE(metrics({viewsOnly, u"--views"_s, u"100"_s, u"--reactions"_s, u"3"_s, u"--comments"_s,
                      u"1"_s, u"--shares"_s, u"1"_s, u"--date"_s,
                      isoDate(QDate::currentDate().addDays(-3))}),
             0);
    const Run history = cli({u"content"_s, u"history"_s, viewsOnly});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.err.isEmpty(), qPrintable(history.err));
    const QStringList readings = history.outLines();
    QCOMPARE(readings.size(), 3);
    QVERIFY2(readings.at(0).startsWith(u"Date"_s), qPrintable(readings.at(0)));
    QCOMPARE(readings.at(1).simplified(),
             isoDate(QDate::currentDate().addDays(-3)) + u" 100 3 1 1 5 5.0 %"_s);
    QCOMPARE(readings.at(2).simplified(),
             isoDate(QDate::currentDate()) + u" 300 ? ? ? ? no counts"_s);
    const QJsonObject historyJson =
        cli({u"--json"_s, u"content"_s, u"history"_s, viewsOnly}).json();
    const QJsonArray readingsJson = historyJson.value(u"readings"_s).toArray();
    QCOMPARE(readingsJson.size(), 2);
    QCOMPARE(readingsJson.at(0).toObject().value(u"engagement_rate"_s).toDouble(), 0.05);
    QVERIFY(readingsJson.at(1).toObject().value(u"shares"_s).isNull());
    QCOMPARE(readingsJson.at(1).toObject().value(u"engagement_rate_status"_s).toString(),
             u"no_counts"_s);
    const Run noReadings = cli({u"content"_s, u"history"_s, zero + u"0"_s});
    QCOMPARE(noReadings.exitCode, 1);

    const Run stats = cli({u"stats"_s, u"content"_s});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.isEmpty(), qPrintable(stats.err));
    QVERIFY2(stats.out.contains(u"Articles: 1, engagement rate 16.1 % (129 engagements ÷ 800 "
                                "views)"_s),
             qPrintable(stats.out));
    QVERIFY2(stats.out.contains(u"Posts: 3, engagement rate counts incomplete"_s),
             qPrintable(stats.out));
}

void tst_CliEngage::contentFailures()
{
    const QString url = u"https://example.com/p"_s;
    addContent(u"post"_s, u"First"_s, url);
    const Run duplicate =
        cli({u"content"_s, u"add"_s, u"post"_s, u"--title"_s, u"Again"_s, u"--url"_s, url});
    QCOMPARE(duplicate.exitCode, 1);
    QVERIFY2(duplicate.err.contains(u"First"_s), qPrintable(duplicate.err));
    const Run blank = cli({u"content"_s, u"add"_s, u"post"_s, u"--title"_s, u"  "_s});
    QCOMPARE(blank.exitCode, 1);
    const Run future = cli({u"content"_s, u"add"_s, u"post"_s, u"--title"_s, u"Later"_s,
                            u"--published"_s, isoDate(QDate::currentDate().addDays(1))});
    QCOMPARE(future.exitCode, 1);
    QVERIFY2(future.err.contains(u"future"_s), qPrintable(future.err));

    const Run unknown = cli({u"content"_s, u"metrics"_s, u"77"_s, u"--views"_s, u"5"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"77"_s), qPrintable(unknown.err));
    const Run later = cli({u"content"_s, u"metrics"_s, url, u"--views"_s, u"5"_s, u"--date"_s,
                           isoDate(QDate::currentDate().addDays(2))});
    QCOMPARE(later.exitCode, 1);

    const QJsonObject listed = cli({u"--json"_s, u"content"_s, u"list"_s}).json();
    const QJsonArray pieces = listed.value(u"pieces"_s).toArray();
    QCOMPARE(pieces.size(), 1);
    QVERIFY(pieces.first().toObject().value(u"views"_s).isNull());
}

void tst_CliEngage::showAndJsonCarryTier()
{
    const QString id = addContact(u"Ana"_s, u"Lima"_s);
    const Run before = cli({u"contacts"_s, u"show"_s, id});
    QStringList simplified;
    for (const QString &line : before.outLines())
        simplified << line.simplified();
    QVERIFY2(simplified.contains(u"Tier: -"_s), qPrintable(before.out));
    QVERIFY2(simplified.contains(u"Last engaged: -"_s), qPrintable(before.out));
    const QJsonObject none = cli({u"--json"_s, u"contacts"_s, u"show"_s, id}).json();
    QVERIFY(none.contains(u"tier"_s) && none.value(u"tier"_s).isNull());
    QCOMPARE(none.value(u"tier_lapsed"_s), QJsonValue(false));
    QVERIFY(none.contains(u"last_engaged_on"_s) && none.value(u"last_engaged_on"_s).isNull());

    engage(u"like"_s, id, {u"--date"_s, daysAgo(120)});
    const Run lapsed = cli({u"contacts"_s, u"show"_s, id});
    simplified.clear();
    for (const QString &line : lapsed.outLines())
        simplified << line.simplified();
    QVERIFY2(simplified.contains(u"Tier: liker (lapsed)"_s), qPrintable(lapsed.out));
    QVERIFY2(simplified.contains(u"Last engaged: "_s + daysAgo(120)), qPrintable(lapsed.out));
    const QJsonObject json = cli({u"--json"_s, u"contacts"_s, u"show"_s, id}).json();
    QCOMPARE(json.value(u"tier"_s).toString(), u"liker"_s);
    QCOMPARE(json.value(u"tier_lapsed"_s), QJsonValue(true));
    QCOMPARE(json.value(u"last_engaged_on"_s).toString(), daysAgo(120));

    const Run listed = cli({u"contacts"_s, u"list"_s});
    QCOMPARE(listed.out.simplified(), u"#%1 Ana Lima liker (lapsed) %2"_s.arg(id, daysAgo(120)));
}

void tst_CliEngage::listFiltersByTier()
{
    const QString ana = addContact(u"Ana"_s, u"Lima"_s);
    const QString bea = addContact(u"Bea"_s, u"Costa"_s);
    const QString caio = addContact(u"Caio"_s, u"Reis"_s);
    const QString dora = addContact(u"Dora"_s, u"Melo"_s);
    addContact(u"Edu"_s, u"Nunes"_s);
    engage(u"comment"_s, ana);
    engage(u"like"_s, bea);
    engage(u"comment"_s, caio, {u"--date"_s, daysAgo(200)}); // lapsed: not an active commenter
    engage(u"like"_s, dora);
    engage(u"comment"_s, dora, {u"--date"_s, daysAgo(3)}); // the better tier counts

    const Run r = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--tier"_s, u"commenter"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(ids(r.json().value(u"contacts"_s).toArray()), (QStringList{ana, dora}));
    const Run likers = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--tier"_s, u"liker"_s});
    QCOMPARE(ids(likers.json().value(u"contacts"_s).toArray()), QStringList{bea});

    const Run text = cli({u"contacts"_s, u"list"_s, u"--tier"_s, u"commenter"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outLines().size(), 2);
    for (const QString &line : text.outLines())
        QVERIFY2(line.contains(u"  commenter  "_s), qPrintable(line));
    const Run none = cli({u"contacts"_s, u"list"_s, u"--tier"_s, u"follower"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
}

void tst_CliEngage::listSortsByTierAndLastEngaged()
{
    // Added in an order that matches neither sort.
    const QString none = addContact(u"Ana"_s, u"None"_s);
    const QString liker = addContact(u"Bea"_s, u"Liker"_s);
    const QString lapsed = addContact(u"Caio"_s, u"Lapsed"_s);
    const QString follower = addContact(u"Dora"_s, u"Follower"_s);
    const QString commenter = addContact(u"Edu"_s, u"Commenter"_s);
    engage(u"like"_s, liker, {u"--date"_s, daysAgo(2)});
    engage(u"comment"_s, lapsed, {u"--date"_s, daysAgo(200)});
    engage(u"follow"_s, follower, {u"--date"_s, daysAgo(1)});
    engage(u"comment"_s, commenter, {u"--date"_s, daysAgo(3)});

    const QStringList byTier{follower, commenter, liker, lapsed, none};
    const Run r = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--sort"_s, u"tier"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray contacts = r.json().value(u"contacts"_s).toArray();
    QCOMPARE(ids(contacts), byTier);
    QCOMPARE(contacts.at(3).toObject().value(u"tier"_s).toString(), u"commenter"_s);
    QCOMPARE(contacts.at(3).toObject().value(u"tier_lapsed"_s), QJsonValue(true));
    QCOMPARE(contacts.at(0).toObject().value(u"last_engaged_on"_s).toString(), daysAgo(1));

    // Two at a time, following the cursor, gives the same order.
    QStringList paged;
    QString cursor;
    int pages = 0;
    do {
        QStringList args{u"--json"_s, u"contacts"_s, u"list"_s, u"--sort"_s,
                         u"tier"_s,   u"--limit"_s,  u"2"_s};
        if (!cursor.isEmpty())
            args << u"--after"_s << cursor;
        const QJsonObject page = cli(args).json();
        paged += ids(page.value(u"contacts"_s).toArray());
        cursor = page.value(u"next_cursor"_s).toString();
    } while (!cursor.isEmpty() && ++pages < 10);
    QCOMPARE(paged, byTier);

    const Run text = cli({u"contacts"_s, u"list"_s, u"--sort"_s, u"tier"_s});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.outLines();
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).contains(u"follower"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(3).contains(u"commenter (lapsed)  "_s + daysAgo(200)),
             qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).simplified().endsWith(u"Ana None - -"_s), qPrintable(lines.at(4)));

    // Last engaged: newest first, never engaged last.
    const Run recent = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--sort"_s, u"last-engaged"_s});
    QCOMPARE(recent.exitCode, 0);
    QCOMPARE(ids(recent.json().value(u"contacts"_s).toArray()),
             (QStringList{follower, liker, commenter, lapsed, none}));
}

void tst_CliEngage::tiersAreBroughtUpToDateOnOpen()
{
    // A like logged 100 days ago by a session that ran that day: its stored
    // tier was "liker" then, and has lapsed since (90-day window).
    const QDate then = QDate::currentDate().addDays(-100);
    qint64 id = 0;
    {
        rapport::Database db;
        QString error;
        QVERIFY2(db.open(m_dbPath, &error), qPrintable(error));
        rapport::Contact contact;
        contact.firstName = u"Ana"_s;
        contact.lastName = u"Lima"_s;
        QVERIFY2(rapport::ContactStore(db).add(contact, &error), qPrintable(error));
        id = contact.id;
        rapport::EngagementStore store(db);
        store.setToday(then);
        QVERIFY2(store.refreshTiers(&error), qPrintable(error));
        rapport::Engagement like;
        like.contactId = id;
        like.kind = rapport::EngagementKind::Like;
        like.date = then;
        QVERIFY2(store.log(like, &error), qPrintable(error));
        QCOMPARE(store.storedTier(id), (rapport::Tier{6, false}));
    }
    const Run listed = cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--tier"_s, u"liker"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.json().value(u"contacts"_s).toArray().isEmpty(), qPrintable(listed.out));
    const QJsonObject shown =
        cli({u"--json"_s, u"contacts"_s, u"show"_s, QString::number(id)}).json();
    QCOMPARE(shown.value(u"tier"_s).toString(), u"liker"_s);
    QCOMPARE(shown.value(u"tier_lapsed"_s), QJsonValue(true));
}

void tst_CliEngage::laterSortsStillRefused()
{
    addContact(u"Ana"_s, u"Lima"_s);
    for (const QString &key : {u"last-contacted"_s}) {
        const Run r = cli({u"contacts"_s, u"list"_s, u"--sort"_s, key});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not yet available"_s), qPrintable(r.err));
    }
}

void tst_CliEngage::exportCsvByTier()
{
    addContact(u"Ana"_s, u"Lima"_s);
    addContact(u"Bea"_s, u"Costa"_s);
    addContact(u"Caio"_s, u"Reis"_s);
    engage(u"like"_s, u"Ana Lima"_s);
    engage(u"comment"_s, u"Bea Costa"_s, {u"--date"_s, daysAgo(300)}); // lapsed
    engage(u"comment"_s, u"Caio Reis"_s);

    const QString path = m_dir->filePath(u"commenters.csv"_s);
    const Run r = cli(
        {u"export"_s, u"csv"_s, path, u"--tier"_s, u"commenter"_s, u"--columns"_s, u"full_name"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Exported 1 contact"_s), qPrintable(r.out));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Full name\r\nCaio Reis\r\n"));

    const QString sorted = m_dir->filePath(u"sorted.csv"_s);
    QCOMPARE(cli({u"export"_s, u"csv"_s, sorted, u"--sort"_s, u"tier"_s, u"--columns"_s,
                  u"first_name"_s})
                 .exitCode,
             0);
    QFile sortedFile(sorted);
    QVERIFY(sortedFile.open(QIODevice::ReadOnly));
    QCOMPARE(sortedFile.readAll(), QByteArray("First name\r\nCaio\r\nAna\r\nBea\r\n"));

    const Run bad = cli({u"export"_s, u"csv"_s, path, u"--tier"_s, u"fan"_s});
    QCOMPARE(bad.exitCode, 2);
}

void tst_CliEngage::helpListsEngageAndContent()
{
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &expected :
         {u"engage KIND CONTACT [--on CONTENT] [--date DATE] [--note TEXT]"_s,
          u"content add post|article --title T [--url U] [--published DATE]"_s,
          u"content metrics CONTENT [--views N]"_s, u"content list"_s,
          u"follow, unfollow, comment, share-comment, share, view, like"_s})
        QVERIFY2(r.out.contains(expected), qPrintable(expected));
    QVERIFY2(!r.out.contains(u"tier, last-engaged, last-contacted and score need"_s),
             qPrintable(r.out));
    const Run engageHelp = cli({u"engage"_s, u"--help"_s});
    QCOMPARE(engageHelp.exitCode, 0);
    QVERIFY(engageHelp.out.contains(u"--on CONTENT"_s));
    const Run contentHelp = cli({u"content"_s, u"metrics"_s, u"--help"_s});
    QCOMPARE(contentHelp.exitCode, 0);
    QVERIFY(contentHelp.out.contains(u"--reactions N"_s));
    QVERIFY(!QFile::exists(m_dbPath));
}

QTEST_GUILESS_MAIN(tst_CliEngage)
#include "tst_cliengage.moc"
