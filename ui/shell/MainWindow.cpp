#include "shell/MainWindow.h"

#include "capture/QuickCapture.h"
#include "common/BackgroundTask.h"
#include "common/ErrorBanner.h"
#include "common/StatusTimeout.h"
#include "contacts/AddContactCommand.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactDialog.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "contacts/DeleteContactCommand.h"
#include "contacts/EditContactCommand.h"
#include "contacts/KeepInTouchDialog.h"
#include "contacts/LogValueCommand.h"
#include "contacts/SetKeepInTouchCommand.h"
#include "contacts/SetTagCadencesCommand.h"
#include "contacts/TagCadencesDialog.h"
#include "contacts/ValueGivenDialog.h"
#include "content/ContentPage.h"
#include "db/Database.h"
#include "engagement/QuickCaptureCommand.h"
#include "engagement/QuickCaptureDialog.h"
#include "importexport/CsvImportWizard.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportReportDialog.h"
#include "insights/InsightsPage.h"
#include "insights/SaveSnapshotCommand.h"
#include "insights/WeeklyNumbersDialog.h"
#include "io/ContactExporter.h"
#include "io/CsvImporter.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "io/VCardImporter.h"
#include "outreach/ComposeDialog.h"
#include "outreach/LogOutreachCommand.h"
#include "outreach/OutreachPage.h"
#include "outreach/OutreachSettings.h"
#include "outreach/ReinviteRule.h"
#include "outreach/TemplateValues.h"
#include "outreach/TemplatesDialog.h"
#include "planning/QueueSettings.h"
#include "session/Session.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "shell/BackupActions.h"
#include "shell/PreferencesDialog.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/KeepInTouchStore.h"
#include "store/OutreachStore.h"
#include "store/ScoreStore.h"
#include "store/SettingStore.h"
#include "store/SnapshotStore.h"
#include "store/TemplateStore.h"
#include "store/TimelineStore.h"
#include "store/ValueGivenStore.h"
#include "today/TodayPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/rapport.svg"_s));
    setWindowTitle(tr("Rapport"));

    m_session = new Session(this);
    m_confirm = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
        QPushButton *yes = box.addButton(title, QMessageBox::AcceptRole);
        box.setDefaultButton(yes);
        box.exec();
        return box.clickedButton() == yes;
    };
    m_error = [this](const QString &title, const QString &text) {
        QMessageBox::warning(this, title, text);
    };
    m_report = [this](const ImportReport &report) {
        ImportReportDialog dialog(report, this);
        dialog.exec();
    };

    m_backups = new BackupActions(
        this, [this](const auto &work, QString *error) { return replaceDatabaseFile(work, error); },
        [this](const QString &title, const QString &text) { return m_confirm(title, text); },
        [this](const QString &title, const QString &text) { m_error(title, text); });
    connect(m_backups, &BackupActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusTimeout::Report); });

    createPages();
    createMenus();
    createStatusBar();

    connect(m_session, &Session::aboutToClose, this, [this] { attachPages(false); });
    connect(m_session, &Session::changed, this, [this](Changes what) {
        if (what & (Changes(Change::Contacts) | Change::External)) {
            updateStatus();
            updateActions();
        }
        if (!m_session->derivedStateError().isEmpty())
            statusBar()->showMessage(m_session->derivedStateError(), StatusTimeout::Warning);
    });

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    // The home page: who to reach out to today.
    showPage(Page::Today);
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Commands, models and the panel refer to the stores; the pages let go
    // of them (aboutToClose) before the session closes the database.
    m_session->close();
}

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(6, 6, 6, 0);
    m_readOnlyBanner = new ErrorBanner(central);
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    outer->addWidget(m_readOnlyBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(layout, 1);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(fontMetrics().averageCharWidth() * 20 + 40);
    layout->addWidget(m_navigation);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pageStack"_s);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    struct PageInfo
    {
        QString title;
        QString icon;
        QString description;
    };
    const PageInfo pages[] = {
        {tr("Today"), u"today"_s,
         tr("Your daily outreach queue: the few people worth reaching out to today, best first, "
            "each with the reason.")},
        {tr("Contacts"), u"contacts"_s, QString()},
        {tr("Content"), u"content"_s,
         tr("Your posts and articles with their views and engagement, kept long after LinkedIn "
            "drops the statistics.")},
        {tr("Outreach"), u"outreach"_s,
         tr("Every message, invitation and InMail you send, one person at a time, and how each "
            "one went.")},
        {tr("Insights"), u"insights"_s,
         tr("How your network grows: connections, true followers, acceptance and response rates "
            "over time.")},
    };
    for (const PageInfo &page : pages) {
        const QIcon icon(u":/icons/%1.svg"_s.arg(page.icon));
        auto *item = new QListWidgetItem(icon, page.title, m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
        if (page.description.isEmpty()) {
            m_contactsPage = new ContactsPage(m_settings, m_pages);
            m_pages->addWidget(m_contactsPage);
        } else if (page.icon == u"content"_s) {
            m_contentPage = new ContentPage(m_session->undoStack(), m_pages);
            m_contentPage->setErrorHandler(
                [this](const QString &title, const QString &text) { m_error(title, text); });
            m_contentPage->setConfirmHandler([this](const QString &title, const QString &text) {
                return m_confirm(title, text);
            });
            m_pages->addWidget(m_contentPage);
        } else if (page.icon == u"today"_s) {
            m_todayPage = new TodayPage(m_pages);
            m_todayPage->setErrorHandler(
                [this](const QString &title, const QString &text) { m_error(title, text); });
            m_todayPage->setConfirmHandler([this](const QString &title, const QString &text) {
                return m_confirm(title, text);
            });
            m_pages->addWidget(m_todayPage);
        } else if (page.icon == u"outreach"_s) {
            m_outreachPage = new OutreachPage(m_session->undoStack(), m_pages);
            m_outreachPage->setErrorHandler(
                [this](const QString &title, const QString &text) { m_error(title, text); });
            m_outreachPage->setConfirmHandler([this](const QString &title, const QString &text) {
                return m_confirm(title, text);
            });
            m_pages->addWidget(m_outreachPage);
        } else {
            m_insightsPage = new InsightsPage(m_pages);
            m_insightsPage->setErrorHandler(
                [this](const QString &title, const QString &text) { m_error(title, text); });
            m_pages->addWidget(m_insightsPage);
        }
    }

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (m_goActions)
            m_goActions->actions().at(row)->setChecked(true);
        updateActions();
    });
    connect(m_todayPage, &TodayPage::doneRequested, this, [this](const QueueItem &item) {
        const std::optional<Contact> contact =
            m_session->isOpen() ? m_session->contacts()->get(item.contactId) : std::nullopt;
        if (!contact)
            return;
        // Logging the message and marking the item done are one undo step.
        composeFor(*contact, item.templateName, [this, &item](qint64 logged) {
            m_todayPage->completeDone(item.contactId, logged);
        });
    });
    connect(m_todayPage, &TodayPage::itemsLeftChanged, this, [this](int left) {
        QListWidgetItem *today = m_navigation->item(int(Page::Today));
        today->setText(left > 0 ? tr("Today  %1").arg(left) : tr("Today"));
        today->setData(Qt::AccessibleTextRole,
                       left > 0 ? tr("Today, %1 left").arg(left) : tr("Today"));
    });
    connect(m_todayPage, &TodayPage::keepInTouchRequested, this, &MainWindow::keepInTouch);
    connect(m_insightsPage, &InsightsPage::reviewListRequested, this,
            [this](const ContactReviewFilter &filter, const QString &title) {
                showPage(Page::Contacts);
                m_contactsPage->showReview(filter, title);
            });
    connect(m_todayPage, &TodayPage::weeklyNumbersRequested, this, &MainWindow::enterWeeklyNumbers);
    connect(m_todayPage, &TodayPage::contactActivated, this, [this](qint64 id) {
        showPage(Page::Contacts);
        m_contactsPage->contactsChanged(id);
    });
    connect(m_contactsPage, &ContactsPage::addRequested, this, &MainWindow::addContact);
    connect(m_contactsPage, &ContactsPage::saveRequested, this, &MainWindow::saveContact);
    connect(m_contactsPage, &ContactsPage::currentContactChanged, this, &MainWindow::updateActions);
    connect(m_contactsPage, &ContactsPage::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_contactsPage, &ContactsPage::totalCountChanged, this, &MainWindow::updateActions);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Database…"),
                                     this, &MainWindow::newDatabase);
    newDb->setStatusTip(tr("Start a new, empty Rapport database file"));
    QAction *openDb = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Database…"),
                                      this, &MainWindow::chooseDatabase);
    openDb->setShortcuts(QKeySequence::Open);
    openDb->setStatusTip(tr("Open an existing Rapport database file"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_importAction = file->addAction(
        QIcon::fromTheme(u"document-import"_s), tr("&Import LinkedIn Export…"), this, [this] {
            const QString path =
                QFileDialog::getOpenFileName(this, tr("Import LinkedIn Export"), QDir::homePath(),
                                             tr("LinkedIn export (*.zip *.csv);;All files (*)"));
            if (!path.isEmpty())
                importLinkedIn(path);
        });
    m_importAction->setObjectName(u"importLinkedInAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import the .zip LinkedIn sends when you ask for a copy of "
                                    "your data, or one CSV file from it"));
    m_importFolderAction = file->addAction(tr("Import LinkedIn Export &Folder…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(
            this, tr("Import LinkedIn Export Folder"), QDir::homePath());
        if (!path.isEmpty())
            importLinkedIn(path);
    });
    m_importFolderAction->setStatusTip(tr("Import a LinkedIn export you have already unzipped"));
    m_importCsvAction =
        file->addAction(tr("Import Contacts from &CSV…"), this, &MainWindow::importCsv);
    m_importCsvAction->setObjectName(u"importCsvAction"_s);
    m_importCsvAction->setStatusTip(tr("Import contacts from Google Contacts, Outlook or any "
                                       "spreadsheet saved as CSV"));
    m_importVCardAction = file->addAction(tr("Import Contacts from &vCard…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import vCard"), QDir::homePath(),
                                         tr("vCard files (*.vcf *.vcard);;All files (*)"));
        if (!path.isEmpty())
            importVCard(path);
    });
    m_importVCardAction->setObjectName(u"importVCardAction"_s);
    m_importVCardAction->setStatusTip(tr("Import contacts from a .vcf file exported by Outlook, "
                                         "Gmail, Apple Contacts, Thunderbird or a phone"));
    m_exportAction = file->addAction(QIcon::fromTheme(u"document-export"_s),
                                     tr("&Export Contacts…"), this, &MainWindow::exportContacts);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save contacts as CSV for spreadsheets or vCard for "
                                    "address books"));
    QAction *restore = file->addAction(tr("Restore From &Backup…"), this,
                                       [this] { m_backups->restoreFromBackup(databasePath()); });
    restore->setObjectName(u"restoreBackupAction"_s);
    restore->setStatusTip(tr("Put one of the automatic backups in place of this database"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
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
            m_backups->undoImport(*m_session->database());
    });
    undoImport->setObjectName(u"undoImportAction"_s);
    undoImport->setStatusTip(tr("Take back the last import, keeping the edits made since"));
    connect(edit, &QMenu::aboutToShow, this,
            [this, undoImport] { BackupActions::describeUndo(undoImport, m_session->database()); });
    edit->addSeparator();
    m_findAction =
        edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find Contacts…"), this, [this] {
            showPage(Page::Contacts);
            m_contactsPage->focusSearch();
        });
    m_findAction->setShortcuts(QKeySequence::Find);
    edit->addSeparator();
    m_tagCadencesAction =
        edit->addAction(tr("Keep-in-Touch &Cadence by Tag…"), this, &MainWindow::editTagCadences);
    m_tagCadencesAction->setObjectName(u"tagCadencesAction"_s);
    m_tagCadencesAction->setStatusTip(
        tr("How often to keep in touch with everyone who has a tag, such as Clients"));
    m_weeklyNumbersAction =
        edit->addAction(tr("Enter This &Week's Numbers…"), this, &MainWindow::enterWeeklyNumbers);
    m_weeklyNumbersAction->setObjectName(u"weeklyNumbersAction"_s);
    m_weeklyNumbersAction->setStatusTip(
        tr("Followers, connections, profile views and search appearances as LinkedIn shows them"));
    m_templatesAction = edit->addAction(tr("Message &Templates…"), this, [this] {
        if (!m_session->isOpen())
            return;
        TemplatesDialog dialog(
            *m_session->templates(),
            OutreachSettings::load(SettingStore(*m_session->database())).invitationNoteLimit, this);
        dialog.exec();
    });
    m_templatesAction->setObjectName(u"templatesAction"_s);
    m_templatesAction->setStatusTip(tr("Write and edit the templates you start messages from"));
    m_preferencesAction = edit->addAction(QIcon::fromTheme(u"preferences-system"_s),
                                          tr("&Preferences…"), this, &MainWindow::editPreferences);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showNavigation = view->addAction(tr("&Navigation"));
    showNavigation->setCheckable(true);
    showNavigation->setChecked(true);
    connect(showNavigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
    QAction *showDetails = view->addAction(tr("Contact &Details"));
    showDetails->setCheckable(true);
    showDetails->setChecked(true);
    connect(showDetails, &QAction::toggled, m_contactsPage, &ContactsPage::setDetailsVisible);

    QMenu *contact = menuBar()->addMenu(tr("&Contact"));
    m_addAction = contact->addAction(QIcon::fromTheme(u"contact-new"_s), tr("&New Contact…"), this,
                                     &MainWindow::addContact);
    m_addAction->setObjectName(u"addContactAction"_s);
    m_addAction->setShortcuts(QKeySequence::New);
    m_deleteAction = contact->addAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete Contact"),
                                        this, &MainWindow::deleteCurrentContact);
    m_deleteAction->setObjectName(u"deleteContactAction"_s);
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    contact->addSeparator();
    m_captureAction = contact->addAction(tr("&Quick Capture…"), this, &MainWindow::quickCapture);
    m_captureAction->setObjectName(u"quickCaptureAction"_s);
    m_captureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_captureAction->setShortcutContext(Qt::ApplicationShortcut);
    m_captureAction->setStatusTip(
        tr("Log who followed, commented, shared, viewed or liked: paste their names at once"));
    m_composeAction =
        contact->addAction(tr("&Compose Message…"), this, &MainWindow::composeMessage);
    m_composeAction->setObjectName(u"composeAction"_s);
    m_composeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_composeAction->setStatusTip(
        tr("Write to the selected contact from a template, copy it to LinkedIn and log it"));
    m_valueAction = contact->addAction(tr("Log &Value Given…"), this, &MainWindow::logValueGiven);
    m_valueAction->setObjectName(u"valueAction"_s);
    m_valueAction->setStatusTip(
        tr("Record a how-to, an introduction, a recommendation or an endorsement you offered"));
    m_keepInTouchAction = contact->addAction(tr("&Keep in Touch…"), this, [this] {
        keepInTouch(m_contactsPage->detailPanel()->contactId());
    });
    m_keepInTouchAction->setObjectName(u"keepInTouchAction"_s);
    m_keepInTouchAction->setStatusTip(tr("How often to keep in touch with the selected contact; "
                                         "snooze, archive or mark do not contact"));
    contact->addSeparator();
    contact->addAction(m_contentPage->addPieceAction());
    contact->addAction(m_contentPage->addMetricsAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_goActions = new QActionGroup(this);
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        QAction *action = go->addAction(item->icon(), item->text());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_goActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, row] { showPage(Page(row)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Rapport"), this,
                                     &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (m_contactsPage->detailPanel()->isModified() &&
        !m_confirm(tr("Discard Changes"),
                   tr("Your changes to this contact have not been saved. Discard them and "
                      "open another database?"))) {
        return false;
    }
    if (m_databaseGate && !m_databaseGate(path))
        return false;
    QString error;
    // On failure the session keeps the database that was open.
    if (!m_session->open(path,
                         m_openReadOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite,
                         &error)) {
        m_error(tr("Could Not Open the Database"), error);
        return false;
    }
    attachPages(true);
    if (!m_session->derivedStateError().isEmpty())
        statusBar()->showMessage(m_session->derivedStateError(), StatusTimeout::Warning);
    m_settings.setLastDatabase(m_session->path());
    m_settings.addRecentDatabase(m_session->path());
    if (m_session->isReadOnly()) {
        setWindowTitle(tr("%1 (read-only) — Rapport").arg(QFileInfo(m_session->path()).fileName()));
        m_readOnlyBanner->showMessage(
            m_openReadOnly
                ? tr("Read-only: changes cannot be saved. %1 was opened read-only; you can "
                     "look, search and export. Start Rapport without --read-only to make "
                     "changes.")
                      .arg(QDir::toNativeSeparators(m_session->path()))
                : tr("Read-only: changes cannot be saved. %1 is on a disk or in a folder that "
                     "cannot be written to. You can look, search and export; to make changes, "
                     "copy it to a folder you may write to and open the copy.")
                      .arg(QDir::toNativeSeparators(m_session->path())));
    } else {
        setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(m_session->path()).fileName()));
        m_readOnlyBanner->clear();
    }
    updateStatus();
    updateActions();
    emit databaseOpened(path);
    m_backups->startDailyBackup(m_session->path());
    return true;
}

