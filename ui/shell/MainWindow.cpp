#include "shell/MainWindow.h"

#include "common/ErrorBanner.h"
#include "common/Prompts.h"
#include "common/StatusTimeout.h"
#include "common/ThemedIcon.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactSidePanel.h"
#include "contacts/ContactsPage.h"
#include "content/ContentPage.h"
#include "domain/RelativeDate.h"
#include "importexport/ChangesDialog.h"
#include "importexport/ImportExportController.h"
#include "insights/InsightsPage.h"
#include "outreach/OutreachPage.h"
#include "settings/Settings.h"
#include "shell/AfterFirstPaint.h"
#include "shell/BackupActions.h"
#include "shell/DatabaseFiles.h"
#include "shell/MainMenus.h"
#include "shell/WindowCommands.h"
#include "shell/WindowPlacement.h"
#include "store/BackupStore.h"
#include "store/ContactStore.h"
#include "store/ImportUndo.h"
#include "today/TodayPage.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
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
    m_session->setOpeningFinishedByView(true); // after the first paint, below
    createPages();
    m_files = new DatabaseFiles(m_session, m_settings, m_contactsPage->detailPanel(),
                                m_readOnlyBanner, this);
    m_importExport = new ImportExportController(m_session, m_settings, m_contactsPage, this);
    m_commands = new WindowCommands(m_session, m_contactsPage, this);
    m_commands->setLanguageSetting([this] { return m_settings.uiLanguage(); },
                                   [this](const QString &language) {
                                       m_settings.setUiLanguage(language);
                                       m_settings.sync();
                                   });
    // The Contact menu acts on the person the current page shows.
    m_commands->setPageContact([this]() -> qint64 {
        if (currentPage() == Page::Today)
            return m_todayPage->contactPanel()->contactId();
        if (currentPage() == Page::Outreach)
            return m_outreachPage->contactPanel()->contactId();
        if (currentPage() == Page::Contacts)
            return m_contactsPage->detailPanel()->contactId();
        return qint64(0); // Content and Insights show no one person
    });
    for (ContactSidePanel *panel : {m_todayPage->contactPanel(), m_outreachPage->contactPanel()})
        connect(panel, &ContactSidePanel::contactChanged, this, &MainWindow::updateActions);
    connectPages();
    m_menus = new MainMenus(this, m_session, m_files, m_importExport, m_commands, m_contactsPage,
                            m_contentPage, m_navigation);
    createStatusBar();

    connect(m_files, &DatabaseFiles::opened, this, [this](const QString &path) {
        attachPages(true);
        updateStatus();
        updateHistory();
        updateActions();
        focusCurrentPage();
        // What is stored is painted first; tiers and scores follow (the
        // window shown at start-up is painted on its first expose).
        AfterFirstPaint::run(this, 2000, [session = QPointer<Session>(m_session)] {
            if (session)
                session->finishOpeningSoon();
        });
        emit databaseOpened(path);
    });
    connect(m_importExport, &ImportExportController::importingChanged, this,
            &MainWindow::updateWatching);
    connect(m_commands, &WindowCommands::contactAdded, this, [this] { showPage(Page::Contacts); });
    connect(m_commands, &WindowCommands::preferencesChanged, this, &MainWindow::preferencesChanged);
    connect(m_session, &Session::aboutToClose, this, [this] { attachPages(false); });
    connect(m_session, &Session::changed, this, [this](Changes what) {
        if (what & (Changes(Change::Contacts) | Change::External)) {
            updateStatus();
            updateActions();
        }
        // An import (the CLI's too) arrives as an external change.
        if (what & Change::External)
            updateHistory();
        showDerivedStateError();
    });

    restoreState(m_settings.windowState());
    placeWindow();
    restorePanelSplitters();
    // The home page: who to reach out to today.
    showPage(Page::Today);
    focusCurrentPage();
    updateStatus();
    updateActions();
}

void MainWindow::placeWindow()
{
    // Within the screen's available area (taskbars and panels left free):
    // remembered geometry from a bigger monitor is moved and shrunk.
    const QRect available = screen()->availableGeometry();
    const QSize minimum = minimumSizeHint();
    if (restoreGeometry(m_settings.windowGeometry())) {
        // The screen it was on, if that is still there; else this one.
        const QScreen *onScreen = QGuiApplication::screenAt(geometry().center());
        if (!(windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))) {
            setGeometry(WindowPlacement::fitted(
                geometry(), onScreen ? onScreen->availableGeometry() : available, minimum));
        }
        return;
    }
    QRect first(QPoint(), WindowPlacement::defaultSize(available, minimum));
    first.moveCenter(available.center());
    setGeometry(WindowPlacement::fitted(first, available, minimum));
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

    // In the order of Page.
    m_todayPage = new TodayPage(m_pages);
    m_contactsPage = new ContactsPage(m_settings, m_pages);
    m_contentPage = new ContentPage(m_session->undoStack(), m_pages);
    m_outreachPage = new OutreachPage(m_session->undoStack(), m_pages);
    m_insightsPage = new InsightsPage(m_pages);
    m_pages->addWidget(m_todayPage);
    m_pages->addWidget(m_contactsPage);
    m_pages->addWidget(m_contentPage);
    m_pages->addWidget(m_outreachPage);
    m_pages->addWidget(m_insightsPage);
    createNavigation();
}

