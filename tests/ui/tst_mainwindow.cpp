#include "ScreenTesting.h"
#include "SeamTesting.h"
#include "capture/CaptureResult.h"
#include "common/ErrorBanner.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactSidePanel.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "contacts/KeepInTouchDialog.h"
#include "content/ContentPage.h"
#include "content/ContentTableModel.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "engagement/QuickCaptureDialog.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportExportController.h"
#include "importexport/ImportReportDialog.h"
#include "insights/InsightsPage.h"
#include "insights/WeeklyNumbersDialog.h"
#include "io/ImportReport.h"
#include "outreach/ComposeDialog.h"
#include "outreach/OutreachPage.h"
#include "outreach/OutreachTableModel.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "shell/BackupActions.h"
#include "shell/DatabaseFiles.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"
#include "store/ContactPosition.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/OutreachStore.h"
#include "store/ScoreStore.h"
#include "today/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyDatabaseShowsEmptyStateUntilAContactIsAdded();
    void searchFiltersTheTableAsYouType();
    void addThroughDialogUndoRedo();
    void dialogRequiresFirstName();
    void duplicateUrlIsRefusedWithAMessage();
    void deleteAndUndoRestoresTheSameId();
    void editInPanelAndUndo();
    void leavingAnEditedContactSavesIt();
    void leavingAnInvalidEditStaysOnIt();
    void insightsPageShowsEnteredNumbers();
    void goShortcutsSwitchPages();
    void badDatabaseKeepsTheCurrentOne();
    void readOnlyDatabaseSaysSoAndOffersNoEdits();
    void databaseGateIsAskedFirst();
    void openingAnotherDatabaseAsksAboutUnsavedEdits();
    void exportsWhatTheTableShows();
    void importsALinkedInExportAndShowsTheReport();
    void bulkImportLeavesTheViewSortedAndSearchable();
    void exportDialogBuildsTheRequest();
    void showsWhatTheCliWroteWhenComingBack();
    void noticesWhatTheCliWroteWithoutActivation();
    void outcomeOnOutreachPageUpdatesTodaysNumbers();
    void importLeavesTheScoreColumnCurrent();
    void reloadsOncePerVisibleViewPerAction();
    void contentEditsGoThroughTheSession();
    void todaysCountStaysCurrentWhileHidden();
    void todaysDoneWithAMessageIsOneUndoStep();
    void remembersSplitterAndGeometry();
    void openContactSelectsAndScrollsToIt();
    void openContactClearsAFilterThatHidesIt();
    void remembersThePanelSplitters();
    void statusBarConfirmsCaptureAndExport();
    void statusBarShowsLastImportAndBackup();

private:
    void openWindow(int demoContacts);
    QTableView *table() const;
    QLineEdit *searchEdit() const;
    ContactStore &store() const { return *m_window->contactStore(); }
    // Runs `fill` on the Add Contact dialog once it is open, while the
    // window's shortcut has it in exec().
    void whenDialogOpens(const std::function<void(ContactDialog *)> &fill);
    void pressAdd();
    // The next import's report is closed as soon as it opens.
    static void closeNextReport()
    {
        DialogRunner::setNextHandler(u"importReportDialog"_s, [](QDialog *) { return true; });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    SeamTesting::start();
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void tst_MainWindow::openWindow(int demoContacts)
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    QVERIFY(m_window->openDatabase(m_dir->filePath(u"contacts.sqlite"_s)));
    // These tests work on the Contacts page (Today is the home page).
    m_window->showPage(MainWindow::Page::Contacts);
    if (demoContacts > 0) {
        QString error;
        DemoGenerator demo;
        QVERIFY2(demo.fill(store(), demoContacts, &error), qPrintable(error));
        m_window->contactsPage()->contactsChanged(0);
    }
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QTableView *tst_MainWindow::table() const
{
    return m_window->findChild<QTableView *>(u"contactsTable"_s);
}

QLineEdit *tst_MainWindow::searchEdit() const
{
    return m_window->findChild<QLineEdit *>(u"searchEdit"_s);
}

void tst_MainWindow::whenDialogOpens(const std::function<void(ContactDialog *)> &fill)
{
    // The dialog runs for real, modally, as a person meets it.
    DialogRunner::setNextHandler(
        u"contactDialog"_s, [](QDialog *dialog) { return dialog->exec() == QDialog::Accepted; });
    QTimer::singleShot(0, this, [this, fill] {
        auto *dialog = m_window->findChild<ContactDialog *>(u"contactDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The offscreen platform has no window manager to activate it.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        fill(dialog);
    });
}

void tst_MainWindow::pressAdd()
{
    table()->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::New);
    // ...nor to give the activation back when the dialog closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::emptyDatabaseShowsEmptyStateUntilAContactIsAdded()
{
    openWindow(0);
    auto *empty = m_window->findChild<QWidget *>(u"emptyState"_s);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(!searchEdit()->isVisible());
    auto *text = m_window->findChild<QLabel *>(u"emptyStateText"_s);
    // Never a command line for a new user: the two ways in, as buttons.
    QVERIFY(!text->text().contains(u"rapport-cli"_s));
    QVERIFY(text->text().contains(u"Import the export LinkedIn sends you"_s));
    QVERIFY(m_window->findChild<QPushButton *>(u"contactsImportLinkedInButton"_s)->isVisible());

    whenDialogOpens([](ContactDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"firstNameEdit"_s), u"Ada"_s);
        dialog->accept();
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"contactsAddContactButton"_s),
                      Qt::LeftButton);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(store().totalCount(), 1);
    QVERIFY(table()->isVisible());
    QVERIFY(!empty->isVisible());
    QCOMPARE(table()->model()->rowCount(), 1);
    QVERIFY(m_window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"1 contact"_s));
}

