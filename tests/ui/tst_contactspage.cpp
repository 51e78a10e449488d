// ContactsPage fits and stays put: at 1280, 1440 and 1920 pixels every
// column shows without sideways scrolling, Home/End never scroll sideways,
// the detail panel keeps its width whoever is selected, the search box keeps
// its width as the count changes, and columns fitted to one window size
// fit the next (only widths the user chose are kept).

#include "ScreenTesting.h"
#include "SeamTesting.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyColumnShowsWithoutSideScrolling_data();
    void everyColumnShowsWithoutSideScrolling();
    void columnsFollowTheNextWindowSize();
    void userSizedColumnsStayUntilFitAgain();
    void homeAndEndDoNotScrollSideways();
    void panelKeepsItsWidthAcrossSelections_data();
    void panelKeepsItsWidthAcrossSelections();
    void searchBoxKeepsItsWidthAsTheCountChanges();

private:
    void openWindow(const QSize &size);
    QTableView *table() const { return m_window->findChild<QTableView *>(u"contactsTable"_s); }
    QHeaderView *header() const { return table()->horizontalHeader(); }
    // The horizontal scroll range: 0 when every column shows.
    int sideScroll() const { return table()->horizontalScrollBar()->maximum(); }
    void selectRow(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ContactsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    SeamTesting::start();

    // Demo people, and one whose every field is long.
    Database db;
    QString error;
    QVERIFY2(db.open(m_dir->filePath(u"contacts.sqlite"_s), &error), qPrintable(error));
    ContactStore contacts(db);
    DemoGenerator demo;
    QVERIFY2(demo.fill(contacts, 120, &error), qPrintable(error));
    Contact longest;
    longest.firstName = u"Aaaron Maximilian Alexander"_s;
    longest.lastName = u"von Hohenzollern-Sigmaringen-Wittelsbach"_s;
    longest.position = u"Senior Vice President of Global Strategic Partnerships and Alliances"_s;
    longest.company = u"International Consolidated Holdings and Industrial Enterprises plc"_s;
    longest.location = u"Greater Los Angeles Metropolitan Area, California, United States"_s;
    longest.industry = u"Transportation, Logistics, Supply Chain and Storage"_s;
    longest.degree = 1;
    longest.connectedOn = QDate(2011, 3, 24);
    QVERIFY2(contacts.add(longest, &error), qPrintable(error));
    // A lapsed share with comment: the panel's longest tier line.
    EngagementStore engagement(db);
    Engagement shared;
    shared.contactId = longest.id;
    shared.kind = EngagementKind::ShareWithComment;
    shared.date = QDate::currentDate().addMonths(-11);
    shared.note = u"Shared the article on hiring with a long comment about it"_s;
    QVERIFY2(engagement.log(shared, &error), qPrintable(error));
}

void tst_ContactsPage::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_ContactsPage::openWindow(const QSize &size)
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(m_dir->filePath(u"contacts.sqlite"_s)));
    m_window->showPage(MainWindow::Page::Contacts);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCoreApplication::processEvents();
}

