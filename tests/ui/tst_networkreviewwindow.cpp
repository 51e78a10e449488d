// The network review from the window: Insights ▸ Network review counts the
// connections by industry (yours from Preferences), location and company and
// the ones never or not lately in touch; each list opens as a filtered
// Contacts view that says so and goes back to everyone in one click.

#include "SeamTesting.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "domain/Engagement.h"
#include "insights/InsightsPage.h"
#include "insights/NetworkReviewPanel.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/WindowCommands.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_NetworkReviewWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    InsightsPage *insights() const { return m_window->findChild<InsightsPage *>(); }
    NetworkReviewPanel *review() const { return insights()->reviewPanel(); }
    ContactTableModel *model() const { return m_window->contactsPage()->model(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openDatabase(m_dir->filePath(u"r.sqlite"_s)));
        const struct
        {
            const char16_t *first;
            int degree;
            const char16_t *industry;
            const char16_t *company;
        } people[] = {{u"Ana", 1, u"Banking", u"Northwind"},
                      {u"Ben", 1, u"Banking", u"Contoso"},
                      {u"Cy", 1, u"Retail", u"Northwind"},
                      {u"Dee", 1, u"IT Services", u"Fabrikam"},
                      {u"Zed", 2, u"Banking", u"Northwind"}};
        QString error;
        qint64 ana = 0;
        for (const auto &p : people) {
            Contact c;
            c.firstName = QString::fromUtf16(p.first);
            c.lastName = u"Test"_s;
            c.degree = p.degree;
            c.industry = QString::fromUtf16(p.industry);
            c.company = QString::fromUtf16(p.company);
            QVERIFY2(m_window->contactStore()->add(c, &error), qPrintable(error));
            if (!ana)
                ana = c.id;
        }
        Engagement e;
        e.contactId = ana;
        e.kind = EngagementKind::Comment;
        e.date = QDate::currentDate();
        QVERIFY(m_window->engagementStore()->log(e, &error));
        m_window->contactsPage()->reload();
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void listsOpenAsFilteredContacts()
    {
        m_window->showPage(MainWindow::Page::Insights);
        insights()->showReview();
        QVERIFY(insights()->isReviewShown());
        QVERIFY(!review()->isEmptyShown());
        const QString summary = review()->summary()->text();
        QVERIFY2(summary.contains(u"4 connections"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Banking, the most common"_s), qPrintable(summary));
        QCOMPARE(review()->industries()->topLevelItemCount(), 3);
        QCOMPARE(review()->industries()->topLevelItem(0)->text(0), u"Banking"_s);
        QCOMPARE(review()->industries()->topLevelItem(0)->text(2), u"yours"_s);
        QVERIFY2(review()->neverButton()->text().contains(u"3 (75 %)"_s),
                 qPrintable(review()->neverButton()->text()));

        // Never interacted with: Ben, Cy, Dee in Contacts, said so — whatever
        // was typed in the search box before.
        auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
        search->setText(u"Ana"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model()->rowCount(), 1);
        review()->neverButton()->click();
        QVERIFY(search->text().isEmpty());
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
        QCOMPARE(model()->rowCount(), 3);
        auto *bar = m_window->findChild<QWidget *>(u"reviewBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY2(m_window->findChild<QLabel *>(u"reviewLabel"_s)->text().contains(u"never"_s),
                 qPrintable(m_window->findChild<QLabel *>(u"reviewLabel"_s)->text()));
        QVERIFY(model()->query().review.isActive()); // what File ▸ Export exports
        m_window->findChild<QPushButton *>(u"reviewClearButton"_s)->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(model()->rowCount(), 5);

        // A company: connections only (Zed is not one).
        m_window->showPage(MainWindow::Page::Insights);
        QTreeWidget *companies = review()->companies();
        QCOMPARE(companies->topLevelItem(0)->text(0), u"Northwind"_s);
        emit companies->itemActivated(companies->topLevelItem(0), 0);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(SeamTesting::warnings().isEmpty());
    }

    void industriesFromPreferences()
    {
        DialogRunner::setNextHandler<PreferencesDialog>(
            u"preferencesDialog"_s, [](PreferencesDialog &dialog) {
                dialog.ownIndustryEdit()->setText(u"Retail"_s);
                dialog.findChild<QLineEdit *>(u"relatedIndustriesEdit"_s)->setText(u"Banking"_s);
                return true;
            });
        m_window->commands()->editPreferences();
        m_window->showPage(MainWindow::Page::Insights);
        insights()->showReview();
        const QString summary = review()->summary()->text();
        QVERIFY2(summary.contains(u"In your industry (Retail): 1 (25 %); related: 2 (50 %)"_s),
                 qPrintable(summary));
        // The dialog opens on what was saved.
        QString shown;
        DialogRunner::setNextHandler<PreferencesDialog>(
            u"preferencesDialog"_s, [&shown](PreferencesDialog &dialog) {
                shown = dialog.ownIndustryEdit()->text();
                return false;
            });
        m_window->commands()->editPreferences();
        QCOMPARE(shown, u"Retail"_s);
        const QString shots = qEnvironmentVariable("RAPPORT_SHOTS");
        if (!shots.isEmpty()) {
            QTest::qWait(50); // let the layouts take the new texts in
            QVERIFY(m_window->grab().save(shots + u"/network-review.png"_s));
        }
        QVERIFY(SeamTesting::warnings().isEmpty());
    }
};

QTEST_MAIN(tst_NetworkReviewWindow)
#include "tst_networkreviewwindow.moc"