void tst_MainWindow::searchFiltersTheTableAsYouType()
{
    openWindow(300);
    QCOMPARE(table()->model()->rowCount(), 300);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    const Contact someone = *model->contactAt(123);

    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QVERIFY(searchEdit()->hasFocus());
    QTest::keyClicks(searchEdit(), someone.lastName);
    ContactQuery query;
    query.search = someone.lastName;
    const int matches = store().count(query);
    QVERIFY(matches > 0 && matches < 300);
    QTRY_COMPARE(table()->model()->rowCount(), matches);
    auto *count = m_window->findChild<QLabel *>(u"countLabel"_s);
    QString expected =
        u"%1 of %2 contacts match"_s.arg(QLocale().toString(matches), QLocale().toString(300));
    if (matches > 1)
        expected += u", newest first"_s;
    QCOMPARE(count->text(), expected);
    QVERIFY(!table()->horizontalHeader()->isSortIndicatorShown());

    // A click on a column header sorts the matches by it.
    QTest::mouseClick(table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table()->horizontalHeader()->sectionViewportPosition(
                                 ContactTableModel::CompanyColumn) +
                                 10,
                             5));
    QTRY_VERIFY(table()->horizontalHeader()->isSortIndicatorShown());
    QCOMPARE(model->query().sort, ContactSort::Company);
    QCOMPARE(table()->model()->rowCount(), matches);
    QVERIFY(!count->text().contains(u"newest"_s));

    QTest::keyClicks(searchEdit(), u" zzqx"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 0);
    auto *noMatch = m_window->findChild<QLabel *>(u"noMatchLabel"_s);
    QVERIFY(noMatch->isVisible());
    QVERIFY2(noMatch->text().startsWith(u"No contacts match “%1 zzqx”"_s.arg(someone.lastName)),
             qPrintable(noMatch->text()));

    searchEdit()->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 300);
    QCOMPARE(count->text(), u"%1 contacts"_s.arg(QLocale().toString(300)));
}

void tst_MainWindow::addThroughDialogUndoRedo()
{
    openWindow(50);
    whenDialogOpens([](ContactDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"firstNameEdit"_s), u"Zelda"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"lastNameEdit"_s), u"Quartermaine"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"profileUrlEdit"_s),
                         u"linkedin.com/in/zelda-q"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"companyEdit"_s), u"Hyrule Labs"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"tagsEdit"_s), u"speaker, vip"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    });
    pressAdd();
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(store().totalCount(), 51);
    QCOMPARE(table()->model()->rowCount(), 51);
    const QList<qint64> ids = store().findByFullName(u"Zelda Quartermaine"_s);
    QCOMPARE(ids.size(), 1);
    const qint64 id = ids.first();
    const Contact added = *store().get(id);
    QCOMPARE(added.company, u"Hyrule Labs"_s);
    QCOMPARE(added.tags, QStringList({u"speaker"_s, u"vip"_s}));
    QCOMPARE(m_window->contactsPage()->detailPanel()->contactId(), id);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    QCOMPARE(model->contactIdAt(table()->currentIndex().row()), id);

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!store().get(id));
    QCOMPARE(table()->model()->rowCount(), 50);

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(store().get(id));
    QCOMPARE(store().get(id)->fullName(), u"Zelda Quartermaine"_s);
    QCOMPARE(table()->model()->rowCount(), 51);
}

void tst_MainWindow::dialogRequiresFirstName()
{
    openWindow(5);
    bool messageShown = false;
    whenDialogOpens([&messageShown](ContactDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"lastNameEdit"_s), u"Nobody"_s);
        // Add Contact waits, and the form says why beside the field.
        const bool okDisabled = !dialog->findChild<QPushButton *>(u"addButton"_s)->isEnabled();
        const bool saysWhy = dialog->findChild<QWidget *>(u"firstNameMessage"_s)->isVisible();
        dialog->accept(); // Enter, say: refused, still open
        const bool stillOpen = dialog->isVisible();
        // The dialog's own focus: whether the platform keeps it active is
        // not the dialog's business.
        const bool focused =
            dialog->focusWidget() == dialog->findChild<QLineEdit *>(u"firstNameEdit"_s);
        dialog->reject();
        QVERIFY(okDisabled);
        QVERIFY(stillOpen);
        QVERIFY(saysWhy);
        QVERIFY(focused);
        messageShown = true;
    });
    pressAdd();
    QVERIFY(messageShown);
    QCOMPARE(store().totalCount(), 5);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_MainWindow::duplicateUrlIsRefusedWithAMessage()
{
    openWindow(0);
    Contact existing;
    existing.firstName = u"Jane"_s;
    existing.profileUrl = u"https://www.linkedin.com/in/jane-doe"_s;
    QString error;
    QVERIFY(store().add(existing, &error));
    m_window->contactsPage()->contactsChanged(existing.id);

    QString refusal;
    bool stayedOpen = false;
    whenDialogOpens([&](ContactDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"firstNameEdit"_s), u"Janet"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"profileUrlEdit"_s),
                         u"linkedin.com/in/jane-doe"_s);
        dialog->accept();
        // The refused contact keeps the dialog open, still filled in, and
        // the reason is said in it.
        stayedOpen = dialog->isVisible() &&
                     dialog->findChild<QLineEdit *>(u"firstNameEdit"_s)->text() == u"Janet"_s;
        refusal = dialog->errorText();
        dialog->reject();
    });
    pressAdd();
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(u"jane-doe"_s), qPrintable(refusal));
    QVERIFY(SeamTesting::warnings().isEmpty());
    QCOMPARE(store().totalCount(), 1);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_MainWindow::deleteAndUndoRestoresTheSameId()
{
    openWindow(40);
    table()->setFocus();
    table()->selectRow(7);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    const qint64 id = model->contactIdAt(7);
    const Contact before = *store().get(id);
    QCOMPARE(m_window->contactsPage()->detailPanel()->contactId(), id);

    Prompts::setNextAnswer(false);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(SeamTesting::questions().size(), 1);
    QVERIFY(SeamTesting::questions().first().contains(before.fullName()));
    QVERIFY(store().get(id));

    Prompts::setNextAnswer(true);
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(!store().get(id));
    QCOMPARE(table()->model()->rowCount(), 39);
    // The next contact moves up into the selection.
    QCOMPARE(table()->currentIndex().row(), 7);

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    const auto restored = store().get(id);
    QVERIFY(restored);
    QCOMPARE(*restored, before);
    QCOMPARE(restored->createdAt, before.createdAt);
    QCOMPARE(table()->model()->rowCount(), 40);
    QCOMPARE(model->contactIdAt(7), id);
}

void tst_MainWindow::editInPanelAndUndo()
{
    openWindow(20);
    table()->setFocus();
    table()->selectRow(3);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    const qint64 id = model->contactIdAt(3);
    const Contact before = *store().get(id);

    auto *panel = m_window->contactsPage()->detailPanel();
    auto *company = panel->findChild<QLineEdit *>(u"companyEdit"_s);
    auto *save = panel->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    company->selectAll();
    QTest::keyClicks(company, u"Acme Rockets"_s);
    QTest::keyClick(panel->findChild<QCheckBox *>(u"followsMeCheck"_s), Qt::Key_Space);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(store().get(id)->company, u"Acme Rockets"_s);
    QCOMPARE(store().get(id)->followsMe, !before.followsMe);
    QCOMPARE(model->index(3, ContactTableModel::CompanyColumn).data().toString(),
             u"Acme Rockets"_s);
    QVERIFY(!save->isEnabled());

    // An empty first name is refused in place, and nothing is written.
    auto *firstName = panel->findChild<QLineEdit *>(u"firstNameEdit"_s);
    firstName->selectAll();
    QTest::keyClick(firstName, Qt::Key_Backspace);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(panel->findChild<QWidget *>(u"firstNameMessage"_s)->isVisible());
    QCOMPARE(store().get(id)->firstName, before.firstName);
    QTest::mouseClick(panel->findChild<QPushButton *>(u"revertButton"_s), Qt::LeftButton);
    QCOMPARE(firstName->text(), before.firstName);

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(*store().get(id), before);
    QCOMPARE(company->text(), before.company);
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(store().get(id)->company, u"Acme Rockets"_s);
}