void MainWindow::attachPages(bool attach)
{
    // While the session closes, the pages let go of its stores.
    Session *session = attach && m_session->isOpen() ? m_session : nullptr;
    m_contactsPage->setSession(session);
    m_contentPage->setSession(session);
    m_outreachPage->setSession(session);
    m_todayPage->setSession(session);
    m_insightsPage->setSession(session);
}

void MainWindow::updateWatching()
{
    // Other processes' writes are looked for only while the window is seen.
    m_session->setWatchingExternalChanges(isVisible() && !isMinimized() && !m_importing);
}

bool MainWindow::replaceDatabaseFile(const std::function<bool(const QString &, QString *)> &work,
                                     QString *error)
{
    if (!m_session->isOpen())
        return false;
    ContactDetailPanel *panel = m_contactsPage->detailPanel();
    if (panel->isModified()) {
        if (!m_confirm(tr("Discard Changes"),
                       tr("Your changes to this contact have not been saved. Discard them?")))
            return false;
        panel->revert();
    }
    // Every connection to the file closes before it is replaced.
    const QString path = m_session->path();
    m_backups->waitForDailyBackup();
    m_session->close();
    const bool ok = work(path, error);
    openDatabase(path);
    return ok;
}

QString MainWindow::databasePath() const
{
    return m_session->path();
}

