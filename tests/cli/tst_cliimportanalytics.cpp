// rapport-cli import analytics, run as the real binary on the synthetic
// workbooks of tests/fixtures/analytics: the report as JSON and text, the
// same workbook again changes nothing, the followers it brings show in
// `snapshot list` (a typed week wins), the top posts in `content list`, and
// the exit statuses (with no database created) for a bad workbook and bad
// usage.

#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES "/analytics/") + name;
}

const QString year = u"Content_2024-12-01_2025-12-31_AlexSample.xlsx"_s;

QJsonObject weekOf(const QJsonArray &weeks, const QString &monday)
{
    for (const QJsonValue &v : weeks) {
        if (v.toObject().value(u"week_start"_s).toString() == monday)
            return v.toObject();
    }
    return {};
}

} // namespace

class tst_CliImportAnalytics : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;

    Run cli(QStringList args)
    {
        args.prepend(m_dbPath);
        args.prepend(u"--db"_s);
        return CliProcess::run(args, CliProcess::isolated(m_dir->path()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dbPath = m_dir->filePath(u"test.sqlite"_s);
    }
    void cleanup() { m_dir.reset(); }

    void importsAndAgainChangesNothing()
    {
        Run r = cli({u"--json"_s, u"import"_s, u"analytics"_s, fixture(year)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject report = r.json();
        QCOMPARE(report.value(u"period_end"_s).toString(), u"2025-12-31"_s);
        QCOMPARE(report.value(u"days"_s).toObject().value(u"read"_s).toInt(), 396);
        QCOMPARE(report.value(u"days"_s).toObject().value(u"added"_s).toInt(), 396);
        QCOMPARE(report.value(u"follower_days"_s).toObject().value(u"added"_s).toInt(), 365);
        QCOMPARE(report.value(u"posts"_s).toObject().value(u"read"_s).toInt(), 68);
        QCOMPARE(report.value(u"posts"_s).toObject().value(u"created"_s).toInt(), 68);
        QCOMPARE(report.value(u"posts"_s).toObject().value(u"readings_added"_s).toInt(), 68);
        QCOMPARE(report.value(u"demographics"_s).toObject().value(u"read"_s).toInt(), 22);
        QVERIFY(report.value(u"changed"_s).toBool());

        r = cli({u"--json"_s, u"import"_s, u"analytics"_s, fixture(year)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        report = r.json();
        QCOMPARE(report.value(u"days"_s).toObject().value(u"added"_s).toInt(), 0);
        QCOMPARE(report.value(u"days"_s).toObject().value(u"changed"_s).toInt(), 0);
        QCOMPARE(report.value(u"posts"_s).toObject().value(u"matched"_s).toInt(), 68);
        QCOMPARE(report.value(u"posts"_s).toObject().value(u"created"_s).toInt(), 0);
        QCOMPARE(report.value(u"posts"_s).toObject().value(u"readings_added"_s).toInt(), 0);
        QVERIFY(!report.value(u"changed"_s).toBool());

        r = cli({u"import"_s, u"analytics"_s, fixture(year)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Nothing new"_s), qPrintable(r.out));

        // The post the workbook ranks first: 65,049 impressions, 894 engagements.
        r = cli({u"--json"_s, u"content"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        bool found = false;
        const QJsonArray pieces = r.json().value(u"pieces"_s).toArray();
        QCOMPARE(pieces.size(), 68);
        for (const QJsonValue &v : pieces) {
            const QJsonObject o = v.toObject();
            if (!o.value(u"url"_s).toString().contains(u"7177348873453433761"_s))
                continue;
            found = true;
            QCOMPARE(o.value(u"published_on"_s).toString(), u"2025-04-27"_s);
        }
        QVERIFY(found);
    }

    void followersFillTheWeeks()
    {
        Run r = cli({u"snapshot"_s, u"add"_s, u"--date"_s, u"2025-12-24"_s, u"--followers"_s,
                     u"32000"_s, u"--connections"_s, u"900"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"import"_s, u"analytics"_s, fixture(year)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({u"--json"_s, u"snapshot"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray weeks = r.json().value(u"snapshots"_s).toArray();
        // 1 January 2025 (a Wednesday) to 31 December 2025: 53 weeks.
        QCOMPARE(weeks.size(), 53);
        // The last week is covered to Wednesday 31 December: 32,878.
        QJsonObject last = weekOf(weeks, u"2025-12-29"_s);
        QCOMPARE(last.value(u"followers"_s).toInt(), 32878);
        QCOMPARE(last.value(u"followers_from"_s).toString(), u"linkedin_analytics"_s);
        QCOMPARE(last.value(u"followers_on"_s).toString(), u"2025-12-31"_s);
        // The week typed wins over LinkedIn's count.
        const QJsonObject typed = weekOf(weeks, u"2025-12-22"_s);
        QCOMPARE(typed.value(u"followers"_s).toInt(), 32000);
        QCOMPARE(typed.value(u"connections"_s).toInt(), 900);
        QCOMPARE(typed.value(u"followers_from"_s).toString(), u"typed"_s);
        // A full week ends on its Sunday: 32,850 on 29 December less its 23 new.
        const QJsonObject full = weekOf(weeks, u"2025-12-15"_s);
        QCOMPARE(full.value(u"followers_on"_s).toString(), u"2025-12-21"_s);
    }

    void badWorkbookChangesNothing()
    {
        Run r = cli({u"import"_s, u"analytics"_s, fixture(u"bad/Content_BadNumber.xlsx"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Content_BadNumber.xlsx"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"cell B14"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(m_dbPath));

        r = cli({u"import"_s, u"analytics"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(m_dbPath));
        r = cli({u"import"_s, u"analytics"_s, fixture(year), u"extra"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"extra"_s));
    }

    void helpNamesTheCommand()
    {
        Run r = cli({u"import"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"import analytics FILE.xlsx"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(tst_CliImportAnalytics)
#include "tst_cliimportanalytics.moc"