void MainWindow::createNavigation()
{
    struct PageInfo
    {
        QString title;
        QString icon;
    };
    const PageInfo pages[] = {
        {tr("Today"), u"today"_s},       {tr("Contacts"), u"contacts"_s},
        {tr("Content"), u"content"_s},   {tr("Outreach"), u"outreach"_s},
        {tr("Insights"), u"insights"_s},
    };
    for (const PageInfo &page : pages) {
        const QIcon icon = ThemedIcon::icon(page.icon); // in the palette's text colour
        auto *item = new QListWidgetItem(icon, page.title, m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (m_menus)
            m_menus->setCurrentPage(row);
        updateActions();
    });
}

void MainWindow::connectPages()
{
    connect(m_todayPage, &TodayPage::doneRequested, this, [this](const QueueItem &item) {
        const std::optional<Contact> contact =
            m_session->isOpen() ? m_session->contacts()->get(item.contactId) : std::nullopt;
        if (!contact)
            return;
        // Logging the message and marking the item done are one undo step.
        m_commands->composeFor(*contact, item.templateName,
                               [this, &item](qint64 logged, QString *error) {
                                   return m_todayPage->completeDone(item.contactId, logged, error);
                               });
    });
    connect(m_todayPage, &TodayPage::itemsLeftChanged, this, [this](int left) {
        QListWidgetItem *today = m_navigation->item(int(Page::Today));
        today->setText(left > 0 ? tr("Today  %1").arg(left) : tr("Today"));
        today->setData(Qt::AccessibleTextRole,
                       left > 0 ? tr("Today, %1 left").arg(left) : tr("Today"));
    });
    connect(m_todayPage, &TodayPage::keepInTouchRequested, m_commands,
            &WindowCommands::keepInTouch);
    connect(m_insightsPage, &InsightsPage::reviewListRequested, this,
            [this](const ContactReviewFilter &filter, const QString &title) {
                showPage(Page::Contacts);
                m_contactsPage->showReview(filter, title);
            });
    connect(m_todayPage, &TodayPage::weeklyNumbersRequested, m_commands,
            &WindowCommands::enterWeeklyNumbers);
    connect(m_todayPage, &TodayPage::contactActivated, this, &MainWindow::openContact);
    connect(m_todayPage, &TodayPage::changesRequested, this, &MainWindow::showExportChanges);
    connect(m_importExport, &ImportExportController::changesRequested, this,
            &MainWindow::showExportChanges);
    connect(m_outreachPage, &OutreachPage::contactActivated, this, &MainWindow::openContact);
    connect(m_contentPage, &ContentPage::contactActivated, this, &MainWindow::openContact);
    connect(m_contactsPage, &ContactsPage::addRequested, m_commands, &WindowCommands::addContact);
    connect(m_contactsPage, &ContactsPage::saveRequested, m_commands, &WindowCommands::saveContact);
    connect(m_contactsPage, &ContactsPage::currentContactChanged, this, &MainWindow::updateActions);
    connect(m_contactsPage, &ContactsPage::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_contactsPage, &ContactsPage::totalCountChanged, this, &MainWindow::updateActions);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
    // "last import: 3 days ago · last backup: today", after the count.
    m_historyLabel = new QLabel(this);
    m_historyLabel->setObjectName(u"statusHistoryLabel"_s);
    statusBar()->addPermanentWidget(m_historyLabel);
    connect(m_files->backups(), &BackupActions::message, this, &MainWindow::updateHistory);
}

void MainWindow::updateHistory()
{
    if (!m_session->isOpen()) {
        m_historyLabel->clear();
        m_historyLabel->setToolTip(QString());
        return;
    }
    const QLocale locale;
    QStringList tips;
    QString import = tr("no import yet");
    if (const auto run = ImportUndo::find(*m_session->database(), 0)) {
        const QDateTime at = run->startedAt.toLocalTime();
        import = tr("last import: %1").arg(RelativeDate::text(at.date()));
        tips << tr("Last import: %1, %2")
                    .arg(QFileInfo(run->source).fileName(),
                         locale.toString(at, QLocale::ShortFormat));
    }
    QString backup = tr("no backup yet");
    const QList<BackupInfo> backups = BackupStore(m_session->path()).list();
    if (!backups.isEmpty()) {
        const QDateTime at = backups.first().createdAt.toLocalTime();
        backup = tr("last backup: %1").arg(RelativeDate::text(at.date()));
        tips << tr("Last backup: %1, %2")
                    .arg(QDir::toNativeSeparators(backups.first().path),
                         locale.toString(at, QLocale::ShortFormat));
    }
    m_historyLabel->setText(tr("%1 · %2").arg(import, backup));
    m_historyLabel->setToolTip(tips.join(u'\n'));
}