QString MainWindow::dialogDirectory() const
{
    return m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                dialogDirectory() + u"/rapport.sqlite"_s,
                                                tr("Rapport databases (*.sqlite);;All files (*)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    if (QFileInfo::exists(path)) {
        m_error(tr("New Database"),
                tr("%1 already exists. Choose another name for the new database, or use "
                   "File › Open Database to open this one.")
                    .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Database"), dialogDirectory(),
                                     tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)),
                                    this, [this, path] { openRecent(path); });
        action->setEnabled(path != databasePath());
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        const QStringList paths = m_settings.recentDatabases();
        for (const QString &path : paths) {
            if (path != databasePath())
                m_settings.removeRecentDatabase(path);
        }
    });
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_settings.removeRecentDatabase(path);
        m_error(tr("Database Not Found"),
                tr("%1 no longer exists; it may have been moved or deleted. It was removed from "
                   "the Open Recent list.")
                    .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::addContact()
{
    if (!m_session->isOpen())
        return;
    ContactDialog dialog(this);
    // A contact the store refuses (say, a duplicate profile URL) reopens the
    // dialog with everything the user typed.
    while (dialog.exec() == QDialog::Accepted) {
        if (runCommand(new AddContactCommand(*m_session->contacts(), dialog.contact()),
                       tr("Could Not Add the Contact"))) {
            showPage(Page::Contacts);
            return;
        }
    }
}

void MainWindow::deleteCurrentContact()
{
    if (!m_session->isOpen() || currentPage() != Page::Contacts)
        return;
    const auto contact = m_contactsPage->currentContact();
    if (!contact)
        return;
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    if (!m_confirm(tr("Delete"), tr("Delete %1 from your contacts?\n\nEdit › Undo (%2) brings "
                                    "the contact back.")
                                     .arg(contact->fullName(), undoKey))) {
        return;
    }
    runCommand(new DeleteContactCommand(*m_session->contacts(), *contact),
               tr("Could Not Delete the Contact"));
}

void MainWindow::saveContact(const Contact &edited)
{
    if (!m_session->isOpen())
        return;
    const auto before = m_session->contacts()->get(edited.id);
    if (!before) {
        m_error(tr("Could Not Save the Contact"),
                tr("%1 is no longer in the database; it may have been deleted. Your changes "
                   "were not saved.")
                    .arg(edited.fullName()));
        return;
    }
    runCommand(new EditContactCommand(*m_session->contacts(), *before, edited),
               tr("Could Not Save the Contact"));
}

bool MainWindow::runCommand(StoreCommand *command, const QString &failureTitle)
{
    // The contact to select once the Contacts page reloads for the step.
    if (command->changes().testFlag(Change::Contacts)) {
        const QPointer<ContactsPage> page(m_contactsPage);
        command->setChangedHandler([page](qint64 id) {
            if (page)
                page->selectAfterWrite(id);
        });
    }
    command->setErrorHandler(
        [this](const QString &error) { m_error(tr("Could Not Undo or Redo"), error); });
    QString error;
    if (!m_session->push(command, &error)) {
        m_error(failureTitle, error);
        return false;
    }
    return true;
}

bool MainWindow::finishImport(BackgroundTask::Outcome outcome, const ImportReport &report,
                              const QString &error, Changes touched)
{
    const bool imported = outcome == BackgroundTask::Outcome::Finished;
    // The worker wrote through its own connection: the session brings
    // scores and tiers up to date and the views show what is there now.
    if (imported)
        m_session->notifyChanged(touched | Change::External);
    else if (outcome == BackgroundTask::Outcome::Cancelled)
        statusBar()->showMessage(tr("Import cancelled; nothing was changed."),
                                 StatusTimeout::Outcome);
    else
        m_error(tr("Could Not Import"), error);
    // Told once: from now on the timer looks for other processes' writes again.
    m_importing = false;
    updateWatching();
    if (imported)
        m_report(report);
    return imported;
}

bool MainWindow::importLinkedIn(const QString &path)
{
    if (!m_session->isOpen())
        return false;
    const QString databasePath = m_session->path();
    ImportReport report;
    QString error;
    // The worker's writes are the import's, told once it ends: the timer
    // and activation do not report them meanwhile.
    m_importing = true;
    updateWatching();
    const auto outcome = BackgroundTask::run(
        this, tr("Import LinkedIn Export"), tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [&](const BackgroundTask::Progress &progress, QString *workError) {
            // Worker thread: its own connection; one transaction inside.
            Database db;
            if (!db.open(databasePath, workError))
                return false;
            LinkedInArchive archive;
            if (!archive.open(path, workError))
                return false;
            LinkedInImporter importer(db);
            importer.setProgress(progress);
            return importer.run(archive, &report, workError);
        },
        &error);
    return finishImport(outcome, report, error,
                        Changes(Change::Contacts) | Change::Engagement | Change::Outreach |
                            Change::Content | Change::Queue);
}

void MainWindow::importCsv()
{
    if (!m_session->isOpen())
        return;
    CsvImportWizard wizard(m_settings, QDir::homePath(), this);
    if (wizard.exec() == QDialog::Accepted)
        runCsvImport(wizard.request());
}

bool MainWindow::runCsvImport(const CsvImportRequest &request)
{
    if (!m_session->isOpen())
        return false;
    const QString databasePath = m_session->path();
    ImportReport report;
    QString error;
    // The worker's writes are the import's, told once it ends: the timer
    // and activation do not report them meanwhile.
    m_importing = true;
    updateWatching();
    const auto outcome = BackgroundTask::run(
        this, tr("Import Contacts from CSV"),
        tr("Importing %1…").arg(QFileInfo(request.path).fileName()),
        [&](const BackgroundTask::Progress &progress, QString *workError) {
            Database db;
            if (!db.open(databasePath, workError))
                return false;
            CsvImporter importer(db);
            importer.setDelimiter(request.delimiter);
            importer.setMapping(request.mapping);
            importer.setDuplicatePolicy(request.policy);
            importer.setProgress(progress);
            return importer.run(request.path, &report, workError);
        },
        &error);
    return finishImport(outcome, report, error, Changes(Change::Contacts) | Change::Queue);
}

bool MainWindow::importVCard(const QString &path)
{
    if (!m_session->isOpen())
        return false;
    const QString databasePath = m_session->path();
    ImportReport report;
    QString error;
    // The worker's writes are the import's, told once it ends: the timer
    // and activation do not report them meanwhile.
    m_importing = true;
    updateWatching();
    const auto outcome = BackgroundTask::run(
        this, tr("Import Contacts from vCard"), tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [&](const BackgroundTask::Progress &progress, QString *workError) {
            Database db;
            if (!db.open(databasePath, workError))
                return false;
            VCardImporter importer(db);
            importer.setProgress(progress);
            return importer.run(path, &report, workError);
        },
        &error);
    return finishImport(outcome, report, error, Changes(Change::Contacts) | Change::Queue);
}

void MainWindow::exportContacts()
{
    if (!m_session->isOpen())
        return;
    ContactTableModel *model = m_contactsPage->model();
    ExportDialog dialog(model ? model->query() : ContactQuery{}, model ? model->rowCount() : 0,
                        m_session->contacts()->allTags(), dialogDirectory(), this);
    if (dialog.exec() == QDialog::Accepted)
        runExport(dialog.request());
}

bool MainWindow::runExport(const ExportRequest &request)
{
    if (!m_session->isOpen())
        return false;
    const QString databasePath = m_session->path();
    const QString fileName = QFileInfo(request.path).fileName();
    qint64 exported = 0;
    QString error;
    const auto outcome = BackgroundTask::run(
        this, tr("Export Contacts"), tr("Exporting contacts to %1…").arg(fileName),
        [&](const BackgroundTask::Progress &progress, QString *workError) {
            // Worker thread: its own connection to the same file.
            Database db;
            if (!db.open(databasePath, workError))
                return false;
            ContactStore store(db);
            return ContactExporter(store).exportTo(request.path, request.options, &exported,
                                                   workError, progress);
        },
        &error);
    switch (outcome) {
    case BackgroundTask::Outcome::Finished:
        statusBar()->showMessage(
            exported == 1
                ? tr("Exported 1 contact to %1").arg(fileName)
                : tr("Exported %1 contacts to %2").arg(QLocale().toString(exported), fileName),
            StatusTimeout::Outcome);
        return true;
    case BackgroundTask::Outcome::Cancelled:
        statusBar()->showMessage(tr("Export cancelled; no file was written."),
                                 StatusTimeout::Outcome);
        return false;
    case BackgroundTask::Outcome::Failed:
        m_error(tr("Could Not Export"), error);
        return false;
    }
    return false;
}

void MainWindow::updateActions()
{
    const bool onContacts = m_pages->currentWidget() == m_contactsPage;
    // A read-only database can be looked at, searched and exported only.
    const bool open = m_session->isOpen();
    const bool writable = open && !m_session->isReadOnly();
    m_addAction->setEnabled(writable);
    m_exportAction->setEnabled(open && m_contactsPage->totalCount() > 0);
    m_importAction->setEnabled(writable);
    m_importFolderAction->setEnabled(writable);
    m_importCsvAction->setEnabled(writable);
    m_importVCardAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable && onContacts &&
                               m_contactsPage->detailPanel()->contactId() > 0);
    m_captureAction->setEnabled(writable);
    m_preferencesAction->setEnabled(writable);
    m_templatesAction->setEnabled(writable);
    m_tagCadencesAction->setEnabled(writable);
    m_weeklyNumbersAction->setEnabled(writable);
    const bool hasContact = writable && m_contactsPage->detailPanel()->contactId() > 0;
    m_composeAction->setEnabled(hasContact);
    m_valueAction->setEnabled(hasContact);
    m_keepInTouchAction->setEnabled(hasContact);
}

