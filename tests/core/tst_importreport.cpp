// The import report stays small however many rows a file gets wrong: the
// first 1,000 problems are listed with their line, the rest counted, in
// the text and in the JSON.

#include "io/ImportReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ImportReport : public QObject
{
    Q_OBJECT

private slots:
    void fewProblemsAreAllListed()
    {
        ImportReport report;
        report.skip(u"Connections.csv"_s, 7, u"no first name"_s);
        report.warn(u"Connections.csv"_s, 9, u"bad date"_s);
        QCOMPARE(report.skippedCount(), 1);
        QCOMPARE(report.warningCount(), 1);
        const QString text = report.toText();
        QVERIFY2(text.contains(u"Connections.csv line 7: no first name"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"more"_s), qPrintable(text));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"skipped_rows"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"skipped_rows_not_listed"_s).toInt(), 0);
        QCOMPARE(json.value(u"warning_count"_s).toInt(), 1);
    }

    void manyProblemsAreCountedNotKept()
    {
        ImportReport report;
        report.hiddenProfiles = 3;
        for (int line = 2; line < 500002; ++line)
            report.skip(u"Connections.csv"_s, line, u"the same person as line 1"_s);
        for (int line = 2; line < 3002; ++line)
            report.warn(u"Connections.csv"_s, line, u"bad date"_s);
        QCOMPARE(report.skipped.size(), qsizetype(ImportReport::maxListed));
        QCOMPARE(report.skippedNotListed, 499000);
        QCOMPARE(report.skippedCount(), 500003);
        QCOMPARE(report.warnings.size(), qsizetype(ImportReport::maxListed));
        QCOMPARE(report.warningCount(), 3000);
        // The first ones are those kept.
        QCOMPARE(report.skipped.constLast().line, 1001);

        const QString text = report.toText(50);
        QVERIFY2(text.contains(u"Skipped: 500003"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Connections.csv line 51: "_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Connections.csv line 52: "_s), qPrintable(text));
        QVERIFY2(text.contains(u"… and 499950 more (--json lists the first 1000)"_s) ||
                     text.contains(u"… and 499,950 more (--json lists the first 1,000)"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Imported without a field: 3000"_s), qPrintable(text));
        // All that is kept, then the count of the rest.
        const QString all = report.toText(std::numeric_limits<int>::max());
        QVERIFY2(all.contains(u"line 1001: "_s), qPrintable(all.right(300)));
        QVERIFY2(all.contains(u"… and 499000 more\n"_s) || all.contains(u"… and 499,000 more\n"_s),
                 qPrintable(all.right(300)));

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"skipped"_s).toInt(), 500003);
        QCOMPARE(json.value(u"skipped_rows"_s).toArray().size(), ImportReport::maxListed);
        QCOMPARE(json.value(u"skipped_rows_not_listed"_s).toInt(), 499000);
        QCOMPARE(json.value(u"warnings"_s).toArray().size(), ImportReport::maxListed);
        QCOMPARE(json.value(u"warning_count"_s).toInt(), 3000);
        QCOMPARE(json.value(u"warnings_not_listed"_s).toInt(), 2000);
    }
};

QTEST_GUILESS_MAIN(tst_ImportReport)
#include "tst_importreport.moc"
