#include "shell/MainMenus.h"

#include "common/DialogRunner.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactsPage.h"
#include "content/ContentPage.h"
#include "importexport/ImportExportController.h"
#include "session/Session.h"
#include "shell/AboutDialog.h"
#include "shell/BackupActions.h"
#include "shell/DatabaseFiles.h"
#include "shell/HelpWindow.h"
#include "shell/KeyboardShortcutsDialog.h"
#include "shell/LicenceDialog.h"
#include "shell/MainWindow.h"
#include "shell/WindowCommands.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The platform's keys for a standard action; `fallback` where the platform
// theme binds none (Quit and Preferences on a desktop without one).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

} // namespace

MainMenus::MainMenus(MainWindow *window, Session *session, DatabaseFiles *files,
                     ImportExportController *importExport, WindowCommands *commands,
                     ContactsPage *contacts, ContentPage *content, QListWidget *navigation)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_files(files)
    , m_importExport(importExport)
    , m_commands(commands)
    , m_contacts(contacts)
{
    createFileMenu();
    createEditMenu();
    createViewMenu(navigation);
    createContactMenu(content);
    createGoMenu(navigation);
    createHelpMenu();
}

void MainMenus::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Database…"),
                                     m_files, &DatabaseFiles::newDatabase);
    newDb->setStatusTip(tr("Start a new, empty Rapport database file"));
    QAction *openDb = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Database…"),
                                      m_files, &DatabaseFiles::chooseDatabase);
    openDb->setShortcuts(QKeySequence::Open);
    openDb->setStatusTip(tr("Open an existing Rapport database file"));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(u"recentMenu"_s);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_files->fillRecentMenu(recent); });
    file->addSeparator();
    m_importAction =
        file->addAction(QIcon::fromTheme(u"document-import"_s), tr("&Import LinkedIn Export…"),
                        m_importExport, &ImportExportController::chooseLinkedInExport);
    m_importAction->setObjectName(u"importLinkedInAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import the .zip LinkedIn sends when you ask for a copy of "
                                    "your data, or one CSV file from it"));
    m_importFolderAction = file->addAction(tr("Import LinkedIn Export &Folder…"), m_importExport,
                                           &ImportExportController::chooseLinkedInFolder);
    m_importFolderAction->setStatusTip(tr("Import a LinkedIn export you have already unzipped"));
    m_importCsvAction = file->addAction(tr("Import Contacts from &CSV…"), m_importExport,
                                        &ImportExportController::importCsv);
    m_importCsvAction->setObjectName(u"importCsvAction"_s);
    m_importCsvAction->setStatusTip(tr("Import contacts from Google Contacts, Outlook or any "
                                       "spreadsheet saved as CSV"));
    m_importVCardAction = file->addAction(tr("Import Contacts from &vCard…"), m_importExport,
                                          &ImportExportController::chooseVCard);
    m_importVCardAction->setObjectName(u"importVCardAction"_s);
    m_importVCardAction->setStatusTip(tr("Import contacts from a .vcf file exported by Outlook, "
                                         "Gmail, Apple Contacts, Thunderbird or a phone"));
    m_importAnalyticsAction = file->addAction(tr("Import LinkedIn &Analytics…"), m_importExport,
                                              &ImportExportController::chooseAnalytics);
    m_importAnalyticsAction->setObjectName(u"importAnalyticsAction"_s);
    m_importAnalyticsAction->setStatusTip(
        tr("Import the .xlsx workbook LinkedIn's analytics pages export: daily impressions, "
           "followers, top posts and your audience"));
    m_exportAction =
        file->addAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Contacts…"),
                        m_importExport, &ImportExportController::exportContacts);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save contacts as CSV for spreadsheets or vCard for "
                                    "address books"));
    QAction *restore = file->addAction(tr("Restore From &Backup…"), this, [this] {
        m_files->backups()->restoreFromBackup(m_session->path());
    });
    restore->setObjectName(u"restoreBackupAction"_s);
    restore->setStatusTip(tr("Put one of the automatic backups in place of this database"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), m_window,
                                    &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
}