void MainWindow::updateStatus()
{
    if (!m_session->isOpen()) {
        m_statusLabel->setText(tr("No database open"));
        m_statusLabel->setToolTip(QString());
        return;
    }
    const int total = m_session->contacts()->totalCount();
    const QString count =
        total == 1 ? tr("1 contact") : tr("%1 contacts").arg(QLocale().toString(total));
    const QString path = m_session->path();
    m_statusLabel->setText(tr("%1 · %2").arg(QFileInfo(path).fileName(), count));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(path));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Rapport"),
        tr("<h3>Rapport %1</h3>"
           "<p>A desktop CRM for people who network on LinkedIn: every contact, every "
           "conversation, and the few people worth reaching out to today.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(AppIdentity::version(), QString::fromLatin1(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::composeMessage()
{
    const std::optional<Contact> contact = m_contactsPage->currentContact();
    if (contact)
        composeFor(*contact, QString());
}

qint64 MainWindow::composeFor(const Contact &contact, const QString &templateName,
                              const std::function<void(qint64)> &sameStep)
{
    if (!m_session->isOpen())
        return 0;
    // The same values as `rapport-cli outreach log --template`.
    const QHash<QString, QString> values =
        TemplateValues::forContact(*m_session->database(), contact);
    const OutreachSettings settings = OutreachSettings::load(SettingStore(*m_session->database()));
    ComposeDialog dialog(contact, m_session->templates()->all(), values,
                         settings.invitationNoteLimit, this);
    dialog.setTemplateStore(m_session->templates());
    dialog.setLastWithdrawal(ReinviteRule::withdrawnOn(*m_session->outreach(), contact.id));
    if (const auto suggested = m_session->templates()->find(templateName)) {
        dialog.setChannel(suggested->channel);
        dialog.setTemplate(suggested->name);
    }
    const bool accepted =
        m_composePreparer ? m_composePreparer(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return 0;
    auto *command =
        new LogOutreachCommand(*m_session->contacts(), *m_session->outreach(), dialog.outreach());
    QUndoStack *undo = m_session->undoStack();
    if (sameStep)
        undo->beginMacro(command->text());
    const bool logged = runCommand(command, tr("Could Not Log the Message"));
    if (logged && sameStep)
        sameStep(command->record().id);
    if (sameStep)
        undo->endMacro();
    if (!logged) {
        // Nothing was logged: the empty step the macro left is taken off (an
        // obsolete command is deleted when undone).
        const int last = undo->count() - 1;
        if (sameStep && last >= 0 && undo->index() == last + 1 &&
            undo->command(last)->childCount() == 0) {
            const_cast<QUndoCommand *>(undo->command(last))->setObsolete(true);
            undo->undo();
        }
        return 0;
    }
    statusBar()->showMessage(tr("Logged. Rapport never sends anything: send it on LinkedIn if "
                                "you have not yet."),
                             StatusTimeout::Outcome);
    return command->record().id;
}

void MainWindow::logValueGiven()
{
    const std::optional<Contact> contact = m_contactsPage->currentContact();
    if (!contact || !m_session->isOpen())
        return;
    ValueGivenDialog dialog(contact->id, contact->fullName(), this);
    const bool accepted =
        m_valuePreparer ? m_valuePreparer(dialog) : dialog.exec() == QDialog::Accepted;
    if (accepted)
        runCommand(
            new LogValueCommand(*m_session->contacts(), *m_session->values(), dialog.value()),
            tr("Could Not Log the Value Given"));
}

void MainWindow::keepInTouch(qint64 contactId)
{
    const std::optional<Contact> contact =
        m_session->isOpen() && contactId > 0 ? m_session->contacts()->get(contactId) : std::nullopt;
    if (!contact || !m_session->isOpen())
        return;
    QString error;
    const std::optional<KeepInTouch> before = m_session->keepInTouch()->get(contactId, &error);
    if (!before) {
        m_error(tr("Could Not Read the Contact"), error);
        return;
    }
    KeepInTouchDialog dialog(
        contact->fullName(), *before,
        QueueSettings::load(SettingStore(*m_session->database())).defaultCadenceDays, this);
    const bool accepted =
        m_keepInTouchPreparer ? m_keepInTouchPreparer(dialog) : dialog.exec() == QDialog::Accepted;
    const KeepInTouch after = dialog.settings();
    if (!accepted || after.sameSettings(*before))
        return;
    runCommand(new SetKeepInTouchCommand(*m_session->contacts(), *m_session->keepInTouch(),
                                         contactId, contact->fullName(), *before, after),
               tr("Could Not Save the Keep-in-Touch Settings"));
}

void MainWindow::editTagCadences()
{
    if (!m_session->isOpen())
        return;
    QString error;
    const QList<TagCadence> before = m_session->keepInTouch()->tagCadences(&error);
    if (!error.isEmpty()) {
        m_error(tr("Could Not Read the Tags"), error);
        return;
    }
    TagCadencesDialog dialog(
        before, QueueSettings::load(SettingStore(*m_session->database())).defaultCadenceDays, this);
    const bool accepted =
        m_tagCadencesPreparer ? m_tagCadencesPreparer(dialog) : dialog.exec() == QDialog::Accepted;
    const QList<TagCadence> after = dialog.cadences();
    if (!accepted || after == before)
        return;
    runCommand(new SetTagCadencesCommand(*m_session->contacts(), *m_session->keepInTouch(), before,
                                         after, m_contactsPage->detailPanel()->contactId()),
               tr("Could Not Save the Tag Cadences"));
}

void MainWindow::enterWeeklyNumbers()
{
    if (!m_session->isOpen())
        return;
    SnapshotStore *store = m_session->snapshots();
    WeeklyNumbersDialog dialog(
        store->latest(), [store](const QDate &day) { return store->forWeekOf(day); }, this);
    const bool accepted = m_weeklyNumbersPreparer ? m_weeklyNumbersPreparer(dialog)
                                                  : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    runCommand(new SaveSnapshotCommand(*m_session->contacts(), *store, dialog.snapshot(),
                                       m_contactsPage->detailPanel()->contactId()),
               tr("Could Not Save the Weekly Numbers"));
}

void MainWindow::editPreferences()
{
    if (!m_session->isOpen())
        return;
    SettingStore settings(*m_session->database());
    const OutreachSettings outreach = OutreachSettings::load(settings);
    PreferencesDialog dialog(m_session->engagement()->windowDays(), outreach,
                             QueueSettings::load(settings), this);
    dialog.setIndustryScope(IndustryScope::load(settings));
    const bool accepted =
        m_preferencesPreparer ? m_preferencesPreparer(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    QString error;
    if (!dialog.outreachSettings().save(settings, &error) ||
        !dialog.queueSettings().save(settings, &error) ||
        !dialog.industryScope().save(settings, &error)) {
        m_error(tr("Could Not Save the Preferences"), error);
        return;
    }
    Changes what = Change::Settings;
    if (dialog.windowDays() != m_session->engagement()->windowDays()) {
        if (!m_session->engagement()->setWindowDays(dialog.windowDays(), &error)) {
            m_error(tr("Could Not Change the Recency Window"), error);
            return;
        }
        // Tiers follow the recency window.
        what |= Changes(Change::Contacts) | Change::Engagement;
    }
    m_session->notifyChanged(what);
    emit preferencesChanged();
}

void MainWindow::refreshTiers()
{
    m_session->refreshDerivedState();
    if (!m_session->derivedStateError().isEmpty())
        statusBar()->showMessage(m_session->derivedStateError(), StatusTimeout::Warning);
}

void MainWindow::quickCapture()
{
    if (!m_session->isOpen())
        return;
    // Unsaved edits in the panel first, so the capture never overwrites them.
    ContactDetailPanel *panel = m_contactsPage->detailPanel();
    if (panel->isModified()) {
        if (!panel->validate())
            return;
        panel->save();
    }
    // A new day or the CLI's writes first, so the preview's tiers are current.
    m_session->checkExternalChanges();
    QuickCaptureDialog dialog(*m_session->quickCapture(), *m_session->contacts(),
                              m_session->content()->all(), this);
    const bool accepted =
        m_capturePreparer ? m_capturePreparer(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    auto *command = new QuickCaptureCommand(*m_session->contacts(), *m_session->quickCapture(),
                                            dialog.items(), dialog.captureEvent());
    if (runCommand(command, tr("Could Not Log the Engagement"))) {
        const CaptureResult &r = command->result();
        QString message = tr("Logged %1 · %2 new contacts")
                              .arg(QLocale().toString(r.events.size()))
                              .arg(QLocale().toString(r.created.size()));
        if (r.alreadyLogged > 0)
            message += tr(" · %1 already logged on this piece, left as they were")
                           .arg(QLocale().toString(r.alreadyLogged));
        statusBar()->showMessage(message, StatusTimeout::Outcome);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back to the window after the CLI (or another window) changed
    // the database: show what is there now, without waiting for the timer.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && !m_importing)
        m_session->checkExternalChanges();
    if (event->type() == QEvent::WindowStateChange)
        updateWatching();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateWatching();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateWatching();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ContactDetailPanel *panel = m_contactsPage->detailPanel();
    if (panel->isModified() &&
        !m_confirm(tr("Discard Changes"),
                   tr("Your changes to this contact have not been saved. Discard them and "
                      "quit?"))) {
        event->ignore();
        return;
    }
    m_contactsPage->saveState();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace rapport
