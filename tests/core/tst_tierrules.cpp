// The tier rules at the edges of the recency window.

#include "domain/TierRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

Q_DECLARE_METATYPE(rapport::Tier)

namespace {

const QDate today(2026, 11, 22);

// "like:-3,follow:-400" -> a summary with those kinds that many days ago.
EngagementSummary summaryOf(const QString &spec, bool followsMe = true)
{
    EngagementSummary s;
    s.followsMe = followsMe;
    if (spec.isEmpty())
        return s;
    for (const QString &part : spec.split(u',')) {
        const QStringList kv = part.split(u':');
        const EngagementKind kind = *EngagementKinds::fromName(kv.at(0));
        const int i = EngagementKinds::index(kind);
        s.counts[i] += 1;
        const QDate d = today.addDays(kv.at(1).toInt());
        if (!s.lastOn[i].isValid() || d > s.lastOn[i])
            s.lastOn[i] = d;
    }
    return s;
}

Tier tier(int rank, bool lapsed = false)
{
    Tier t;
    t.rank = rank;
    t.lapsed = lapsed;
    return t;
}

} // namespace

class tst_TierRules : public QObject
{
    Q_OBJECT

private slots:
    void tierOf_data()
    {
        QTest::addColumn<QString>("events");
        QTest::addColumn<bool>("followsMe");
        QTest::addColumn<int>("window");
        QTest::addColumn<Tier>("expected");
        QTest::addColumn<QDate>("validUntil");

        QTest::newRow("nothing") << QString() << false << 90 << Tier() << QDate();
        QTest::newRow("like today") << u"like:0"_s << false << 90 << tier(6) << today.addDays(90);
        QTest::newRow("like 90 days ago: last day inside")
            << u"like:-90"_s << false << 90 << tier(6) << today;
        QTest::newRow("like 91 days ago: lapsed")
            << u"like:-91"_s << false << 90 << tier(6, true) << QDate();
        QTest::newRow("comment last week beats follow two years ago")
            << u"follow:-730,comment:-7"_s << true << 90 << tier(2) << today.addDays(83);
        QTest::newRow("old follow beats old like when both lapsed")
            << u"follow:-730,like:-200"_s << true << 90 << tier(1, true) << QDate();
        QTest::newRow("recent like beats lapsed comment")
            << u"comment:-120,like:-1"_s << false << 90 << tier(6) << today.addDays(89);
        QTest::newRow("follow within window is the best")
            << u"follow:-10,comment:-1,like:0"_s << true << 90 << tier(1) << today.addDays(80);
        QTest::newRow("unfollowed: the follow no longer counts")
            << u"follow:-10,unfollow:-5,like:-3"_s << false << 90 << tier(6) << today.addDays(87);
        QTest::newRow("unfollow alone is no tier")
            << u"unfollow:-5"_s << false << 90 << Tier() << QDate();
        QTest::newRow("validUntil is the best active kind's expiry")
            << u"view:-1,share:-80"_s << false << 90 << tier(4) << today.addDays(10);
        QTest::newRow("share with comment outranks naked share")
            << u"share:-1,share-comment:-2"_s << false << 90 << tier(3) << today.addDays(88);
        QTest::newRow("a 30-day window")
            << u"comment:-31,view:-2"_s << false << 30 << tier(5) << today.addDays(28);
        QTest::newRow("a 30-day window, edge inside")
            << u"comment:-30"_s << false << 30 << tier(2) << today;
    }
    void tierOf()
    {
        QFETCH(QString, events);
        QFETCH(bool, followsMe);
        QFETCH(int, window);
        QFETCH(Tier, expected);
        QFETCH(QDate, validUntil);
        const EngagementSummary s = summaryOf(events, followsMe);
        const Tier t = TierRules::tierOf(s, today, window);
        QCOMPARE(t.rank, expected.rank);
        QCOMPARE(t.lapsed, expected.lapsed);
        QCOMPARE(TierRules::validUntil(s, today, window), validUntil);
        // The day after validUntil the answer changes; on it, it does not.
        if (validUntil.isValid()) {
            QCOMPARE(TierRules::tierOf(s, validUntil, window), t);
            QVERIFY(TierRules::tierOf(s, validUntil.addDays(1), window) != t);
        }
    }

    void keysSortBestFirst()
    {
        // Active 1..6, then lapsed 1..6, then none.
        QList<int> keys;
        for (int r = 1; r <= 6; ++r)
            keys << tier(r).key();
        for (int r = 1; r <= 6; ++r)
            keys << tier(r, true).key();
        keys << Tier().key();
        for (int i = 1; i < keys.size(); ++i)
            QVERIFY(keys[i - 1] < keys[i]);
        for (int key : std::as_const(keys))
            QCOMPARE(Tier::fromKey(key).key(), key);
        QCOMPARE(Tier().key(), Tier::NoneKey);
    }

    void names()
    {
        QCOMPARE(Tier::names().size(), 6);
        QCOMPARE(tier(1).name(), u"follower"_s);
        QCOMPARE(tier(4, true).name(), u"naked-sharer"_s);
        QCOMPARE(Tier::rankFromName(u"liker"_s), std::optional<int>(6));
        QVERIFY(!Tier::rankFromName(u"fan"_s));
        QCOMPARE(EngagementKinds::names().size(), EngagementKinds::Count);
        for (const QString &n : EngagementKinds::names())
            QCOMPARE(EngagementKinds::name(*EngagementKinds::fromName(n)), n);
        QCOMPARE(EngagementKinds::rank(EngagementKind::ShareWithComment), 3);
        QCOMPARE(EngagementKinds::rank(EngagementKind::Unfollow), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TierRules)
#include "tst_tierrules.moc"
