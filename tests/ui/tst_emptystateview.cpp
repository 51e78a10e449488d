// The empty states of the window on a new database: each page and chart
// says what will show and offers its action as a button that does what the
// menu does; never a command line. A filtered list that shows nothing says
// which filter hides everything and offers Clear Filters.

#include "SeamTesting.h"
#include "common/ChartPanel.h"
#include "common/EmptyStateView.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "demo/DemoGenerator.h"
#include "insights/InsightsPage.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "store/ContactStore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_EmptyStateView : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QPushButton *button(const QString &name) const
    {
        return m_window->findChild<QPushButton *>(name);
    }
    // Clicks `name` and says which dialog or file question it brought up.
    QString clickAndSeeWhatOpens(const QString &name)
    {
        DialogRunner::clear();
        FileDialogs::clear();
        QPushButton *b = button(name);
        if (!b || !b->isVisible() || !b->isEnabled())
            return u"(no usable button %1)"_s.arg(name);
        QTest::mouseClick(b, Qt::LeftButton);
        if (!DialogRunner::ran().isEmpty())
            return DialogRunner::ran().first();
        if (!FileDialogs::asked().isEmpty())
            return u"file: "_s + FileDialogs::asked().first();
        return u"(nothing)"_s;
    }
    QString allVisibleText() const
    {
        QString all;
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->isVisible())
                all += label->text() + u'\n';
        }
        return all;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"empty.sqlite"_s)));
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void buttonsFollowTheirAction()
    {
        // A view's buttons take the action's words and enabled state.
        auto *action = new QAction(u"&Do It…"_s, m_window.get());
        action->setObjectName(u"doItAction"_s);
        auto *view = new EmptyStateView(u":/icons/today.svg"_s, u"probe"_s, m_window.get());
        view->setActions({u"doItAction"_s, u"missingAction"_s});
        QCOMPARE(view->actionButtons().size(), 1);
        QPushButton *b = view->actionButtons().first();
        QCOMPARE(b->objectName(), u"probeDoItButton"_s);
        QCOMPARE(b->text(), u"Do It…"_s);
        int triggered = 0;
        connect(action, &QAction::triggered, this, [&triggered] { ++triggered; });
        b->click();
        QCOMPARE(triggered, 1);
        action->setEnabled(false);
        QVERIFY(!b->isEnabled());
        view->setActions({});
        QVERIFY(view->actionButtons().isEmpty());
    }

    void todayOnAnEmptyDatabaseOffersImportAndAdd()
    {
        m_window->showPage(MainWindow::Page::Today);
        QCOMPARE(m_window->findChild<QLabel *>(u"todayEmptyStateHeading"_s)->text(),
                 u"No contacts yet"_s);
        QCOMPARE(clickAndSeeWhatOpens(u"todayImportLinkedInButton"_s).left(6), u"file: "_s);
        QCOMPARE(clickAndSeeWhatOpens(u"todayAddContactButton"_s), u"contactDialog"_s);
    }

    void contactsOnAnEmptyDatabaseOffersImportAndAdd()
    {
        m_window->showPage(MainWindow::Page::Contacts);
        QCOMPARE(clickAndSeeWhatOpens(u"contactsImportLinkedInButton"_s).left(6), u"file: "_s);
        QCOMPARE(clickAndSeeWhatOpens(u"contactsAddContactButton"_s), u"contactDialog"_s);
    }

    void contentAndOutreachOfferTheirAction()
    {
        m_window->showPage(MainWindow::Page::Content);
        QCOMPARE(clickAndSeeWhatOpens(u"contentEmptyStateAddButton"_s), u"contentPieceDialog"_s);
        m_window->showPage(MainWindow::Page::Outreach);
        QCOMPARE(clickAndSeeWhatOpens(u"outreachImportLinkedInButton"_s).left(6), u"file: "_s);
    }

    void everyChartOffersWhatFillsIt()
    {
        m_window->showPage(MainWindow::Page::Insights);
        auto *insights = m_window->findChild<InsightsPage *>();
        const struct
        {
            InsightsPage::Chart chart;
            const char *button;
            QString opens;
        } charts[] = {
            {InsightsPage::Network, "networkWeeklyNumbersButton", u"weeklyNumbersDialog"_s},
            {InsightsPage::Ratio, "ratioWeeklyNumbersButton", u"weeklyNumbersDialog"_s},
            {InsightsPage::Views, "viewsWeeklyNumbersButton", u"weeklyNumbersDialog"_s},
            {InsightsPage::Content, "contentAddContentButton", u"contentPieceDialog"_s},
            {InsightsPage::Invitations, "invitationsImportLinkedInButton", u"file: "_s},
            {InsightsPage::InMails, "inmailsImportLinkedInButton", u"file: "_s},
            {InsightsPage::Tiers, "tiersAddContactButton", u"contactDialog"_s},
        };
        for (const auto &c : charts) {
            insights->showChart(c.chart);
            const QString opened = clickAndSeeWhatOpens(QString::fromLatin1(c.button));
            QVERIFY2(opened.startsWith(c.opens), qPrintable(opened));
        }
        insights->showReview();
        QCOMPARE(clickAndSeeWhatOpens(u"reviewImportLinkedInButton"_s).left(6), u"file: "_s);
    }

    void noPageTellsOfTheCommandLineOrMixesMenuArrows()
    {
        for (MainWindow::Page page :
             {MainWindow::Page::Today, MainWindow::Page::Contacts, MainWindow::Page::Content,
              MainWindow::Page::Outreach, MainWindow::Page::Insights}) {
            m_window->showPage(page);
            const QString text = allVisibleText();
            QVERIFY2(!text.contains(u"rapport-cli"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"\u203a"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"\u2026."_s), qPrintable(text));
        }
    }

    void emptyTextIsNeverCut()
    {
        // Every wrapped line fits its label (the review's text stopped
        // mid-sentence).
        m_window->showPage(MainWindow::Page::Insights);
        m_window->findChild<InsightsPage *>()->showReview();
        auto *text = m_window->findChild<QLabel *>(u"reviewEmptyStateText"_s);
        QVERIFY(text->isVisible());
        QVERIFY(text->height() >= text->heightForWidth(text->width()));
    }

    void clearFiltersShowsEveryoneAgain()
    {
        QString error;
        DemoGenerator demo;
        QVERIFY2(demo.fill(*m_window->contactStore(), 60, &error), qPrintable(error));
        m_window->contactsPage()->contactsChanged(0);
        m_window->showPage(MainWindow::Page::Contacts);
        auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
        auto *tier = m_window->findChild<QComboBox *>(u"tierFilter"_s);
        QVERIFY(search && tier);
        tier->setCurrentIndex(1);
        QTest::keyClicks(search, u"zzqx"_s);
        auto *noMatch = m_window->findChild<QLabel *>(u"noMatchLabel"_s);
        QTRY_VERIFY(noMatch->isVisible() && noMatch->text().contains(u"zzqx"_s));
        // Says the search and the tier filter, not only "No contacts match".
        QVERIFY2(noMatch->text().contains(u"zzqx"_s) &&
                     noMatch->text().contains(tier->currentText()) &&
                     noMatch->text().contains(u"tier filter"_s),
                 qPrintable(noMatch->text()));
        QPushButton *clear = button(u"contactsNoMatchClearFiltersButton"_s);
        QVERIFY(clear && clear->isVisible());
        if (const QString shots = qEnvironmentVariable("RAPPORT_SHOTS"); !shots.isEmpty())
            QVERIFY(m_window->grab().save(shots + u"/contacts-no-match.png"_s));
        clear->click();
        QCOMPARE(search->text(), QString());
        QCOMPARE(tier->currentIndex(), 0);
        QTRY_COMPARE(m_window->contactsPage()->model()->rowCount(), 60);
        QVERIFY(!noMatch->isVisible());
    }
};

QTEST_MAIN(tst_EmptyStateView)
#include "tst_emptystateview.moc"
