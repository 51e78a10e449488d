#pragma once

// The application window: menus, the page navigation, the status bar and
// the dialogs; the open database, its stores and the undo stack are its
// Session's, and every write goes through Session::push.

#include "common/BackgroundTask.h"
#include "session/Change.h"
#include "session/Session.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace rapport {

class BackupActions;
class StoreCommand;
class ErrorBanner;
class KeepInTouchDialog;
class TagCadencesDialog;
class WeeklyNumbersDialog;
class ComposeDialog;
class PreferencesDialog;
class ValueGivenDialog;
class QuickCaptureDialog;
class ContactsPage;
class ContentPage;
class InsightsPage;
class OutreachPage;
class TodayPage;
struct ExportRequest;
struct CsvImportRequest;
class ImportReport;
class Settings;
struct Contact;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Today, Contacts, Content, Outreach, Insights };

    // Asked before something destructive; true means go ahead.
    using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;
    // Tells the user why something could not be done.
    using ErrorHandler = std::function<void(const QString &title, const QString &text)>;
    // Shows what an import did.
    using ReportHandler = std::function<void(const ImportReport &report)>;

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the database; on failure reports it and keeps the
    // database that was open.
    bool openDatabase(const QString &path);
    // Open every later database read-only (rapport --read-only): for looking
    // at a copy or a backup without changing it.
    void setOpenReadOnly(bool readOnly) { m_openReadOnly = readOnly; }
    QString databasePath() const;
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
    // The daily backup, File ▸ Restore From Backup… and Edit ▸ Undo Import….
    BackupActions *backupActions() const { return m_backups; }

    // Tests replace the modal message boxes with these.
    void setConfirmHandler(ConfirmHandler handler) { m_confirm = std::move(handler); }
    void setErrorHandler(ErrorHandler handler) { m_error = std::move(handler); }
    void setReportHandler(ReportHandler handler) { m_report = std::move(handler); }

    void showPage(Page page);
    Page currentPage() const;

    void addContact();
    // Imports LinkedIn's export (.zip, folder or one CSV) off the GUI thread
    // with progress and Cancel, then shows the report; true when imported.
    bool importLinkedIn(const QString &path);
    // Walks through the CSV import wizard, then runs the import.
    void importCsv();
    // Runs a CSV import off the GUI thread with progress and Cancel, then
    // shows the report; true when imported.
    bool runCsvImport(const CsvImportRequest &request);
    // Imports a vCard file off the GUI thread with progress and Cancel
    // (duplicates updated, as a CSV import does by default), then shows
    // the report; true when imported.
    bool importVCard(const QString &path);
    // Asks what to export, then runs it.
    void exportContacts();
    // Runs an export off the GUI thread with progress and Cancel; true when
    // the file was written.
    bool runExport(const ExportRequest &request);
    void deleteCurrentContact();
    // Quick capture (Ctrl+L): paste names, check the preview, log them as
    // one undoable step. `prepare` lets tests fill in the dialog and accept
    // it instead of running it modally.
    using CapturePreparer = std::function<bool(QuickCaptureDialog &dialog)>;
    void quickCapture();
    void setCapturePreparer(CapturePreparer preparer) { m_capturePreparer = std::move(preparer); }
    // Contact ▸ Compose Message (Ctrl+M) for the contact shown; logs what
    // the dialog returns as one undo step. `preparer` lets tests fill it.
    using ComposePreparer = std::function<bool(ComposeDialog &dialog)>;
    void composeMessage();
    // Compose for one contact, with a template preselected (may be empty);
    // the id of the outreach logged, 0 when nothing was.
    // `sameStep` (optional) runs after the message is logged, inside the same
    // undo step (Today's Done marks its item).
    qint64 composeFor(const Contact &contact, const QString &templateName,
                      const std::function<void(qint64 outreachId)> &sameStep = {});
    void setComposePreparer(ComposePreparer preparer) { m_composePreparer = std::move(preparer); }
    // Contact ▸ Log Value Given for the contact shown.
    using ValuePreparer = std::function<bool(ValueGivenDialog &dialog)>;
    void logValueGiven();
    void setValuePreparer(ValuePreparer preparer) { m_valuePreparer = std::move(preparer); }
    // Contact ▸ Keep in Touch for a contact: cadence, snooze, archived,
    // do not contact, as one undo step; Edit ▸ Tag Cadences for tags.
    using KeepInTouchPreparer = std::function<bool(KeepInTouchDialog &dialog)>;
    void keepInTouch(qint64 contactId);
    void setKeepInTouchPreparer(KeepInTouchPreparer preparer)
    {
        m_keepInTouchPreparer = std::move(preparer);
    }
    using TagCadencesPreparer = std::function<bool(TagCadencesDialog &dialog)>;
    void editTagCadences();
    void setTagCadencesPreparer(TagCadencesPreparer preparer)
    {
        m_tagCadencesPreparer = std::move(preparer);
    }
    // Edit ▸ Enter This Week's Numbers (also on Today): one undo step.
    using WeeklyNumbersPreparer = std::function<bool(WeeklyNumbersDialog &dialog)>;
    void enterWeeklyNumbers();
    void setWeeklyNumbersPreparer(WeeklyNumbersPreparer preparer)
    {
        m_weeklyNumbersPreparer = std::move(preparer);
    }
    // Edit ▸ Preferences; `preparer` lets tests answer the dialog.
    using PreferencesPreparer = std::function<bool(PreferencesDialog &dialog)>;
    void editPreferences();
    void setPreferencesPreparer(PreferencesPreparer preparer)
    {
        m_preferencesPreparer = std::move(preparer);
    }
    // Brings the stored engagement tiers and connection scores up to today
    // now, as opening the database and a new day do, and shows the result.
    void refreshTiers();

    // Asked before another database is opened (File ▸ Open, New, Recent);
    // false keeps the current one. The app uses it to keep one window per
    // database; databaseOpened() then says the open succeeded.
    using DatabaseGate = std::function<bool(const QString &path)>;
    void setDatabaseGate(DatabaseGate gate) { m_databaseGate = std::move(gate); }

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
    void createPages();
    void createMenus();
    void createStatusBar();
    // Reports how an import run by BackgroundTask ended and tells the views
    // what it touched.
    bool finishImport(BackgroundTask::Outcome outcome, const ImportReport &report,
                      const QString &error, Changes touched);
    // Gives the pages the session's stores (none when it is closed).
    void attachPages(bool attach);
    // Checks for other processes' writes while the window can be seen.
    void updateWatching();
    // Closes the database, lets `work` replace its file, and opens it again.
    bool replaceDatabaseFile(const std::function<bool(const QString &, QString *)> &work,
                             QString *error);
    void newDatabase();
    void chooseDatabase();
    void openRecent(const QString &path);
    void fillRecentMenu();
    void saveContact(const Contact &edited);
    bool runCommand(StoreCommand *command, const QString &failureTitle);
    void updateActions();
    void updateStatus();
    void showAbout();
    QString dialogDirectory() const;

    Settings &m_settings;
    Session *m_session = nullptr;
    bool m_importing = false;
    BackupActions *m_backups = nullptr;
    ConfirmHandler m_confirm;
    ReportHandler m_report;
    ErrorHandler m_error;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ContactsPage *m_contactsPage = nullptr;
    ContentPage *m_contentPage = nullptr;
    OutreachPage *m_outreachPage = nullptr;
    InsightsPage *m_insightsPage = nullptr;
    TodayPage *m_todayPage = nullptr;
    QLabel *m_statusLabel = nullptr;
    ErrorBanner *m_readOnlyBanner = nullptr;
    bool m_openReadOnly = false;
    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_goActions = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importCsvAction = nullptr;
    QAction *m_importVCardAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_captureAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_templatesAction = nullptr;
    QAction *m_composeAction = nullptr;
    QAction *m_valueAction = nullptr;
    QAction *m_keepInTouchAction = nullptr;
    QAction *m_tagCadencesAction = nullptr;
    QAction *m_weeklyNumbersAction = nullptr;
    ComposePreparer m_composePreparer;
    ValuePreparer m_valuePreparer;
    KeepInTouchPreparer m_keepInTouchPreparer;
    TagCadencesPreparer m_tagCadencesPreparer;
    WeeklyNumbersPreparer m_weeklyNumbersPreparer;
    DatabaseGate m_databaseGate;
    PreferencesPreparer m_preferencesPreparer;
    CapturePreparer m_capturePreparer;
};

} // namespace rapport