ChangesDialog *MainWindow::changesDialog() const
{
    return m_changesDialog.data();
}

void MainWindow::showExportChanges()
{
    // One Changes view, beside the window: its rows open contacts here.
    if (!m_changesDialog) {
        m_changesDialog = new ChangesDialog(m_session, this);
        m_changesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_changesDialog, &ChangesDialog::contactActivated, this, &MainWindow::openContact);
    } else {
        m_changesDialog->reload();
    }
    m_changesDialog->show();
    m_changesDialog->raise();
    m_changesDialog->activateWindow();
}

void MainWindow::openContact(qint64 contactId)
{
    if (!m_session->isOpen())
        return;
    showPage(Page::Contacts);
    bool cleared = false;
    const std::optional<Contact> contact = m_session->contacts()->get(contactId);
    if (!contact || !m_contactsPage->showContact(contactId, &cleared)) {
        statusBar()->showMessage(
            tr("That contact is no longer in the database; it may have been deleted."),
            StatusTimeout::Warning);
        return;
    }
    if (cleared)
        statusBar()->showMessage(
            tr("Cleared the search and filters to show %1.").arg(contact->fullName()),
            StatusTimeout::Outcome);
}

namespace {

// The splitters beside a list whose sizes the window remembers, by the
// name they are stored under (the Contacts page keeps its own).
const char *const panelSplitters[] = {"todaySplitter", "outreachSplitter", "contentSplitter"};

} // namespace

void MainWindow::restorePanelSplitters()
{
    for (const char *name : panelSplitters) {
        const QString key = QString::fromLatin1(name);
        if (auto *splitter = findChild<QSplitter *>(key))
            splitter->restoreState(m_settings.splitterState(key));
    }
}

void MainWindow::savePanelSplitters()
{
    for (const char *name : panelSplitters) {
        const QString key = QString::fromLatin1(name);
        // A panel hidden with its list (an empty page) would save as zero
        // width; keep the sizes from when it showed.
        auto *splitter = findChild<QSplitter *>(key);
        if (splitter && splitter->count() > 1 && !splitter->widget(1)->isHidden())
            m_settings.setSplitterState(key, splitter->saveState());
    }
}

bool MainWindow::openDatabase(const QString &path)
{
    return m_files->open(path);
}

void MainWindow::setOpenReadOnly(bool readOnly)
{
    m_files->setOpenReadOnly(readOnly);
}

BackupActions *MainWindow::backupActions() const
{
    return m_files->backups();
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
    // Other processes' writes are looked for only while the window is seen
    // and no import's worker is writing.
    m_session->setWatchingExternalChanges(isVisible() && !isMinimized() &&
                                          !m_importExport->isImporting());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

namespace {

// The first control in `area` the Tab key would reach, shown and enabled.
QWidget *firstFocusable(QWidget *area)
{
    for (QWidget *w = area->nextInFocusChain(); w && w != area; w = w->nextInFocusChain()) {
        if (area->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(area) &&
            w->isEnabled())
            return w;
    }
    return nullptr;
}

} // namespace

void MainWindow::focusCurrentPage()
{
    // In the order of Page.
    static const QString mainViews[] = {u"todayQueue"_s, u"contactsTable"_s, u"contentTable"_s,
                                        u"outreachTable"_s, u"insightsChartList"_s};
    QWidget *page = m_pages->currentWidget();
    const int index = m_pages->currentIndex();
    if (!page || index < 0 || index >= int(std::size(mainViews)))
        return;
    QWidget *target = page->findChild<QWidget *>(mainViews[index]);
    if (!target || !target->isVisibleTo(page) || !target->isEnabled()) {
        // An empty state shows instead of the list: its button first, then
        // the page's first control.
        const auto *stack =
            target ? qobject_cast<QStackedWidget *>(target->parentWidget()) : nullptr;
        target = stack && stack->currentWidget() ? firstFocusable(stack->currentWidget()) : nullptr;
        if (!target)
            target = firstFocusable(page);
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::updateActions()
{
    if (m_menus)
        m_menus->updateActions(m_pages->currentWidget() == m_contactsPage);
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

void MainWindow::showDerivedStateError()
{
    if (!m_session->derivedStateError().isEmpty())
        statusBar()->showMessage(m_session->derivedStateError(), StatusTimeout::Warning);
}

void MainWindow::refreshTiers()
{
    m_session->refreshDerivedState();
    showDerivedStateError();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back to the window after the CLI (or another window) changed
    // the database: show what is there now, without waiting for the timer.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() &&
        !m_importExport->isImporting())
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
    const QString discard = tr("Discard Changes");
    if (m_contactsPage->detailPanel()->isModified() &&
        !Prompts::confirm(
            this, discard,
            tr("Your changes to this contact have not been saved. Discard them and quit?"), discard,
            true)) {
        event->ignore();
        return;
    }
    m_contactsPage->saveState();
    savePanelSplitters();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

} // namespace rapport