void MainMenus::createEditMenu()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    // Ctrl+Shift+Z on every platform, whatever else the platform binds.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys << ctrlShiftZ;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    QAction *undoImport = edit->addAction(tr("Undo &Import…"), this, [this] {
        if (m_session->isOpen())
            m_files->backups()->undoImport(*m_session->database());
    });
    undoImport->setObjectName(u"undoImportAction"_s);
    undoImport->setStatusTip(tr("Take back the last import, keeping the edits made since"));
    connect(edit, &QMenu::aboutToShow, this,
            [this, undoImport] { BackupActions::describeUndo(undoImport, m_session->database()); });
    edit->addSeparator();
    QAction *find =
        edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find Contacts…"), this, [this] {
            m_window->showPage(MainWindow::Page::Contacts);
            m_contacts->focusSearch();
        });
    find->setShortcuts(QKeySequence::Find);
    edit->addSeparator();
    m_tagCadencesAction = edit->addAction(tr("Keep-in-Touch &Cadence by Tag…"), m_commands,
                                          &WindowCommands::editTagCadences);
    m_tagCadencesAction->setObjectName(u"tagCadencesAction"_s);
    m_tagCadencesAction->setStatusTip(
        tr("How often to keep in touch with everyone who has a tag, such as Clients"));
    m_weeklyNumbersAction = edit->addAction(tr("Enter This &Week's Numbers…"), m_commands,
                                            &WindowCommands::enterWeeklyNumbers);
    m_weeklyNumbersAction->setObjectName(u"weeklyNumbersAction"_s);
    m_weeklyNumbersAction->setStatusTip(
        tr("Followers, connections, profile views and search appearances as LinkedIn shows them"));
    m_templatesAction =
        edit->addAction(tr("Message &Templates…"), m_commands, &WindowCommands::editTemplates);
    m_templatesAction->setObjectName(u"templatesAction"_s);
    m_templatesAction->setStatusTip(tr("Write and edit the templates you start messages from"));
    m_preferencesAction =
        edit->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"), m_commands,
                        &WindowCommands::editPreferences);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setShortcuts(
        standardKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
}

void MainMenus::createViewMenu(QListWidget *navigation)
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    QAction *showNavigation = view->addAction(tr("&Navigation"));
    showNavigation->setCheckable(true);
    showNavigation->setChecked(true);
    connect(showNavigation, &QAction::toggled, navigation, &QWidget::setVisible);
    QAction *showDetails = view->addAction(tr("Contact &Details"));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    connect(showDetails, &QAction::toggled, m_contacts, &ContactsPage::setDetailsVisible);
    view->addSeparator();
    m_changesAction = view->addAction(tr("What &Changed Since the Last Export…"), m_window,
                                      &MainWindow::showExportChanges);
    m_changesAction->setObjectName(u"showChangesAction"_s);
    m_changesAction->setStatusTip(
        tr("New connections, people no longer connected, job changes, accepted invitations and "
           "new messages since the LinkedIn export before the latest"));
}

void MainMenus::createContactMenu(ContentPage *content)
{
    QMenu *contact = m_window->menuBar()->addMenu(tr("&Contact"));
    m_addAction = contact->addAction(QIcon::fromTheme(u"contact-new"_s), tr("&New Contact…"),
                                     m_commands, &WindowCommands::addContact);
    m_addAction->setObjectName(u"addContactAction"_s);
    m_addAction->setShortcuts(QKeySequence::New);
    m_deleteAction = contact->addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Contact"),
                                        m_commands, &WindowCommands::deleteCurrentContact);
    m_deleteAction->setObjectName(u"deleteContactAction"_s);
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    contact->addSeparator();
    m_captureAction =
        contact->addAction(tr("&Quick Capture…"), m_commands, &WindowCommands::quickCapture);
    m_captureAction->setObjectName(u"quickCaptureAction"_s);
    m_captureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_captureAction->setShortcutContext(Qt::ApplicationShortcut);
    m_captureAction->setStatusTip(
        tr("Log who followed, commented, shared, viewed or liked: paste their names at once"));
    m_composeAction =
        contact->addAction(tr("&Compose Message…"), m_commands, &WindowCommands::composeMessage);
    m_composeAction->setObjectName(u"composeAction"_s);
    m_composeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_composeAction->setStatusTip(
        tr("Write to the selected contact from a template, copy it to LinkedIn and log it"));
    m_valueAction =
        contact->addAction(tr("Log &Value Given…"), m_commands, &WindowCommands::logValueGiven);
    m_valueAction->setObjectName(u"valueAction"_s);
    m_valueAction->setStatusTip(
        tr("Record a how-to, an introduction, a recommendation or an endorsement you offered"));
    m_keepInTouchAction = contact->addAction(tr("&Keep in Touch…"), this, [this] {
        m_commands->keepInTouch(m_commands->pageContactId());
    });
    m_keepInTouchAction->setObjectName(u"keepInTouchAction"_s);
    m_keepInTouchAction->setStatusTip(tr("How often to keep in touch with the selected contact; "
                                         "snooze, archive or mark do not contact"));
    contact->addSeparator();
    contact->addAction(content->addPieceAction());
    contact->addAction(content->addMetricsAction());
}

