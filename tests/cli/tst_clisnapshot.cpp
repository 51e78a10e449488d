// rapport-cli snapshot add|list and stats ratio, run as the real binary: the
// seed's numbers, a correction within a week, JSON keys, and bad input
// refused with the field named and nothing stored.

#include "CliProcess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliSnapshot : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cli(const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, m_dir->filePath(u"s.sqlite"_s)} + args,
                               CliProcess::isolated(m_dir->path()));
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void seedNumbersAndCorrection()
    {
        CliRun r = cli({u"stats"_s, u"ratio"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"snapshot add"_s), qPrintable(r.err));

        r = cli({u"snapshot"_s, u"add"_s, u"--date"_s, u"2026-06-03"_s, u"--followers"_s, u"6000"_s,
                 u"--connections"_s, u"5000"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Saved the week of 2026-06-01"_s), qPrintable(r.out));
        // Same week, later day: a correction, with the seed's numbers.
        r = cli({u"--json"_s, u"snapshot"_s, u"add"_s, u"--date"_s, u"2026-06-07"_s,
                 u"--followers"_s, u"6273"_s, u"--connections"_s, u"5297"_s, u"--profile-views"_s,
                 u"118"_s, u"--top-company"_s, u"Northwind"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"replaced"_s).toBool(), true);
        QCOMPARE(o.value(u"true_followers"_s).toInt(), 976);
        QCOMPARE(o.value(u"week_start"_s).toString(), u"2026-06-01"_s);
        QCOMPARE(o.value(u"profile_views"_s).toInt(), 118);
        QVERIFY(o.value(u"search_appearances"_s).isNull());
        QCOMPARE(o.value(u"top_companies"_s).toArray().first().toString(), u"Northwind"_s);

        r = cli({u"snapshot"_s, u"add"_s, u"--date"_s, u"2026-06-10"_s, u"--followers"_s, u"6400"_s,
                 u"--connections"_s, u"5300"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"--json"_s, u"snapshot"_s, u"list"_s});
        const QJsonArray weeks = r.json().value(u"snapshots"_s).toArray();
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(0).toObject().value(u"followers"_s).toInt(), 6273);
        QCOMPARE(weeks.at(1).toObject().value(u"date"_s).toString(), u"2026-06-10"_s);

        r = cli({u"snapshot"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 3);
        QVERIFY2(r.outLines().at(1).contains(u"18.4 %"_s), qPrintable(r.out));

        r = cli({u"--json"_s, u"stats"_s, u"ratio"_s});
        QCOMPARE(r.exitCode, 0);
        o = r.json();
        QCOMPARE(o.value(u"true_followers"_s).toInt(), 1100);
        QCOMPARE(o.value(u"standing"_s).toString(), u"above"_s);
        QCOMPARE(o.value(u"band_low"_s).toInt(), 265);
        QCOMPARE(o.value(u"band_high"_s).toInt(), 530);
        QCOMPARE(o.value(u"weeks"_s).toInt(), 2);
        QCOMPARE(o.value(u"band_table"_s).toArray().size(), 5);
        QCOMPARE(o.value(u"band_table"_s).toArray().at(4).toObject().value(u"high"_s).toInt(),
                 5000);
        r = cli({u"stats"_s, u"ratio"_s});
        QVERIFY2(r.out.contains(u"1100 true followers, 20.8 % of connections"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Above the typical 5-10 %"_s), qPrintable(r.out));
    }

    void zeroConnectionsHasNoRatio()
    {
        // Nothing to divide by: "—" in words, null in JSON, and nothing on
        // stderr (Qt once warned "QString::arg: Argument missing" twice).
        CliRun r = cli({u"snapshot"_s, u"add"_s, u"--date"_s, u"2026-06-03"_s, u"--followers"_s,
                        u"0"_s, u"--connections"_s, u"0"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"stats"_s, u"ratio"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.contains(u"0 true followers, \u2014 of connections"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"With no connections there is no ratio yet"_s), qPrintable(r.out));
        r = cli({u"--json"_s, u"stats"_s, u"ratio"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(r.json().value(u"ratio"_s).isNull());
        QCOMPARE(r.json().value(u"standing"_s).toString(), u"unknown"_s);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no followers")
            << QStringList{u"add"_s, u"--connections"_s, u"5"_s} << 2 << u"--followers"_s;
        QTest::newRow("not a number")
            << QStringList{u"add"_s, u"--followers"_s, u"lots"_s, u"--connections"_s, u"5"_s} << 2
            << u"\"lots\""_s;
        QTest::newRow("followers below connections")
            << QStringList{u"add"_s, u"--followers"_s, u"4"_s, u"--connections"_s, u"5"_s} << 1
            << u"below connections"_s;
        QTest::newRow("bad date") << QStringList{u"add"_s,      u"--date"_s,
                                                 u"3/4/2026"_s, u"--followers"_s,
                                                 u"9"_s,        u"--connections"_s,
                                                 u"5"_s}
                                  << 2 << u"--date"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"remove"_s} << 2 << u"remove"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = cli(QStringList{u"snapshot"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        const CliRun list = cli({u"--json"_s, u"snapshot"_s, u"list"_s});
        QCOMPARE(list.json().value(u"snapshots"_s).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliSnapshot)
#include "tst_clisnapshot.moc"
