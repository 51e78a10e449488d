// Keyboard first, through the whole window: the focus starts in Today's
// queue on launch, Ctrl+1…Ctrl+5 put it in each page's list, Ctrl+F in the
// search box, and the shortcuts UI.md lists work from there.

#include "SeamTesting.h"
#include "common/EmptyStateView.h"
#include "db/Database.h"
#include "outreach/ComposeDialog.h"
#include "outreach/ConversationView.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"
#include "today/TodayPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_KeyboardFocus : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QString dbPath() const { return m_dir->filePath(u"k.sqlite"_s); }
    TodayPage *today() const { return m_window->findChild<TodayPage *>(); }
    QListView *queue() const { return m_window->findChild<QListView *>(u"todayQueue"_s); }
    static QWidget *focused() { return QApplication::focusWidget(); }

    // Three people whose replies wait for an answer: three items in Today's
    // queue. Written before the window opens the file, as on a real morning.
    void writeThreeReplies()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        ContactStore contacts(db);
        OutreachStore outreach(db);
        const QStringList names{u"Ada"_s, u"Ben"_s, u"Cleo"_s};
        for (int i = 0; i < names.size(); ++i) {
            Contact c;
            c.firstName = names.at(i);
            c.lastName = u"Test"_s;
            QVERIFY2(contacts.add(c, &error), qPrintable(error));
            Outreach reply;
            reply.contactId = c.id;
            reply.channel = u"message"_s;
            reply.direction = u"in"_s;
            reply.body = u"Thanks for writing."_s;
            reply.happenedAt = QDateTime::currentDateTimeUtc().addDays(-1).addSecs(-60 * i);
            QVERIFY2(outreach.add(reply, &error), qPrintable(error));
        }
    }

    // As the application starts: the window shown, then the database opened.
    void launch()
    {
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->show();
        QVERIFY(m_window->openDatabase(dbPath()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        SeamTesting::start();
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void launchPutsTheFocusInTodaysQueue()
    {
        writeThreeReplies();
        launch();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Today);
        QCOMPARE(today()->items().size(), 3);
        QTRY_COMPARE(focused(), queue());
        QCOMPARE(today()->currentRow(), 0);
        // J moves at once; Down moves in the queue and stays on Today.
        QTest::keyClick(focused(), Qt::Key_J);
        QCOMPARE(today()->currentRow(), 1);
        QTest::keyClick(focused(), Qt::Key_Down);
        QCOMPARE(today()->currentRow(), 2);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Today);
        QTest::keyClick(focused(), Qt::Key_K);
        QCOMPARE(today()->currentRow(), 1);
        QTest::keyClick(focused(), Qt::Key_Up);
        QCOMPARE(today()->currentRow(), 0);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Today);
    }

    void launchOnAnEmptyQueueFocusesWhatTodayShows()
    {
        // Nothing to do today: the queue is not shown, so the focus goes to
        // the first control Today shows, never to the hidden list.
        launch();
        QVERIFY(today()->items().isEmpty());
        QTRY_VERIFY(focused());
        QVERIFY(focused() != queue());
        QVERIFY(focused()->isVisible());
        QVERIFY2(today()->isAncestorOf(focused()), focused()->metaObject()->className());
        // An empty state's own button comes first (before the numbers strip's):
        // on an empty database, Import LinkedIn Export….
        auto *empty = today()->findChild<EmptyStateView *>();
        QVERIFY(empty && empty->isVisible());
        auto *button = empty->findChild<QPushButton *>(u"todayImportLinkedInButton"_s);
        QVERIFY(button && button->isVisible());
        QTest::keyClick(focused(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(focused(), button);
    }

    void ctrlNumbersFocusEachPagesList()
    {
        writeThreeReplies();
        launch();
        auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
        navigation->setFocus();
        QTRY_COMPARE(focused(), navigation);
        QTest::keyClick(focused(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
        QTRY_COMPARE(focused(), m_window->findChild<QTableView *>(u"contactsTable"_s));
        QTest::keyClick(focused(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Outreach);
        QTRY_COMPARE(focused(), m_window->findChild<QTableView *>(u"outreachTable"_s));
        QTest::keyClick(focused(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Insights);
        QTRY_COMPARE(focused(), m_window->findChild<QWidget *>(u"insightsChartList"_s));
        // Content has no pieces yet: the focus is on the page, never left in
        // the navigation or on a hidden table.
        QTest::keyClick(focused(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Content);
        QVERIFY(focused());
        QVERIFY2(m_window->findChild<QWidget *>(u"contentPage"_s)->isAncestorOf(focused()),
                 focused()->metaObject()->className());
        QVERIFY(focused()->isVisible());
        // Ctrl+1: back in the queue, where J works at once.
        QTest::keyClick(focused(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Today);
        QTRY_COMPARE(focused(), queue());
        QTest::keyClick(focused(), Qt::Key_J);
        QCOMPARE(today()->currentRow(), 1);
        // Ctrl+F: the contacts' search box.
        QTest::keyClick(focused(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
        QTRY_COMPARE(focused(), m_window->findChild<QLineEdit *>(u"searchEdit"_s));
    }

    void todaysKeysWorkFromLaunch()
    {
        writeThreeReplies();
        launch();
        QTRY_COMPARE(focused(), queue());
        // Enter: Done, which composes (cancelled here: nothing changes).
        // "Answer their reply": Compose shows the reply it answers.
        QList<Outreach> shown;
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &d) {
            shown = d.conversationView()->messages();
            return false;
        });
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(DialogRunner::ran(), QStringList{u"composeDialog"_s});
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().direction, u"in"_s);
        QCOMPARE(shown.first().body, u"Thanks for writing."_s);
        QCOMPARE(today()->itemsLeft(), 3);
        // X skips Ada; S snoozes Ben until tomorrow; Ctrl+Z takes the snooze back.
        QTRY_COMPARE(focused(), queue());
        QTest::keyClick(focused(), Qt::Key_X);
        QCOMPARE(today()->items().at(0).status, QueueItem::Status::Skipped);
        QCOMPARE(today()->currentRow(), 1);
        TodayPage::setNextSnoozeChoice(u"snoozeTomorrow"_s);
        QTest::keyClick(focused(), Qt::Key_S);
        QCOMPARE(today()->items().at(1).status, QueueItem::Status::Snoozed);
        QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(today()->items().at(1).status, QueueItem::Status::Open);
        // Shift+Enter: done without composing.
        today()->setCurrentRow(2);
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(today()->items().at(2).status, QueueItem::Status::Done);
        QVERIFY2(SeamTesting::warnings().isEmpty(),
                 qPrintable(SeamTesting::warnings().join(u'\n')));
    }

    void windowShortcutsOpenWhatUiMdSays()
    {
        writeThreeReplies();
        launch();
        QTRY_COMPARE(focused(), queue());
        const auto press = [](const QKeySequence &keys) {
            QTest::keySequence(QApplication::focusWidget(), keys);
        };
        press(QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(DialogRunner::ran().last(), u"quickCaptureDialog"_s);
        press(QKeySequence(QKeySequence::New));
        QCOMPARE(DialogRunner::ran().last(), u"contactDialog"_s);
        QVERIFY(!QKeySequence::keyBindings(QKeySequence::Open).isEmpty());
        press(QKeySequence(QKeySequence::Open));
        QCOMPARE(FileDialogs::asked().size(), 1);
        // Preferences and Quit have keys even where the platform binds none.
        press(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QCOMPARE(DialogRunner::ran().last(), u"preferencesDialog"_s);
        // Delete on Contacts asks first (answered no).
        m_window->showPage(MainWindow::Page::Contacts);
        m_window->focusCurrentPage();
        auto *table = m_window->findChild<QTableView *>(u"contactsTable"_s);
        QTRY_COMPARE(focused(), table);
        table->selectRow(0);
        press(QKeySequence(QKeySequence::Delete));
        QCOMPARE(SeamTesting::questions().size(), 1);
        QVERIFY(SeamTesting::questions().first().startsWith(u"Delete "_s));
        QCOMPARE(m_window->contactStore()->totalCount(), 3);
        press(QKeySequence(Qt::CTRL | Qt::Key_Q));
        QTRY_VERIFY(!m_window->isVisible());
    }

    void menuLettersAreTheMenusOnEveryPage()
    {
        // Alt+F, Alt+E, Alt+C… open the menus wherever one is: no label,
        // check box or button shown on a page takes a menu's letter (the
        // detail panel's "&First name", "&Company", "&E-mail" and Today's
        // "&Enter Them…" did, so Alt+C jumped to a field).
        writeThreeReplies();
        launch();
        QString menuLetters;
        for (QAction *menu : m_window->menuBar()->actions()) {
            const qsizetype at = menu->text().indexOf(u'&');
            QVERIFY2(at >= 0, qPrintable(menu->text()));
            menuLetters += menu->text().at(at + 1).toLower();
        }
        QCOMPARE(menuLetters, u"fevcgh"_s);
        const auto letterOf = [](const QString &text) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == u'&') {
                    if (text.at(i + 1) != u'&')
                        return text.at(i + 1).toLower();
                    ++i;
                }
            }
            return QChar();
        };
        for (MainWindow::Page page :
             {MainWindow::Page::Today, MainWindow::Page::Contacts, MainWindow::Page::Outreach}) {
            m_window->showPage(page);
            QApplication::processEvents();
            QStringList taken;
            for (QLabel *label : m_window->findChildren<QLabel *>()) {
                if (label->buddy() && label->isVisible() &&
                    menuLetters.contains(letterOf(label->text())))
                    taken << label->text();
            }
            for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && menuLetters.contains(letterOf(button->text())))
                    taken << button->text();
            }
            QVERIFY2(taken.isEmpty(),
                     qPrintable(u"page %1: %2"_s.arg(int(page)).arg(taken.join(u", "_s))));
        }
    }
};

QTEST_MAIN(tst_KeyboardFocus)
#include "tst_keyboardfocus.moc"
