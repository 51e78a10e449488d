#pragma once

// Runs every import and export of the window along one path: asks for the
// file (or walks the CSV wizard, or the export dialog), then runs the work
// on a worker thread with its own database connection (BackgroundTask:
// progress and Cancel). An import then tells the session what it touched
// and shows its report ("importReportDialog"); an export says in the
// status bar what it wrote. LinkedIn exports, LinkedIn analytics workbooks,
// CSV and vCard files in; CSV
// and vCard files out.

#include "common/BackgroundTask.h"
#include "session/Change.h"

#include <QObject>
#include <QString>
#include <functional>

class QMainWindow;

namespace rapport {

class ContactsPage;
class Database;
class Session;
class Settings;
struct CsvImportRequest;
struct ExportRequest;
class ImportReport;

class ImportExportController : public QObject
{
    Q_OBJECT

public:
    ImportExportController(Session *session, Settings &settings, ContactsPage *contacts,
                           QMainWindow *window);

    // True while an import's worker runs: its writes are told once it ends.
    bool isImporting() const { return m_importing; }

    // File ▸ Import LinkedIn Export… (.zip or one CSV) and …Folder….
    void chooseLinkedInExport();
    void chooseLinkedInFolder();
    // Imports LinkedIn's export (.zip, folder or one CSV); true when imported.
    bool importLinkedIn(const QString &path);
    // File ▸ Import Contacts from CSV…: the wizard, then the import.
    void importCsv();
    // With `error`, why it failed is said there (for the wizard, which
    // stays open) instead of in a message box.
    bool runCsvImport(const CsvImportRequest &request, QString *error = nullptr);
    // File ▸ Import Contacts from vCard… (duplicates updated, as a CSV
    // import does by default).
    void chooseVCard();
    bool importVCard(const QString &path);
    // File ▸ Import LinkedIn Analytics…: LinkedIn's analytics workbook (.xlsx).
    void chooseAnalytics();
    bool importAnalytics(const QString &path);
    // File ▸ Export Contacts…: asks what to export, then runs it.
    void exportContacts();
    // True when the file was written. With `error`, why not is said there
    // (for the dialog, which stays open) instead of in a message box.
    bool runExport(const ExportRequest &request, QString *error = nullptr);
    // The status bar's line after an import: "Imported Connections.zip:
    // 1,234 new contacts, 5 updated, …".
    static QString importMessage(const QString &path, const ImportReport &report);

signals:
    // An import's worker started (true) or ended (false).
    void importingChanged(bool importing);
    // The import report's "See What Changed…": the Changes view.
    void changesRequested();

private:
    // The work of one import or export, on the worker's own connection.
    using Work =
        std::function<bool(Database &db, const BackgroundTask::Progress &progress, QString *error)>;
    // Runs `work` on a worker with a progress dialog titled `title`.
    BackgroundTask::Outcome runOnWorker(const QString &title, const QString &label,
                                        const Work &work, QString *error);
    // An import: the work fills `report`; the views hear `touched`. A
    // failure is said in `said` when given, else in a message box.
    bool runImport(const QString &title, const QString &path, ImportReport *report,
                   const Work &work, Changes touched, QString *said = nullptr);
    // The same for any import: `finished` reports it once it is in.
    bool runImport(const QString &title, const QString &path, const Work &work, Changes touched,
                   const std::function<void()> &finished, QString *said);

    Session *m_session;
    Settings &m_settings;
    ContactsPage *m_contacts;
    QMainWindow *m_window;
    bool m_importing = false;
};

} // namespace rapport