void tst_MainWindow::leavingAnEditedContactSavesIt()
{
    openWindow(20);
    table()->setFocus();
    table()->selectRow(2);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    const qint64 edited = model->contactIdAt(2);
    const qint64 next = model->contactIdAt(7);
    const QString oldCompany = store().get(edited)->company;

    auto *panel = m_window->contactsPage()->detailPanel();
    auto *company = panel->findChild<QLineEdit *>(u"companyEdit"_s);
    company->selectAll();
    QTest::keyClicks(company, u"Typed Before Clicking Away"_s);
    table()->selectRow(7);

    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(store().get(edited)->company, u"Typed Before Clicking Away"_s);
    QTRY_COMPARE(panel->contactId(), next);
    QVERIFY(!panel->isModified());
    QCOMPARE(model->contactIdAt(table()->currentIndex().row()), next);

    // The save was one undoable step.
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(store().get(edited)->company, oldCompany);
}

void tst_MainWindow::leavingAnInvalidEditStaysOnIt()
{
    openWindow(20);
    table()->setFocus();
    table()->selectRow(4);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    const qint64 edited = model->contactIdAt(4);
    const Contact before = *store().get(edited);

    auto *panel = m_window->contactsPage()->detailPanel();
    auto *firstName = panel->findChild<QLineEdit *>(u"firstNameEdit"_s);
    firstName->clear();
    QTest::keyClicks(firstName, u" "_s);
    table()->selectRow(9);

    QTRY_COMPARE(model->contactIdAt(table()->currentIndex().row()), edited);
    QCOMPARE(panel->contactId(), edited);
    QVERIFY(panel->isModified());
    QVERIFY(panel->findChild<QWidget *>(u"firstNameMessage"_s)->isVisible());
    QCOMPARE(*store().get(edited), before);
}

void tst_MainWindow::insightsPageShowsEnteredNumbers()
{
    // No page says "not yet available" any more; Insights charts what is
    // entered, and reads it again when the numbers change.
    openWindow(0);
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"not yet available"_s), qPrintable(label->text()));
    m_window->showPage(MainWindow::Page::Insights);
    auto *insights = m_window->findChild<InsightsPage *>(u"insightsPage"_s);
    QVERIFY(insights);
    QCOMPARE(insights->currentChart(), InsightsPage::Network);
    QVERIFY(insights->panel(InsightsPage::Network)->isEmptyShown());
    DialogRunner::setNextHandler<WeeklyNumbersDialog>(u"weeklyNumbersDialog"_s,
                                                      [](WeeklyNumbersDialog &dialog) {
                                                          dialog.followersSpin()->setValue(1200);
                                                          dialog.connectionsSpin()->setValue(1000);
                                                          return true;
                                                      });
    m_window->commands()->enterWeeklyNumbers();
    QVERIFY(!insights->panel(InsightsPage::Network)->isEmptyShown());
    m_window->undoStack()->undo();
    QVERIFY(insights->panel(InsightsPage::Network)->isEmptyShown());
}

void tst_MainWindow::goShortcutsSwitchPages()
{
    // Today is the home page.
    m_window = std::make_unique<MainWindow>(*m_settings);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Today);
    m_window.reset();
    openWindow(3);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
    QTest::keyClick(table(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Insights);
    QCOMPARE(navigation->currentRow(), 4);
    QVERIFY(m_window->findChild<QWidget *>(u"insightsPage"_s)->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Today);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
    QVERIFY(table()->isVisible());
}

void tst_MainWindow::databaseGateIsAskedFirst()
{
    // The one-window-per-database rule is asked before anything is opened:
    // refused, the current database stays and the other file is not created.
    openWindow(3);
    const QString current = m_window->databasePath();
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QStringList asked;
    m_window->databaseFiles()->setGate([&asked](const QString &path) {
        asked << path;
        return false;
    });
    QVERIFY(!m_window->openDatabase(other));
    QCOMPARE(asked, QStringList{other});
    QCOMPARE(m_window->databasePath(), current);
    QVERIFY(!QFile::exists(other));
    m_window->databaseFiles()->setGate([](const QString &) { return true; });
    QVERIFY(m_window->openDatabase(other));
    QCOMPARE(m_window->databasePath(), other);
}

void tst_MainWindow::badDatabaseKeepsTheCurrentOne()
{
    openWindow(3);
    const QString good = m_window->databasePath();
    const QString bad = m_dir->filePath(u"notes.txt"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(200, 'x'));
    file.close();
    QVERIFY(!m_window->openDatabase(bad));
    QCOMPARE(SeamTesting::warnings().size(), 1);
    QVERIFY(SeamTesting::warnings().first().contains(u"notes.txt"_s));
    QCOMPARE(m_window->databasePath(), good);
    QCOMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(m_settings->recentDatabases(), QStringList{good});
}

void tst_MainWindow::readOnlyDatabaseSaysSoAndOffersNoEdits()
{
    openWindow(3);
    const QString path = m_window->databasePath();
    auto *banner = m_window->findChild<ErrorBanner *>(u"readOnlyBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isHidden());
    QAction *add = m_window->findChild<QAction *>(u"addContactAction"_s);
    QAction *capture = m_window->findChild<QAction *>(u"quickCaptureAction"_s);
    QVERIFY(add && capture);
    QVERIFY(add->isEnabled());

    m_window->setOpenReadOnly(true);
    m_window->databaseFiles()->setGate([](const QString &) { return true; });
    QVERIFY(m_window->openDatabase(path));
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"Read-only: changes cannot be saved"_s),
             qPrintable(banner->message()));
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
    QVERIFY(!add->isEnabled());
    QVERIFY(!capture->isEnabled());
    QCOMPARE(table()->model()->rowCount(), 3); // still shows everything

    m_window->setOpenReadOnly(false);
    QVERIFY(m_window->openDatabase(path));
    QVERIFY(banner->isHidden());
    QVERIFY(add->isEnabled());
}

