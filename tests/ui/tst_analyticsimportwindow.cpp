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
#include <QChartView>
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

    void asSeen()
    {
        // RAPPORT_SHOTS=folder saves the window at 1280×720 and 1920×1080,
        // light and dark, with the chart, the audience and the dialog.
        importThroughTheMenu(workbook(u"Content_2024-12-01_2025-12-31_AlexSample.xlsx"_s));
        importThroughTheMenu(
            workbook(u"AggregateAnalytics_AlexSample_2026-01-01_2026-01-31.xlsx"_s));
        m_window->showPage(MainWindow::Page::Insights);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *insights = m_window->findChild<InsightsPage *>();
        const QString shots = qEnvironmentVariable("RAPPORT_SHOTS");
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xd6));
        const QPalette light = m_window->palette();
        for (const bool isDark : {false, true}) {
            m_window->setPalette(isDark ? dark : light);
            for (const QSize &size : {QSize(1280, 720), QSize(1920, 1080)}) {
                m_window->resize(size);
                insights->showChart(InsightsPage::Impressions);
                QCoreApplication::processEvents();
                ChartPanel *panel = insights->panel(InsightsPage::Impressions);
                QVERIFY(panel->chartView()->isVisible());
                QVERIFY(panel->sideText()->isVisible());
                // Both years' days, the later export deciding: 396 + 31.
                QCOMPARE(panel->csvRows().size(), 427);
                const QString suffix =
                    u"%1-%2"_s.arg(isDark ? u"dark"_s : u"light"_s).arg(size.width());
                if (!shots.isEmpty())
                    m_window->grab().save(shots + u"/analytics-chart-"_s + suffix + u".png"_s);
                insights->showAudience();
                QCoreApplication::processEvents();
                QVERIFY(insights->audiencePanel()->isVisible());
                QVERIFY(!insights->audiencePanel()->isEmptyShown());
                if (!shots.isEmpty())
                    m_window->grab().save(shots + u"/analytics-audience-"_s + suffix + u".png"_s);
            }
        }
        m_window->setPalette(light);
        DialogRunner::setNextHandler<WeeklyNumbersDialog>(
            u"weeklyNumbersDialog"_s, [&](WeeklyNumbersDialog &dialog) {
                dialog.dateEdit()->setDate(QDate(2026, 1, 28));
                dialog.show();
                if (!shots.isEmpty())
                    dialog.grab().save(shots + u"/analytics-weekly.png"_s);
                return false;
            });
        action(u"weeklyNumbersAction"_s)->trigger();
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
