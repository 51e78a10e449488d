// Weekly network numbers and the true-follower ratio: the seed's figures,
// the band table, one entry per week (a second entry corrects it), edits,
// delete and put back, and bad numbers refused with the field named.

#include "db/Database.h"
#include "insights/FollowerRatio.h"
#include "store/SnapshotStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_NetworkSnapshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    NetworkSnapshot entry(const QDate &day, int followers, int connections)
    {
        NetworkSnapshot s;
        s.takenOn = day;
        s.followers = followers;
        s.connections = connections;
        return s;
    }

private slots:
    void seedRatio()
    {
        // Seed 003: 6,273 displayed followers and 5,297 connections.
        const FollowerRatio r = FollowerRatio::compute(6273, 5297);
        QCOMPARE(r.trueFollowers, 976);
        QVERIFY(r.ratio);
        QCOMPARE(QString::number(*r.ratio * 100, 'f', 1), u"18.4"_s);
        QCOMPARE(r.bandLowFollowers, 265);
        QCOMPARE(r.bandHighFollowers, 530);
        QCOMPARE(r.standing, FollowerRatio::Standing::Above);
    }

    void bandTable()
    {
        const QList<FollowerRatio::BandRow> rows = FollowerRatio::bandTable();
        QCOMPARE(rows.size(), 5);
        const int expected[5][3] = {
            {100, 5, 10}, {500, 25, 50}, {1000, 50, 100}, {10000, 500, 1000}, {50000, 2500, 5000}};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rows.at(i).connections, expected[i][0]);
            QCOMPARE(rows.at(i).low, expected[i][1]);
            QCOMPARE(rows.at(i).high, expected[i][2]);
        }
    }

    void standings_data()
    {
        QTest::addColumn<int>("followers");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("standing");
        QTest::newRow("no connections") << 40 << 0 << int(FollowerRatio::Standing::Unknown);
        QTest::newRow("4 % is below") << 1040 << 1000 << int(FollowerRatio::Standing::Below);
        QTest::newRow("5 % is within") << 1050 << 1000 << int(FollowerRatio::Standing::Within);
        QTest::newRow("10 % is within") << 1100 << 1000 << int(FollowerRatio::Standing::Within);
        QTest::newRow("11 % is above") << 1110 << 1000 << int(FollowerRatio::Standing::Above);
        QTest::newRow("fewer followers than connections: none true")
            << 900 << 1000 << int(FollowerRatio::Standing::Below);
    }

    void standings()
    {
        QFETCH(int, followers);
        QFETCH(int, connections);
        QFETCH(int, standing);
        const FollowerRatio r = FollowerRatio::compute(followers, connections);
        QCOMPARE(int(r.standing), standing);
        QVERIFY(r.trueFollowers >= 0);
    }

    void oneEntryPerWeek()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(u"w%1.sqlite"_s.arg(++m_run)), &error));
        SnapshotStore store(db);
        // Wednesday 2026-06-03, then Sunday 2026-06-07 of the same week.
        NetworkSnapshot first = entry(QDate(2026, 6, 3), 6273, 5297);
        first.profileViews = 118;
        first.topCompanies = {u" Northwind "_s, u"Contoso"_s, u"Northwind"_s, u""_s};
        std::optional<NetworkSnapshot> replaced;
        QVERIFY2(store.save(first, &error, &replaced), qPrintable(error));
        QVERIFY(first.id > 0);
        QVERIFY(!replaced);
        QCOMPARE(store.get(first.id)->topCompanies, (QStringList{u"Northwind"_s, u"Contoso"_s}));

        NetworkSnapshot correction = entry(QDate(2026, 6, 7), 6300, 5300);
        QVERIFY2(store.save(correction, &error, &replaced), qPrintable(error));
        QCOMPARE(correction.id, first.id);
        QVERIFY(replaced);
        QCOMPARE(replaced->followers, 6273);
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!store.get(first.id)->profileViews);

        // Monday starts a new week.
        NetworkSnapshot next = entry(QDate(2026, 6, 8), 6350, 5310);
        QVERIFY(store.save(next, &error));
        QVERIFY(next.id != first.id);
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(store.latest()->id, next.id);
        QCOMPARE(store.forWeekOf(QDate(2026, 6, 14))->id, next.id);
        QVERIFY(!store.forWeekOf(QDate(2026, 6, 15)));

        // Moving an entry into a week that has one is refused.
        NetworkSnapshot moved = *store.get(next.id);
        moved.takenOn = QDate(2026, 6, 5);
        QVERIFY(!store.update(moved, &error));
        QVERIFY2(error.contains(u"2026-06-01"_s), qPrintable(error));
        moved.takenOn = QDate(2026, 6, 20);
        moved.searchAppearances = 45;
        QVERIFY2(store.update(moved, &error), qPrintable(error));
        QCOMPARE(*store.get(next.id), moved);

        // Delete and put back under the same id.
        const NetworkSnapshot kept = *store.get(first.id);
        QVERIFY(store.remove(first.id, &error));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(!store.remove(first.id, &error));
        QVERIFY(store.restore(kept, &error));
        QCOMPARE(*store.get(first.id), kept);
        QCOMPARE(store.list().first().id, first.id); // oldest first
    }

    void badNumbersRefused_data()
    {
        QTest::addColumn<int>("followers");
        QTest::addColumn<int>("connections");
        QTest::addColumn<int>("views");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative followers") << -1 << 0 << 0 << u"Followers"_s;
        QTest::newRow("fewer followers than connections")
            << 10 << 20 << 0 << u"below connections"_s;
        QTest::newRow("more than LinkedIn allows") << 40000 << 31000 << 0 << u"30,000"_s;
        QTest::newRow("negative views") << 10 << 5 << -3 << u"Profile views"_s;
    }

    void badNumbersRefused()
    {
        QFETCH(int, followers);
        QFETCH(int, connections);
        QFETCH(int, views);
        QFETCH(QString, expected);
        Database db;
        QString error;
        QVERIFY(db.open(m_dir.filePath(u"b%1.sqlite"_s.arg(++m_run)), &error));
        SnapshotStore store(db);
        NetworkSnapshot s = entry(QDate(2026, 6, 3), followers, connections);
        if (views != 0)
            s.profileViews = views;
        QVERIFY(!store.save(s, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(store.list().isEmpty());
        s = entry(QDate::currentDate().addDays(5), 10, 5);
        QVERIFY(!store.save(s, &error));
        QVERIFY2(error.contains(u"future"_s), qPrintable(error));
        s = entry(QDate(), 10, 5);
        QVERIFY(!store.save(s, &error));
        QVERIFY2(error.contains(u"date"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_NetworkSnapshots)
#include "tst_networksnapshots.moc"