void tst_MainWindow::openingAnotherDatabaseAsksAboutUnsavedEdits()
{
    openWindow(3);
    const QString first = m_window->databasePath();
    table()->selectRow(1);
    auto *panel = m_window->contactsPage()->detailPanel();
    auto *company = panel->findChild<QLineEdit *>(u"companyEdit"_s);
    company->selectAll();
    QTest::keyClicks(company, u"Unsaved Ltd"_s);

    Prompts::setNextAnswer(false);
    QVERIFY(!m_window->openDatabase(m_dir->filePath(u"second.sqlite"_s)));
    QCOMPARE(SeamTesting::questions().size(), 1);
    QCOMPARE(m_window->databasePath(), first);
    QVERIFY(panel->isModified());
    QVERIFY(!QFile::exists(m_dir->filePath(u"second.sqlite"_s)));

    Prompts::setNextAnswer(true);
    QVERIFY(m_window->openDatabase(m_dir->filePath(u"second.sqlite"_s)));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!panel->isModified());
}

void tst_MainWindow::exportsWhatTheTableShows()
{
    openWindow(60);
    QTest::keyClicks(searchEdit(), u"a"_s);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    QTRY_VERIFY(model->query().search == u"a"_s);
    QTRY_VERIFY(model->isCountExact());
    const int shown = model->rowCount();
    QVERIFY(shown > 5 && shown < 60);

    ExportRequest request;
    request.path = m_dir->filePath(u"out.csv"_s);
    request.options.query = model->query();
    request.options.columns = {u"full_name"_s, u"company"_s};
    QVERIFY2(m_window->importExport()->runExport(request),
             qPrintable(SeamTesting::warnings().join(u'\n')));
    QFile file(request.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown + 1);
    QCOMPARE(lines.first(), ContactExporter::columnTitle(u"full_name"_s) + u',' +
                                ContactExporter::columnTitle(u"company"_s));
    // Same rows, same order as the table.
    for (int row = 0; row < 3; ++row)
        QVERIFY(lines.at(row + 1).startsWith(model->contactAt(row)->fullName()));

    // A folder that cannot be written: a message that names the file, no file.
    request.path = m_dir->filePath(u"missing-folder/out.csv"_s);
    QVERIFY(!m_window->importExport()->runExport(request));
    QCOMPARE(SeamTesting::warnings().size(), 1);
    QVERIFY2(SeamTesting::warnings().first().contains(u"out.csv"_s),
             qPrintable(SeamTesting::warnings().first()));
}

void tst_MainWindow::importsALinkedInExportAndShowsTheReport()
{
    openWindow(0);
    QList<ImportReport> reports;
    const auto keepReport = [&reports](ImportReportDialog &dialog) {
        reports << dialog.report();
        return true;
    };
    DialogRunner::setNextHandler<ImportReportDialog>(u"importReportDialog"_s, keepReport);
    const QString path = m_dir->filePath(u"Connections.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Notes:\n\"When exporting your connection data, you may notice that some of the "
               "email addresses are missing.\"\n\n"
               "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,\"Engines, Ltd\","
               "Analyst,08 Feb 2026\n"
               "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,Navy,Admiral,"
               "09 Dec 2025\n"
               ",,,,,,07 Jun 2026");
    file.close();

    QVERIFY2(m_window->importExport()->importLinkedIn(path),
             qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().contacts.created, 2);
    QCOMPARE(reports.first().hiddenProfiles, 1);
    QCOMPARE(table()->model()->rowCount(), 2);
    QVERIFY(m_window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"2 contacts"_s));
    QCOMPARE(store().findBySlug(u"ada-lovelace"_s)->company, u"Engines, Ltd"_s);

    // The same file again changes nothing.
    DialogRunner::setNextHandler<ImportReportDialog>(u"importReportDialog"_s, keepReport);
    QVERIFY(m_window->importExport()->importLinkedIn(path));
    QCOMPARE(reports.last().contacts.created, 0);
    QCOMPARE(reports.last().contacts.unchanged, 2);

    // Not an export: a message naming the file, nothing imported.
    const QString notes = m_dir->filePath(u"holiday.txt"_s);
    QFile other(notes);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("nothing to see");
    other.close();
    QVERIFY(!m_window->importExport()->importLinkedIn(notes));
    QCOMPARE(SeamTesting::warnings().size(), 1);
    QVERIFY2(SeamTesting::warnings().first().contains(u"holiday.txt"_s),
             qPrintable(SeamTesting::warnings().first()));
    QCOMPARE(table()->model()->rowCount(), 2);
}

// A file bigger than the database loads in bulk on the import's own
// connection (indexes set aside and rebuilt); the open view, whose
// statements were prepared before, still sorts and searches.
void tst_MainWindow::bulkImportLeavesTheViewSortedAndSearchable()
{
    openWindow(20);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    QTest::mouseClick(table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table()->horizontalHeader()->sectionViewportPosition(
                                 ContactTableModel::CompanyColumn) +
                                 10,
                             5));
    QTRY_COMPARE(model->query().sort, ContactSort::Company);
    const QString path = m_dir->filePath(u"Connections-big.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < 3000; ++i)
        file.write(u"Quinn%1,Ashdown,https://www.linkedin.com/in/quinn-%1,,Aardvark %2,"
                   "Recruiter,05 Mar 2024\n"_s.arg(i)
                       .arg(i % 3)
                       .toUtf8());
    file.close();
    closeNextReport();
    QVERIFY2(m_window->importExport()->importLinkedIn(path),
             qPrintable(SeamTesting::warnings().join(u'\n')));
    QTRY_COMPARE(table()->model()->rowCount(), 3020);
    QCOMPARE(model->query().sort, ContactSort::Company);
    QTRY_VERIFY(model->contactAt(0).has_value());
    QStringList companies;
    for (int row = 0; row < 50; ++row)
        companies << model->contactAt(row)->company;
    QVERIFY(companies.contains(u"Aardvark 0"_s));
    for (int row = 1; row < companies.size(); ++row)
        QVERIFY2(companies.at(row - 1).compare(companies.at(row), Qt::CaseInsensitive) <= 0,
                 qPrintable(companies.join(u", "_s)));
    QTest::keyClicks(searchEdit(), u"ashdown quinn29"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 111); // Quinn29, 290-299, 2900-2999
}

