// WindowPlacement and the main window: it opens within the screen's
// available area (default size and remembered geometry clamped), and at a
// 1280×720 laptop screen the status bar, Today's buttons and the detail
// panel's Save are on the screen.

#include "ScreenTesting.h"
#include "SeamTesting.h"
#include "contacts/ContactsPage.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "shell/WindowPlacement.h"
#include "store/ContactStore.h"

#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// A 1280×720 laptop: the whole screen, and with a 30-pixel panel at the bottom.
const QRect laptop(0, 0, 1280, 720);
const QRect laptopWithPanel(0, 0, 1280, 690);

// Where a client area may lie so its frame is on `available`.
QRect room(const QRect &available)
{
    return available.adjusted(4, WindowPlacement::FrameAllowance - 4, -4, -4);
}

} // namespace

class tst_WindowPlacement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultSize_data();
    void defaultSize();
    void fitted_data();
    void fitted();
    void firstStartOpensWithinTheScreen();
    void rememberedGeometryIsClampedToTheScreen();
    void everyPageFitsALaptop();
    void bottomControlsOnScreenAt1280x720();

private:
    void openWindow(int demoContacts);
    // True when `widget` is shown whole inside the window's client area.
    bool insideWindow(const QWidget *widget) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_WindowPlacement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    SeamTesting::start();
}

void tst_WindowPlacement::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_WindowPlacement::openWindow(int demoContacts)
{
    const QString path = m_dir->filePath(u"contacts.sqlite"_s);
    if (demoContacts > 0) {
        // Written before the window opens, so the day's queue is planned
        // from them: the demo people and one connection of yesterday to welcome.
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        ContactStore contacts(db);
        DemoGenerator demo;
        QVERIFY2(demo.fill(contacts, demoContacts, &error), qPrintable(error));
        Contact fresh;
        fresh.firstName = u"Ada"_s;
        fresh.lastName = u"Welcome"_s;
        fresh.degree = 1;
        fresh.connectedOn = QDate::currentDate().addDays(-1);
        QVERIFY2(contacts.add(fresh, &error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(path));
}

bool tst_WindowPlacement::insideWindow(const QWidget *widget) const
{
    const QRect shown(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    return widget->isVisible() && m_window->rect().contains(shown);
}

void tst_WindowPlacement::defaultSize_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1280x720") << laptop << QSize(1272, 680);
    QTest::newRow("1280x720, panel") << laptopWithPanel << QSize(1272, 650);
    QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1080) << QSize(1280, 800);
    QTest::newRow("1440x900") << QRect(0, 0, 1440, 900) << QSize(1280, 800);
}

void tst_WindowPlacement::defaultSize()
{
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    QCOMPARE(WindowPlacement::defaultSize(available), expected);
    QVERIFY(room(available).size().boundedTo(expected) == expected);
}

void tst_WindowPlacement::fitted_data()
{
    QTest::addColumn<QRect>("remembered");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect big(0, 0, 1920, 1080);
    QTest::newRow("fits: unchanged")
        << QRect(100, 80, 1000, 600) << big << QRect(100, 80, 1000, 600);
    QTest::newRow("from a big monitor")
        << QRect(40, 60, 1800, 1000) << laptop << QRect(4, 36, 1272, 680);
    QTest::newRow("1280x800 on a laptop")
        << QRect(0, 36, 1280, 800) << laptopWithPanel << QRect(4, 36, 1272, 650);
    QTest::newRow("below the bottom edge")
        << QRect(200, 300, 800, 600) << laptop << QRect(200, 116, 800, 600);
    // On a monitor unplugged since: centred on this one.
    QTest::newRow("off-screen") << QRect(3000, 200, 800, 600) << laptop << QRect(240, 76, 800, 600);
    QTest::newRow("second screen")
        << QRect(1400, 100, 800, 600) << QRect(1280, 0, 1920, 1080) << QRect(1400, 100, 800, 600);
}

void tst_WindowPlacement::fitted()
{
    QFETCH(QRect, remembered);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect result = WindowPlacement::fitted(remembered, available);
    QCOMPARE(result, expected);
    QVERIFY(room(available).contains(result));
}

void tst_WindowPlacement::firstStartOpensWithinTheScreen()
{
    openWindow(0);
    const QRect available = m_window->screen()->availableGeometry();
    QCOMPARE(available, laptop);
    QVERIFY2(room(available).contains(m_window->geometry()),
             qPrintable(u"%1,%2 %3x%4"_s.arg(m_window->x())
                            .arg(m_window->y())
                            .arg(m_window->width())
                            .arg(m_window->height())));
}

void tst_WindowPlacement::rememberedGeometryIsClampedToTheScreen()
{
    // A window left on a monitor far bigger than this screen.
    openWindow(0);
    const QRect available = m_window->screen()->availableGeometry();
    m_window->setGeometry(
        QRect(available.topLeft() + QPoint(50, 50), available.size() + QSize(1000, 800)));
    m_window->close();
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    m_window.reset();

    openWindow(0);
    QVERIFY(room(available).contains(m_window->geometry()));
    // Shrunk to the screen, not to some small default.
    QCOMPARE(m_window->width(), room(available).width());
}

void tst_WindowPlacement::everyPageFitsALaptop()
{
    openWindow(50);
    const QSize laptopRoom = room(laptopWithPanel).size();
    for (auto page :
         {MainWindow::Page::Today, MainWindow::Page::Contacts, MainWindow::Page::Content,
          MainWindow::Page::Outreach, MainWindow::Page::Insights}) {
        m_window->showPage(page);
        const QSize least = m_window->minimumSizeHint();
        QVERIFY2(
            least.width() <= laptopRoom.width() && least.height() <= laptopRoom.height(),
            qPrintable(
                u"page %1 needs %2x%3"_s.arg(int(page)).arg(least.width()).arg(least.height())));
    }
}

void tst_WindowPlacement::bottomControlsOnScreenAt1280x720()
{
    openWindow(50);
    m_window->resize(WindowPlacement::defaultSize(laptopWithPanel, m_window->minimumSizeHint()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), room(laptopWithPanel).size());

    m_window->showPage(MainWindow::Page::Today);
    QCoreApplication::processEvents();
    QVERIFY(insideWindow(m_window->statusBar()));
    auto *done = m_window->findChild<QPushButton *>(u"todayDoneButton"_s);
    QVERIFY(done);
    // The queue is planned in the background.
    QTRY_VERIFY(done->isVisible());
    QVERIFY(insideWindow(done));

    m_window->showPage(MainWindow::Page::Contacts);
    QCoreApplication::processEvents();
    auto *save = m_window->contactsPage()->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save);
    QVERIFY(insideWindow(save));
}

// The tests run on a 1280×720 screen.
RAPPORT_TEST_MAIN_ON_SCREEN(tst_WindowPlacement, 1280, 720)
#include "tst_windowplacement.moc"
