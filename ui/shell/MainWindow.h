#pragma once

// The application window: the page navigation, the pages, the status bar
// and the window's events. The open database, its stores and the undo
// stack are its Session's (every write goes through Session::push); the
// menus are MainMenus', database files DatabaseFiles', imports and exports
// the ImportExportController's, and the commands that ask with a dialog
// WindowCommands'.

#include "session/Session.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace rapport {

class BackupActions;
class ChangesDialog;
class ContactsPage;
class ContentPage;
class DatabaseFiles;
class ErrorBanner;
class ImportExportController;
class InsightsPage;
class MainMenus;
class OutreachPage;
class Settings;
class TodayPage;
class WindowCommands;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Today, Contacts, Content, Outreach, Insights };

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the database; on failure says why and keeps the
    // database that was open.
    bool openDatabase(const QString &path);
    // Open every later database read-only (rapport --read-only): for looking
    // at a copy or a backup without changing it.
    void setOpenReadOnly(bool readOnly);
    QString databasePath() const { return m_session->path(); }
    // The open database, its stores and the undo stack.
    Session *session() const { return m_session; }
    ContactStore *contactStore() const { return m_session->contacts(); }
    EngagementStore *engagementStore() const { return m_session->engagement(); }
    OutreachStore *outreachStore() const { return m_session->outreach(); }
    ValueGivenStore *valueGivenStore() const { return m_session->values(); }
    ContentStore *contentStore() const { return m_session->content(); }
    KeepInTouchStore *keepInTouchStore() const { return m_session->keepInTouch(); }
    SnapshotStore *snapshotStore() const { return m_session->snapshots(); }
    QUndoStack *undoStack() const { return m_session->undoStack(); }
    ContactsPage *contactsPage() const { return m_contactsPage; }
    // New, Open, Open Recent, the read-only banner and the database gate.
    DatabaseFiles *databaseFiles() const { return m_files; }
    // The daily backup, File ▸ Restore From Backup… and Edit ▸ Undo Import….
    BackupActions *backupActions() const;
    // Every import and export.
    ImportExportController *importExport() const { return m_importExport; }
    // The commands that ask with a dialog and write one undo step.
    WindowCommands *commands() const { return m_commands; }

    void showPage(Page page);
    // Puts the keyboard focus in the page's main list or table (Today's
    // queue, the contacts, content and outreach tables, the chart list), or
    // on the first control the page shows instead (an empty state's
    // button): on launch and on Ctrl+1…Ctrl+5.
    void focusCurrentPage();
    // Open Contact (Today, Outreach, Content): the Contacts page with the
    // contact selected and scrolled to, a search or filter hiding it cleared
    // (the status bar says so).
    void openContact(qint64 contactId);
    // The Changes view (what changed since the last LinkedIn export),
    // opened or brought to the front.
    void showExportChanges();
    ChangesDialog *changesDialog() const;
    Page currentPage() const;
    // Brings the stored engagement tiers and connection scores up to today
    // now, as opening the database and a new day do, and shows the result.
    void refreshTiers();

signals:
    // Settings that change numbers (InMail plan, acceptance threshold) were saved.
    void preferencesChanged();
    // A database was opened (after the gate let it through).
    void databaseOpened(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Opens within the screen: the remembered geometry, moved and shrunk
    // into the available area, or a default size that fits.
    void placeWindow();
    void createPages();
    void createNavigation();
    void connectPages();
    void createStatusBar();
    // Gives the pages the session's stores (none when it is closed).
    void attachPages(bool attach);
    // Checks for other processes' writes while the window can be seen.
    void updateWatching();
    void updateActions();
    void updateStatus();
    // "last import: … · last backup: …" from the import journal and the
    // backups folder.
    void updateHistory();
    void restorePanelSplitters();
    void savePanelSplitters();
    void showDerivedStateError();

    Settings &m_settings;
    Session *m_session = nullptr;
    DatabaseFiles *m_files = nullptr;
    ImportExportController *m_importExport = nullptr;
    WindowCommands *m_commands = nullptr;
    MainMenus *m_menus = nullptr;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ContactsPage *m_contactsPage = nullptr;
    ContentPage *m_contentPage = nullptr;
    OutreachPage *m_outreachPage = nullptr;
    InsightsPage *m_insightsPage = nullptr;
    TodayPage *m_todayPage = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_historyLabel = nullptr;
    ErrorBanner *m_readOnlyBanner = nullptr;
    QPointer<ChangesDialog> m_changesDialog;
};

} // namespace rapport