void tst_MainWindow::exportDialogBuildsTheRequest()
{
    ContactQuery view;
    view.search = u"coach"_s;
    ExportDialog dialog(view, 12, {u"client"_s, u"speaker"_s}, m_dir->path());
    ExportRequest r = dialog.request();
    QCOMPARE(r.options.query, view);
    QCOMPARE(r.options.format, ContactExporter::Format::Csv);
    QVERIFY(r.path.endsWith(u".csv"_s));
    QCOMPARE(r.options.columns, ContactExporter::defaultColumns());

    dialog.findChild<QRadioButton *>(u"vcardRadio"_s)->setChecked(true);
    dialog.findChild<QComboBox *>(u"tagCombo"_s)->setCurrentIndex(1);
    r = dialog.request();
    QCOMPARE(r.options.format, ContactExporter::Format::VCard);
    QVERIFY(r.path.endsWith(u".vcf"_s));
    QCOMPARE(r.options.query.tag, u"speaker"_s);
    QVERIFY(r.options.query.search.isEmpty());

    // Nothing ticked for a CSV: the dialog says so and stays open.
    dialog.findChild<QRadioButton *>(u"csvRadio"_s)->setChecked(true);
    auto *columns = dialog.findChild<QListWidget *>(u"columnsList"_s);
    for (int i = 0; i < columns->count(); ++i)
        columns->item(i)->setCheckState(Qt::Unchecked);
    dialog.show();
    QVERIFY(!dialog.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"exportMessage"_s)->text().contains(u"column"_s));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"exportMessage"_s)->isVisible());
    columns->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"exportMessage"_s)->isHidden());
}

void tst_MainWindow::showsWhatTheCliWroteWhenComingBack()
{
    openWindow(3);
    {
        Database other;
        QVERIFY(other.open(m_window->databasePath(), nullptr));
        ContactStore otherStore(other);
        Contact c;
        c.firstName = u"Written"_s;
        c.lastName = u"Elsewhere"_s;
        QVERIFY(otherStore.add(c, nullptr));
    }
    QEvent activation(QEvent::ActivationChange);
    QApplication::sendEvent(m_window.get(), &activation);
    QCOMPARE(table()->model()->rowCount(), 4);
    QVERIFY(m_window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"4 contacts"_s));
}

void tst_MainWindow::noticesWhatTheCliWroteWithoutActivation()
{
    openWindow(3);
    {
        Database other;
        QVERIFY(other.open(m_window->databasePath(), nullptr));
        ContactStore otherStore(other);
        Contact c;
        c.firstName = u"Written"_s;
        c.lastName = u"By Cron"_s;
        QVERIFY(otherStore.add(c, nullptr));
    }
    // No activation event: the window looks for itself, every few seconds.
    QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), 4, 6000);
    QVERIFY(m_window->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"4 contacts"_s));
}

void tst_MainWindow::outcomeOnOutreachPageUpdatesTodaysNumbers()
{
    openWindow(0);
    Contact c;
    c.firstName = u"Ada"_s;
    c.lastName = u"Lovelace"_s;
    QString error;
    QVERIFY(store().add(c, &error));
    Outreach invitation;
    invitation.contactId = c.id;
    invitation.channel = u"invitation"_s;
    invitation.direction = u"out"_s;
    invitation.happenedAt = QDateTime::currentDateTimeUtc().addDays(-3);
    QVERIFY2(m_window->outreachStore()->add(invitation, &error), qPrintable(error));
    auto *today = m_window->findChild<TodayPage *>();
    auto *outreach = m_window->findChild<OutreachPage *>();
    outreach->reload();
    today->reload();
    m_window->showPage(MainWindow::Page::Today);
    const QString before = today->numbersText();
    QVERIFY2(before.contains(u"none decided yet"_s), qPrintable(before));
    const int scoreBefore = m_window->contactStore()->get(c.id)->score;

    m_window->showPage(MainWindow::Page::Outreach);
    QVERIFY2(outreach->setOutcome(invitation.id, u"accepted"_s, &error), qPrintable(error));
    m_window->showPage(MainWindow::Page::Today);
    const QString after = today->numbersText();
    QVERIFY2(after.contains(u"1 of 1 decided"_s), qPrintable(after));
    // An answer raises the score, and the stored score says so at once.
    QVERIFY(m_window->contactStore()->get(c.id)->score > scoreBefore);
}

void tst_MainWindow::importLeavesTheScoreColumnCurrent()
{
    openWindow(0);
    closeNextReport();
    QVERIFY2(m_window->importExport()->importLinkedIn(QStringLiteral(RAPPORT_FIXTURES) +
                                                      u"/linkedin/2026"_s),
             qPrintable(SeamTesting::warnings().join(u'\n')));
    QAbstractItemModel *model = table()->model();
    QVERIFY(model->rowCount() > 0);
    // What the table shows, read before anything else computes a score.
    QList<QPair<qint64, QString>> shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown << qMakePair(model->index(row, 0).data(ContactTableModel::ContactIdRole).toLongLong(),
                           model->index(row, ContactTableModel::ScoreColumn).data().toString());
    }
    // What a fresh computation on another connection says the scores are.
    Database other;
    QVERIFY(other.open(m_window->databasePath(), nullptr));
    QString error;
    QVERIFY2(ScoreStore(other).refresh(QDate::currentDate(), &error), qPrintable(error));
    ContactStore otherStore(other);
    int nonZero = 0;
    for (const auto &[id, score] : std::as_const(shown)) {
        const int expected = otherStore.get(id)->score;
        nonZero += expected > 0 ? 1 : 0;
        QCOMPARE(score, QLocale().toString(expected));
    }
    QVERIFY(nonZero > 0); // the fixture's messages give someone a score
}

