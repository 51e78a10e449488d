// File ▸ Import LinkedIn Analytics… in the window, through the test seams:
// the chooser's workbook is imported on a worker and its report shown; the
// Insights page then shows the daily impressions and engagements and the
// audience without being told; the weekly numbers dialog says which
// followers came from LinkedIn; a bad workbook is refused with its file,
// sheet and cell and changes nothing; the empty chart offers the import.

#include "SeamTesting.h"
#include "common/ChartPanel.h"
#include "common/DateField.h"
#include "db/Database.h"
#include "importexport/ImportExportController.h"
#include "importexport/ImportReportDialog.h"
#include "insights/AudiencePanel.h"
#include "insights/InsightsPage.h"
#include "insights/WeeklyNumbersDialog.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "store/AnalyticsStore.h"

#include <QAction>
#include <QChart>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_AnalyticsImportWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    static QString workbook(const QString &name)
    {
        return QStringLiteral(RAPPORT_FIXTURES) + u"/analytics/"_s + name;
    }
    QString importThroughTheMenu(const QString &path)
    {
        QString shown;
        DialogRunner::setNextHandler<ImportReportDialog>(
            u"importReportDialog"_s, [&shown](ImportReportDialog &dialog) {
                shown = dialog.findChild<QPlainTextEdit *>(u"importDetails"_s)->toPlainText();
                return true;
            });
        FileDialogs::setNextPath(path);
        action(u"importAnalyticsAction"_s)->trigger();
        return shown;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"a.sqlite"_s)));
        m_window->resize(1280, 720);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void menuImportsAndInsightsShowIt()
    {
        m_window->showPage(MainWindow::Page::Insights);
        m_window->show();
        auto *insights = m_window->findChild<InsightsPage *>();
        insights->showChart(InsightsPage::Impressions);
        QVERIFY(insights->panel(InsightsPage::Impressions)->isEmptyShown());

        const QString report =
            importThroughTheMenu(workbook(u"Content_2024-12-01_2025-12-31_AlexSample.xlsx"_s));
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
        QCOMPARE(FileDialogs::asked(), QStringList{u"Import LinkedIn Analytics"_s});
        QVERIFY2(report.contains(u"396 read, 396 new"_s), qPrintable(report));
        QVERIFY2(report.contains(u"68 created"_s), qPrintable(report));
        QVERIFY(!m_window->importExport()->isImporting());

        // The page heard of the import by itself (Session::notifyChanged).
        ChartPanel *panel = insights->panel(InsightsPage::Impressions);
        QTRY_VERIFY(!panel->isEmptyShown());
        QCOMPARE(panel->csvRows().size(), 396);
        QCOMPARE(panel->csvRows().first(), (QStringList{u"2024-12-01"_s, u"3471"_s, u"16"_s}));
        QCOMPARE(panel->chart()->series().size(), 2);
        QVERIFY(panel->sideText()->text().contains(u"Engagement rate"_s));

        insights->showAudience();
        AudiencePanel *audience = insights->audiencePanel();
        QVERIFY(!audience->isEmptyShown());
        QTableWidget *titles = audience->table(u"job title"_s);
        QVERIFY(titles->rowCount() > 0);
        QCOMPARE(titles->item(0, 0)->text(), u"Software Engineer"_s);
        QCOMPARE(titles->item(0, 1)->text(), u"4.4 %"_s);

        // Importing it again changes nothing and says so.
        const QString again =
            importThroughTheMenu(workbook(u"Content_2024-12-01_2025-12-31_AlexSample.xlsx"_s));
        QVERIFY2(again.contains(u"Nothing new"_s), qPrintable(again));
    }

    void weeklyNumbersSayWhereFollowersCameFrom()
    {
        importThroughTheMenu(workbook(u"Content_2024-12-01_2025-12-31_AlexSample.xlsx"_s));
        QString week;
        int followers = -1;
        DialogRunner::setNextHandler<WeeklyNumbersDialog>(
            u"weeklyNumbersDialog"_s, [&](WeeklyNumbersDialog &dialog) {
                dialog.dateEdit()->setDate(QDate(2025, 12, 31));
                week = dialog.weekLabel()->text();
                followers = dialog.followersSpin()->value();
                return false;
            });
        action(u"weeklyNumbersAction"_s)->trigger();
        QVERIFY2(week.contains(u"from LinkedIn analytics"_s), qPrintable(week));
        QCOMPARE(followers, 32878);
    }

    void badWorkbookSaysWhereAndChangesNothing()
    {
        importThroughTheMenu(workbook(u"bad/Content_BadNumber.xlsx"_s));
        QCOMPARE(SeamTesting::warnings().size(), 1);
        const QString warning = SeamTesting::warnings().first();
        QVERIFY2(warning.startsWith(u"Could Not Import: "_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"Content_BadNumber.xlsx"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"sheet ENGAGEMENT"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"cell B14"_s), qPrintable(warning));
        QVERIFY(!DialogRunner::ran().contains(u"importReportDialog"_s));
        QVERIFY(AnalyticsStore(*m_window->session()->database()).imports().isEmpty());
    }

    void emptyChartOffersTheImport()
    {
        m_window->showPage(MainWindow::Page::Insights);
        m_window->show();
        auto *insights = m_window->findChild<InsightsPage *>();
        insights->showChart(InsightsPage::Impressions);
        auto *button = m_window->findChild<QPushButton *>(u"impressionsImportAnalyticsButton"_s);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(FileDialogs::asked(), QStringList{u"Import LinkedIn Analytics"_s});
    }
};

QTEST_MAIN(tst_AnalyticsImportWindow)
#include "tst_analyticsimportwindow.moc"
