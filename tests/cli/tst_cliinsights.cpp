// rapport-cli stats tiers|content|network on facts made through the CLI:
// hand-counted tiers, posts versus articles, the network by industry with
// the never-interacted count, in words and JSON.

#include "CliProcess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliInsights : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cli(const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, m_dir->filePath(u"i.sqlite"_s)} + args,
                               CliProcess::isolated(m_dir->path()));
    }
    void ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + r.err));
    }
    void person(const QString &first, const QString &industry, int degree)
    {
        ok({u"contacts"_s, u"add"_s, u"--first"_s, first, u"--last"_s, u"Test"_s, u"--industry"_s,
            industry, u"--degree"_s, QString::number(degree)});
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void tiersContentNetwork()
    {
        person(u"Ana"_s, u"Banking"_s, 1);
        person(u"Ben"_s, u"Banking"_s, 1);
        person(u"Cy"_s, u"Retail"_s, 1);
        person(u"Dee"_s, u"Retail"_s, 2);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        ok({u"content"_s, u"add"_s, u"post"_s, u"--title"_s, u"Posts vs articles"_s, u"--url"_s,
            u"https://www.linkedin.com/posts/p1"_s});
        ok({u"content"_s, u"metrics"_s, u"https://www.linkedin.com/posts/p1"_s, u"--views"_s,
            u"1000"_s, u"--reactions"_s, u"8"_s, u"--comments"_s, u"2"_s, u"--shares"_s, u"0"_s});
        ok({u"content"_s, u"add"_s, u"article"_s, u"--title"_s, u"A how-to"_s, u"--url"_s,
            u"https://www.linkedin.com/pulse/a1"_s});
        ok({u"content"_s, u"metrics"_s, u"https://www.linkedin.com/pulse/a1"_s, u"--views"_s,
            u"200"_s, u"--reactions"_s, u"30"_s, u"--comments"_s, u"6"_s, u"--shares"_s, u"4"_s});
        ok({u"engage"_s, u"comment"_s, u"Ana Test"_s, u"--date"_s, today});
        ok({u"engage"_s, u"like"_s, u"Dee Test"_s, u"--date"_s, today});

        CliRun r = cli({u"--json"_s, u"stats"_s, u"tiers"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray tiers = r.json().value(u"tiers"_s).toArray();
        QCOMPARE(tiers.size(), 13);
        QCOMPARE(tiers.at(1).toObject().value(u"tier"_s).toString(), u"commenter"_s);
        QCOMPARE(tiers.at(1).toObject().value(u"contacts"_s).toInt(), 1);
        QCOMPARE(tiers.at(5).toObject().value(u"contacts"_s).toInt(), 1); // liker
        QCOMPARE(tiers.at(12).toObject().value(u"tier"_s).toString(), u"none"_s);
        QCOMPARE(tiers.at(12).toObject().value(u"contacts"_s).toInt(), 2);
        r = cli({u"stats"_s, u"tiers"_s});
        QVERIFY2(r.out.contains(u"never engaged: 2"_s), qPrintable(r.out));

        r = cli({u"--json"_s, u"stats"_s, u"content"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"pieces"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"posts"_s).toObject().value(u"engagement_rate"_s).toDouble(), 0.01);
        QCOMPARE(o.value(u"articles"_s).toObject().value(u"engagement_rate"_s).toDouble(), 0.2);
        r = cli({u"stats"_s, u"content"_s});
        QVERIFY2(r.out.contains(u"Articles: 1, engagement rate 20.0 % (40 engagements ÷ 200 "
                                "views), on average 200 views"_s),
                 qPrintable(r.out));

        r = cli({u"--json"_s, u"stats"_s, u"network"_s});
        QCOMPARE(r.exitCode, 0);
        o = r.json();
        QCOMPARE(o.value(u"connections"_s).toInt(), 3);
        QCOMPARE(o.value(u"own_industry"_s).toString(), u"Banking"_s);
        QCOMPARE(o.value(u"own_industry_guessed"_s).toBool(), true);
        QCOMPARE(o.value(u"own"_s).toInt(), 2);
        QCOMPARE(o.value(u"outside"_s).toInt(), 1);
        QCOMPARE(o.value(u"never_interacted"_s).toInt(), 2); // Ben, Cy
        QCOMPARE(o.value(u"industries"_s).toArray().at(0).toObject().value(u"scope"_s).toString(),
                 u"own"_s);
        r = cli({u"stats"_s, u"network"_s});
        QVERIFY2(r.out.contains(u"Never interacted with: 2 (66.7 %)"_s), qPrintable(r.out));
    }

    void emptyDatabaseSaysWhatToDo()
    {
        CliRun r = cli({u"stats"_s, u"network"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"import linkedin"_s), qPrintable(r.out));
        r = cli({u"stats"_s, u"content"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"content add"_s), qPrintable(r.out));
        r = cli({u"stats"_s, u"nonsense"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"tiers"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliInsights)
#include "tst_cliinsights.moc"