void tst_MainWindow::reloadsOncePerVisibleViewPerAction()
{
    openWindow(3);
    auto *contactsPage = m_window->contactsPage();
    auto *outreachPage = m_window->findChild<OutreachPage *>();
    auto *contentPage = m_window->findChild<ContentPage *>();
    auto *todayPage = m_window->findChild<TodayPage *>();
    auto *todayList = todayPage->findChild<QListView *>(u"todayQueue"_s);
    struct Counts
    {
        int contacts = 0, outreach = 0, content = 0, today = 0;
    };
    // Spies, not lambdas: they let go when the test ends, before the
    // window's models are reset on closing.
    QSignalSpy contactsResets(contactsPage->model(), &QAbstractItemModel::modelReset);
    QSignalSpy outreachResets(outreachPage->model(), &QAbstractItemModel::modelReset);
    QSignalSpy contentResets(contentPage->model(), &QAbstractItemModel::modelReset);
    QSignalSpy todayResets(todayList->model(), &QAbstractItemModel::modelReset);
    const QList<QSignalSpy *> spies{&contactsResets, &outreachResets, &contentResets, &todayResets};
    auto clearCounts = [&] {
        for (QSignalSpy *spy : spies)
            spy->clear();
    };
    auto currentCounts = [&] {
        Counts c;
        c.contacts = int(contactsResets.count());
        c.outreach = int(outreachResets.count());
        c.content = int(contentResets.count());
        c.today = int(todayResets.count());
        return c;
    };
    QStringList lines;
    QList<Counts> rows;
    auto measure = [&](const QString &action, const std::function<void()> &run) {
        clearCounts();
        run();
        QCoreApplication::processEvents();
        const Counts counts = currentCounts();
        rows << counts;
        // OutreachNumbers are computed by each Today reload and each
        // outreach numbers panel refresh (one per Outreach reload).
        lines << u"%1: contacts %2, outreach %3, content %4, today %5, OutreachNumbers %6"_s
                     .arg(action)
                     .arg(counts.contacts)
                     .arg(counts.outreach)
                     .arg(counts.content)
                     .arg(counts.today)
                     .arg(counts.outreach + counts.today);
    };
    // The Contacts page is the one shown; every other view is hidden.
    QVERIFY(contactsPage->isVisible());
    QVERIFY(!todayPage->isVisible());
    table()->setCurrentIndex(table()->model()->index(0, 0));
    QVERIFY(contactsPage->currentContact());
    const Contact first = *contactsPage->currentContact();

    measure(u"quick capture"_s, [&] {
        DialogRunner::setNextHandler<QuickCaptureDialog>(
            u"quickCaptureDialog"_s, [](QuickCaptureDialog &dialog) {
                dialog.setText(u"Ada Lovelace\nGrace Hopper"_s);
                dialog.updatePreview();
                return !dialog.items().isEmpty();
            });
        m_window->commands()->quickCapture();
    });
    qint64 logged = 0;
    measure(u"log outreach"_s, [&] {
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [](ComposeDialog &dialog) {
            dialog.bodyEdit()->setPlainText(u"Hi, good to see you."_s);
            return true;
        });
        logged = m_window->commands()->composeFor(first, QString());
    });
    QVERIFY(logged > 0);
    measure(u"set outcome"_s, [&] {
        QString error;
        QVERIFY2(outreachPage->setOutcome(logged, u"replied"_s, &error), qPrintable(error));
    });
    measure(u"edit contact"_s, [&] {
        Contact edited = *m_window->contactStore()->get(first.id);
        edited.company = u"Somewhere Else"_s;
        emit contactsPage->saveRequested(edited);
    });
    measure(u"import"_s, [&] {
        closeNextReport();
        QVERIFY(m_window->importExport()->importLinkedIn(QStringLiteral(RAPPORT_FIXTURES) +
                                                         u"/linkedin/2026/Connections.csv"_s));
    });
    qInfo().noquote() << u"Reloads per action (Contacts page shown):\n  "_s + lines.join(u"\n  "_s);
    for (int i = 0; i < rows.size(); ++i) {
        // At most one reload of the view shown; hidden views wait until shown.
        QVERIFY2(rows.at(i).contacts <= 1, qPrintable(lines.at(i)));
        QVERIFY2(rows.at(i).outreach == 0, qPrintable(lines.at(i)));
        QVERIFY2(rows.at(i).content == 0, qPrintable(lines.at(i)));
        QVERIFY2(rows.at(i).today == 0, qPrintable(lines.at(i)));
    }
    // Shown again, a view that missed changes reads them once.
    clearCounts();
    m_window->showPage(MainWindow::Page::Today);
    QCOMPARE(todayResets.count(), 1);
    m_window->showPage(MainWindow::Page::Outreach);
    QCOMPARE(outreachResets.count(), 1);
    QCOMPARE(contactsResets.count(), 0);

    // The same with another view shown: it alone reloads, once.
    const int before = rows.size();
    measure(u"set outcome, Outreach shown"_s, [&] {
        QString error;
        QVERIFY2(outreachPage->setOutcome(logged, u"accepted"_s, &error), qPrintable(error));
    });
    measure(u"undo, Outreach shown"_s, [&] { m_window->undoStack()->undo(); });
    m_window->showPage(MainWindow::Page::Today);
    measure(u"quick capture, Today shown"_s, [&] {
        DialogRunner::setNextHandler<QuickCaptureDialog>(u"quickCaptureDialog"_s,
                                                         [](QuickCaptureDialog &dialog) {
                                                             dialog.setText(u"Katherine Johnson"_s);
                                                             dialog.updatePreview();
                                                             return !dialog.items().isEmpty();
                                                         });
        m_window->commands()->quickCapture();
    });
    measure(u"log outreach, Today shown"_s, [&] {
        DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [](ComposeDialog &dialog) {
            dialog.bodyEdit()->setPlainText(u"Hi, good to see you."_s);
            return true;
        });
        QVERIFY(m_window->commands()->composeFor(first, QString()) > 0);
    });
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    qInfo().noquote() << u"With another view shown:\n  "_s + lines.mid(before).join(u"\n  "_s);
    for (int i = before; i < rows.size(); ++i) {
        const bool outreachShown = i < before + 2;
        QVERIFY2(rows.at(i).contacts == 0, qPrintable(lines.at(i)));
        QVERIFY2(rows.at(i).content == 0, qPrintable(lines.at(i)));
        QVERIFY2(rows.at(i).outreach == (outreachShown ? 1 : 0), qPrintable(lines.at(i)));
        QVERIFY2(rows.at(i).today == (outreachShown ? 0 : 1), qPrintable(lines.at(i)));
    }
}