void tst_ContactsPage::selectRow(int row)
{
    table()->selectionModel()->setCurrentIndex(
        table()->model()->index(row, ContactTableModel::NameColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCoreApplication::processEvents();
}

void tst_ContactsPage::everyColumnShowsWithoutSideScrolling_data()
{
    QTest::addColumn<QSize>("size");
    // 1280×720 on the test's 1920×1080 screen; the client area of a laptop.
    QTest::newRow("1280") << QSize(1272, 680);
    QTest::newRow("1440") << QSize(1440, 860);
    QTest::newRow("1920") << QSize(1920, 1040);
}

void tst_ContactsPage::everyColumnShowsWithoutSideScrolling()
{
    QFETCH(QSize, size);
    openWindow(size);
    QCOMPARE(sideScroll(), 0);
    QVERIFY(!table()->horizontalScrollBar()->isVisible());
    // The columns end at the table's edge: Score shows whole.
    const int score = ContactTableModel::ScoreColumn;
    QCOMPARE(header()->sectionViewportPosition(score) + header()->sectionSize(score),
             table()->viewport()->width());
    // No title is cut ("ompan", "ocation").
    for (int column = 0; column < ContactTableModel::ColumnCount; ++column) {
        const QString title = table()->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header()->sectionSize(column) > header()->fontMetrics().horizontalAdvance(title),
                 qPrintable(title));
    }
    // The name gets the most room of the text columns; Tier stays compact.
    QVERIFY(header()->sectionSize(ContactTableModel::NameColumn) >=
            header()->sectionSize(ContactTableModel::PositionColumn));
    QVERIFY(header()->sectionSize(ContactTableModel::NameColumn) >=
            table()->fontMetrics().averageCharWidth() * 16);
    QVERIFY(header()->sectionSize(ContactTableModel::TierColumn) <
            table()->fontMetrics().averageCharWidth() * 20);
}

void tst_ContactsPage::columnsFollowTheNextWindowSize()
{
    // Columns fitted on a big monitor and saved ...
    openWindow(QSize(1920, 1040));
    m_window->close();
    m_window.reset();
    // ... fit the laptop next time, and a resize after.
    openWindow(QSize(1272, 680));
    QCOMPARE(sideScroll(), 0);
    m_window->resize(1600, 900);
    QCoreApplication::processEvents();
    QCOMPARE(sideScroll(), 0);
    const int score = ContactTableModel::ScoreColumn;
    QCOMPARE(header()->sectionViewportPosition(score) + header()->sectionSize(score),
             table()->viewport()->width());
}

void tst_ContactsPage::userSizedColumnsStayUntilFitAgain()
{
    openWindow(QSize(1272, 680));
    const int widened = header()->sectionSize(ContactTableModel::PositionColumn) + 400;
    header()->resizeSection(ContactTableModel::PositionColumn, widened);
    QCoreApplication::processEvents();
    QVERIFY(sideScroll() > 0);
    // Kept across a restart ...
    m_window->close();
    m_window.reset();
    openWindow(QSize(1272, 680));
    QCOMPARE(header()->sectionSize(ContactTableModel::PositionColumn), widened);
    // ... until the header's Fit Columns to Window.
    auto *fit = header()->findChild<QAction *>(u"fitColumnsAction"_s);
    QVERIFY(fit);
    QVERIFY(header()->actions().contains(fit));
    fit->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(sideScroll(), 0);
}

void tst_ContactsPage::homeAndEndDoNotScrollSideways()
{
    openWindow(QSize(1272, 680));
    // Wider than the table, so there is something to scroll sideways.
    header()->resizeSection(ContactTableModel::IndustryColumn, 900);
    QCoreApplication::processEvents();
    QVERIFY(sideScroll() > 0);
    table()->setFocus();
    selectRow(0);
    table()->horizontalScrollBar()->setValue(0);
    const int last = table()->model()->rowCount() - 1;

    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), last);
    QCOMPARE(table()->currentIndex().column(), int(ContactTableModel::NameColumn));
    QCOMPARE(table()->horizontalScrollBar()->value(), 0);

    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), 0);
    QTest::keyClick(table(), Qt::Key_End);
    QCOMPARE(table()->currentIndex().row(), last);
    QCOMPARE(table()->horizontalScrollBar()->value(), 0);
}

void tst_ContactsPage::panelKeepsItsWidthAcrossSelections_data()
{
    everyColumnShowsWithoutSideScrolling_data();
}

void tst_ContactsPage::panelKeepsItsWidthAcrossSelections()
{
    QFETCH(QSize, size);
    openWindow(size);
    ContactDetailPanel *panel = m_window->contactsPage()->detailPanel();
    const int rows = table()->model()->rowCount();
    QVERIFY(rows > 100);
    selectRow(0);
    const int width = panel->width();
    const int tableWidth = table()->width();
    QVERIFY(width > 0);
    // Everyone, the long-named contact and its long tier line included.
    for (int row = 0; row < rows; ++row) {
        selectRow(row);
        QVERIFY2(panel->width() == width,
                 qPrintable(u"row %1: %2 instead of %3"_s.arg(row).arg(panel->width()).arg(width)));
    }
    QCOMPARE(table()->width(), tableWidth);
}

void tst_ContactsPage::searchBoxKeepsItsWidthAsTheCountChanges()
{
    openWindow(QSize(1272, 680));
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    auto *count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QVERIFY(search);
    QVERIFY(count);
    const int width = search->width();
    const QString before = count->text();
    for (const QString &text : {u"a"_s, u"zzzz-no-match"_s, u"Hohenzollern"_s, QString()}) {
        search->setText(text);
        QTest::keyClick(search, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(search->width(), width);
    }
    search->setText(u"a"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY(count->text() != before);
    QCOMPARE(search->width(), width);
}

RAPPORT_TEST_MAIN_ON_SCREEN(tst_ContactsPage, 1920, 1080)
#include "tst_contactspage.moc"