void MainMenus::createGoMenu(QListWidget *navigation)
{
    QMenu *go = m_window->menuBar()->addMenu(tr("&Go"));
    m_goActions = new QActionGroup(this);
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem *item = navigation->item(row);
        QAction *action = go->addAction(item->icon(), item->text());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_goActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, row] {
            m_window->showPage(MainWindow::Page(row));
            // Straight to the page's list: J/K and the arrows work at once.
            m_window->focusCurrentPage();
        });
    }
}

void MainMenus::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("&User Guide"), this,
                                     &MainMenus::showGuide);
    guide->setObjectName(u"userGuideAction"_s);
    guide->setShortcuts(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How Rapport works, page by page, and what every number means"));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainMenus::showKeyboardShortcuts);
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    shortcuts->setStatusTip(tr("Every key Rapport answers to"));
    help->addSeparator();
    QAction *licence = help->addAction(tr("&Licence"), this, &MainMenus::showLicence);
    licence->setObjectName(u"licenceAction"_s);
    QAction *about = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Rapport"), this,
                                     &MainMenus::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainMenus::showGuide()
{
    if (!m_helpWindow)
        m_helpWindow = new HelpWindow(m_window);
    m_helpWindow->setShortcutsTable(
        KeyboardShortcutsDialog::toHtml(KeyboardShortcutsDialog::collect(m_window)));
    m_helpWindow->showTopic(HelpWindow::topicFor(m_window->currentPage()));
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

void MainMenus::showKeyboardShortcuts()
{
    KeyboardShortcutsDialog dialog(m_window, m_window);
    DialogRunner::run(dialog);
}

void MainMenus::showLicence()
{
    LicenceDialog dialog(m_window);
    DialogRunner::run(dialog);
}

void MainMenus::setCurrentPage(int row)
{
    if (m_goActions && row >= 0 && row < m_goActions->actions().size())
        m_goActions->actions().at(row)->setChecked(true);
}

void MainMenus::updateActions(bool onContacts)
{
    // A read-only database can be looked at, searched and exported only.
    const bool open = m_session->isOpen();
    const bool writable = open && !m_session->isReadOnly();
    // The Contact menu acts on the person the page in front shows.
    const bool hasContact = writable && m_commands->pageContactId() > 0;
    m_addAction->setEnabled(writable);
    m_exportAction->setEnabled(open && m_contacts->totalCount() > 0);
    m_changesAction->setEnabled(open);
    for (QAction *action :
         {m_importAction, m_importFolderAction, m_importCsvAction, m_importVCardAction,
          m_importAnalyticsAction, m_captureAction, m_preferencesAction, m_templatesAction,
          m_tagCadencesAction, m_weeklyNumbersAction})
        action->setEnabled(writable);
    m_deleteAction->setEnabled(hasContact && onContacts);
    for (QAction *action : {m_composeAction, m_valueAction, m_keepInTouchAction})
        action->setEnabled(hasContact);
}

void MainMenus::showAbout()
{
    AboutDialog dialog(m_window);
    connect(&dialog, &AboutDialog::licenceRequested, this, &MainMenus::showLicence);
    DialogRunner::run(dialog);
}

} // namespace rapport