void tst_MainWindow::contentEditsGoThroughTheSession()
{
    openWindow(0);
    auto *page = m_window->findChild<ContentPage *>();
    m_window->showPage(MainWindow::Page::Content);
    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_window->session(), &Session::changed);
    ContentPiece piece;
    piece.title = u"Why weak ties matter"_s;
    piece.publishedOn = QDate::currentDate();
    QString error;
    qint64 id = 0;
    QVERIFY2(page->addPiece(piece, &error, &id), qPrintable(error));
    QVERIFY(id > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Changes>(), Changes(Change::Content));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(page->currentPieceId(), id);
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(page->model()->rowCount(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(resets.count(), 3);
    QCOMPARE(page->currentPieceId(), id);
}

void tst_MainWindow::todaysCountStaysCurrentWhileHidden()
{
    openWindow(0);
    Contact c;
    c.firstName = u"Ada"_s;
    c.lastName = u"Lovelace"_s;
    QString error;
    QVERIFY(store().add(c, &error));
    // They wrote yesterday: today's queue says to answer.
    Outreach reply;
    reply.contactId = c.id;
    reply.channel = u"message"_s;
    reply.direction = u"in"_s;
    reply.happenedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY2(m_window->outreachStore()->add(reply, &error), qPrintable(error));
    auto *today = m_window->findChild<TodayPage *>();
    m_window->showPage(MainWindow::Page::Today);
    today->reload();
    QCOMPARE(today->itemsLeft(), 1);
    QListWidgetItem *badge =
        m_window->findChild<QListWidget *>(u"navigationList"_s)->item(int(MainWindow::Page::Today));
    QCOMPARE(badge->text(), u"Today  1"_s);

    // Marked do not contact from the Contacts page: Today, hidden, does not
    // reload, but its count beside "Today" follows at once.
    m_window->showPage(MainWindow::Page::Contacts);
    QSignalSpy resets(today->findChild<QListView *>(u"todayQueue"_s)->model(),
                      &QAbstractItemModel::modelReset);
    DialogRunner::setNextHandler<KeepInTouchDialog>(
        u"keepInTouchDialog"_s, [](KeepInTouchDialog &dialog) {
            dialog.findChild<QCheckBox *>(u"doNotContactCheck"_s)->setChecked(true);
            return true;
        });
    m_window->commands()->keepInTouch(c.id);
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(badge->text(), u"Today"_s);
    QCOMPARE(resets.count(), 0);
    m_window->showPage(MainWindow::Page::Today);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(today->itemsLeft(), 0);
}

void tst_MainWindow::todaysDoneWithAMessageIsOneUndoStep()
{
    openWindow(0);
    Contact c;
    c.firstName = u"Ada"_s;
    c.lastName = u"Lovelace"_s;
    QString error;
    QVERIFY(store().add(c, &error));
    Outreach reply;
    reply.contactId = c.id;
    reply.channel = u"message"_s;
    reply.direction = u"in"_s;
    reply.happenedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY2(m_window->outreachStore()->add(reply, &error), qPrintable(error));
    auto *today = m_window->findChild<TodayPage *>();
    m_window->showPage(MainWindow::Page::Today);
    today->reload();
    QCOMPARE(today->itemsLeft(), 1);
    OutreachFilter hers;
    hers.contactId = c.id;
    QUndoStack *undo = m_window->undoStack();
    const int steps = undo->count();

    // Cancelled: nothing logged, no step left behind.
    DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s,
                                                [](ComposeDialog &) { return false; });
    today->setCurrentRow(0);
    today->doneCurrent();
    QCOMPARE(undo->count(), steps);
    QCOMPARE(today->itemsLeft(), 1);

    // A log the store refuses keeps Compose open with the text and leaves
    // no step; Log again once it is writable logs and marks done as one.
    const auto readOnly = [this](bool on) {
        QSqlQuery query(m_window->session()->database()->connection());
        return query.exec(on ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s);
    };
    QVERIFY(readOnly(true));
    QString refusal;
    QString kept;
    DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [](ComposeDialog &dialog) {
        dialog.bodyEdit()->setPlainText(u"Thanks, glad it helped."_s);
        return true;
    });
    DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
        refusal = dialog.errorText();
        kept = dialog.bodyEdit()->toPlainText();
        return readOnly(false) && undo->count() == steps && today->itemsLeft() == 1;
    });
    today->setCurrentRow(0);
    today->doneCurrent();
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(kept, u"Thanks, glad it helped."_s);
    QVERIFY2(SeamTesting::warnings().isEmpty(), qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(today->itemsLeft(), 0);
    QCOMPARE(m_window->outreachStore()->list(hers).size(), 2);
    QCOMPARE(undo->count(), steps + 1);

    // One Ctrl+Z takes back the message and opens the item again.
    undo->undo();
    QCOMPARE(m_window->outreachStore()->list(hers).size(), 1);
    QCOMPARE(today->itemsLeft(), 1);
    undo->redo();
    QCOMPARE(m_window->outreachStore()->list(hers).size(), 2);
    QCOMPARE(today->itemsLeft(), 0);

    // The log goes through but marking the item done is refused (its row
    // went from under it): the message is taken back as well, so the step
    // is whole or nothing, and Compose keeps the text.
    undo->undo();
    QCOMPARE(today->itemsLeft(), 1);
    const int index = undo->index();
    refusal.clear();
    kept.clear();
    DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
        dialog.bodyEdit()->setPlainText(u"Second try."_s);
        QSqlQuery query(m_window->session()->database()->connection());
        return query.exec(u"DELETE FROM queue_item WHERE contact_id = %1"_s.arg(c.id));
    });
    DialogRunner::setNextHandler<ComposeDialog>(u"composeDialog"_s, [&](ComposeDialog &dialog) {
        refusal = dialog.errorText();
        kept = dialog.bodyEdit()->toPlainText();
        return false; // Cancel
    });
    today->setCurrentRow(0);
    today->doneCurrent();
    QVERIFY2(refusal.contains(u"not logged either"_s), qPrintable(refusal));
    QCOMPARE(kept, u"Second try."_s);
    QCOMPARE(m_window->outreachStore()->list(hers).size(), 1);
    QCOMPARE(undo->index(), index);
    QVERIFY(!undo->canRedo());
}

void tst_MainWindow::remembersSplitterAndGeometry()
{
    openWindow(3);
    auto *splitter = m_window->findChild<QSplitter *>(u"contactsSplitter"_s);
    splitter->setSizes({500, 300});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window.reset();
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QVERIFY(!m_settings->splitterState(u"contacts"_s).isEmpty());

    openWindow(0);
    QCOMPARE(m_window->findChild<QSplitter *>(u"contactsSplitter"_s)->sizes(), sizes);
}

void tst_MainWindow::openContactSelectsAndScrollsToIt()
{
    // Far more contacts than the table loads at first.
    openWindow(3000);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    QVERIFY(model);
    table()->scrollToTop();
    // The last contact by name: outside every page the table has read.
    ContactQuery byName = model->query();
    const QList<Contact> last = store().page(byName, {}, 1, 0, true);
    QCOMPARE(last.size(), 1);
    const qint64 id = last.first().id;
    const int expectedRow = ContactPosition::rowOf(*m_window->session()->database(), byName, id);
    QCOMPARE(expectedRow, store().totalCount() - 1);
    QCOMPARE(model->findRow(id, 0), -1);

    // Today's Open Contact (a double-click on a card or the panel's button).
    m_window->showPage(MainWindow::Page::Today);
    auto *today = m_window->findChild<TodayPage *>();
    emit today->contactActivated(id);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
    const QModelIndex current = table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.row(), expectedRow);
    QCOMPARE(model->contactIdAt(current.row()), id);
    QCOMPARE(m_window->contactsPage()->detailPanel()->contactId(), id);
    // Scrolled to: the row is in the viewport.
    QTRY_VERIFY(table()->viewport()->rect().intersects(table()->visualRect(current)));

    // Outreach's panel asks the same; a row near the top this time.
    const qint64 first = model->contactIdAt(0);
    auto *outreach = m_window->findChild<OutreachPage *>();
    emit outreach->contactActivated(first);
    QCOMPARE(table()->currentIndex().row(), 0);
    QCOMPARE(m_window->contactsPage()->detailPanel()->contactId(), first);
    QTRY_VERIFY(table()->viewport()->rect().intersects(table()->visualRect(model->index(0, 0))));

    // A contact deleted meanwhile: said in the status bar, nothing else moves.
    emit today->contactActivated(99999999);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"no longer"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->contactsPage()->detailPanel()->contactId(), first);
}

void tst_MainWindow::openContactClearsAFilterThatHidesIt()
{
    openWindow(0);
    QString error;
    Contact ada;
    ada.firstName = u"Ada"_s;
    ada.lastName = u"Lovelace"_s;
    QVERIFY(store().add(ada, &error));
    Contact grace;
    grace.firstName = u"Grace"_s;
    grace.lastName = u"Hopper"_s;
    QVERIFY(store().add(grace, &error));
    m_window->contactsPage()->contactsChanged(0);
    // A search that shows Grace only.
    QTest::keyClicks(searchEdit(), u"hopper"_s);
    auto *model = qobject_cast<ContactTableModel *>(table()->model());
    QTRY_COMPARE(model->rowCount(), 1);

    auto *content = m_window->findChild<ContentPage *>();
    emit content->contactActivated(ada.id);
    QCOMPARE(searchEdit()->text(), QString());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->contactIdAt(table()->currentIndex().row()), ada.id);
    QCOMPARE(m_window->contactsPage()->detailPanel()->contactId(), ada.id);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Cleared the search and filters to show Ada Lovelace."_s);
}

void tst_MainWindow::remembersThePanelSplitters()
{
    openWindow(3);
    m_window->showPage(MainWindow::Page::Today);
    // Today's panel shows beside a queue; one contact gives it an item.
    Outreach reply;
    reply.contactId = store().page(ContactQuery{}, {}, 1).first().id;
    reply.channel = u"message"_s;
    reply.direction = u"in"_s;
    reply.happenedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QString error;
    QVERIFY2(m_window->outreachStore()->add(reply, &error), qPrintable(error));
    m_window->session()->notifyChanged(Change::Outreach);
    auto *today = m_window->findChild<QSplitter *>(u"todaySplitter"_s);
    QVERIFY(today);
    QTRY_VERIFY(!today->widget(1)->isHidden());
    today->setSizes({600, 360});
    const QList<int> sizes = today->sizes();
    // The panel keeps its width when the window grows; the queue takes it.
    m_window->resize(m_window->width() + 200, m_window->height());
    QTRY_COMPARE(today->sizes().at(1), sizes.at(1));
    const QList<int> wider = today->sizes();
    m_window->close();
    m_window.reset();
    QVERIFY(!m_settings->splitterState(u"todaySplitter"_s).isEmpty());

    openWindow(0);
    m_window->resize(m_window->width() + 200, m_window->height());
    m_window->showPage(MainWindow::Page::Today);
    today = m_window->findChild<QSplitter *>(u"todaySplitter"_s);
    QTRY_COMPARE(today->sizes().at(1), wider.at(1));
}

void tst_MainWindow::statusBarConfirmsCaptureAndExport()
{
    openWindow(3);
    QString error;
    ContentPiece post;
    post.title = u"Articles vs posts"_s;
    QVERIFY(m_window->contentStore()->add(post, &error));
    const Contact known = store().page(ContactQuery{}, {}, 1).first();
    // One person known, two new: "Logged 3 engagements (2 new contacts)".
    DialogRunner::setNextHandler<QuickCaptureDialog>(
        u"quickCaptureDialog"_s, [&](QuickCaptureDialog &dialog) {
            dialog.findChild<QPlainTextEdit *>(u"namesEdit"_s)
                ->setPlainText(known.fullName() + u"\nBo Novak\nCyd Young"_s);
            if (!QTest::qWaitFor([&] { return dialog.logButton()->isEnabled(); }))
                return false;
            QTest::mouseClick(dialog.logButton(), Qt::LeftButton);
            return dialog.result() == QDialog::Accepted;
        });
    m_window->commands()->quickCapture();
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Logged 3 engagements (2 new contacts)"_s);

    // The words for one and many, with the locale's thousands separator.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CaptureResult one;
    one.events.resize(1);
    one.created.resize(1);
    QCOMPARE(WindowCommands::captureMessage(one), u"Logged 1 engagement (1 new contact)"_s);
    CaptureResult many;
    many.events.resize(1234);
    QCOMPARE(WindowCommands::captureMessage(many), u"Logged 1,234 engagements (0 new contacts)"_s);
    ImportReport report;
    report.contacts.created = 1234;
    report.contacts.updated = 1;
    report.outreach.created = 2;
    QCOMPARE(ImportExportController::importMessage(u"/x/Connections.zip"_s, report),
             u"Imported Connections.zip: 1,234 new contacts, 1 updated, 2 messages and "
             "invitations"_s);
    QLocale::setDefault(before);

    // An export says how many and where.
    ExportRequest request;
    request.path = m_dir->filePath(u"out.csv"_s);
    request.options.columns = {u"full_name"_s};
    QVERIFY(m_window->importExport()->runExport(request));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Exported 5 contacts to out.csv"_s);
}

void tst_MainWindow::statusBarShowsLastImportAndBackup()
{
    openWindow(0);
    // The day's backup runs once the database opens; its message updates the line.
    m_window->backupActions()->waitForDailyBackup();
    auto *history = m_window->findChild<QLabel *>(u"statusHistoryLabel"_s);
    QVERIFY(history);
    QTRY_COMPARE(history->text(), u"no import yet · last backup: today"_s);
    QVERIFY(history->toolTip().contains(u"Last backup"_s));

    // An import: confirmed in the status bar, and the line says when.
    DialogRunner::setNextHandler<ImportReportDialog>(u"importReportDialog"_s,
                                                     [](ImportReportDialog &) { return true; });
    const QString path = m_dir->filePath(u"Connections.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               "Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Engines,Analyst,"
               "08 Feb 2026\n");
    file.close();
    QVERIFY2(m_window->importExport()->importLinkedIn(path),
             qPrintable(SeamTesting::warnings().join(u'\n')));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Imported Connections.csv: 1 new contact, 0 updated"_s);
    QCOMPARE(history->text(), u"last import: today · last backup: today"_s);
    QVERIFY(history->toolTip().contains(u"Connections.csv"_s));
}

// A 1920×1080 screen: the window (its least width is over 800 pixels) fits it,
// so a remembered geometry comes back as it was.
RAPPORT_TEST_MAIN_ON_SCREEN(tst_MainWindow, 1920, 1080)
#include "tst_mainwindow.moc"
