#include "importexport/ImportExportController.h"

#include "common/DialogRunner.h"
#include "common/FileDialogs.h"
#include "common/Prompts.h"
#include "common/StatusTimeout.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactsPage.h"
#include "db/Database.h"
#include "importexport/CsvImportRequest.h"
#include "importexport/CsvImportWizard.h"
#include "importexport/ExportDialog.h"
#include "importexport/ExportRequest.h"
#include "importexport/ImportReportDialog.h"
#include "io/AnalyticsImporter.h"
#include "io/ContactExporter.h"
#include "io/CsvImporter.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "io/VCardImporter.h"
#include "session/Session.h"
#include "store/ContactStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace rapport {

ImportExportController::ImportExportController(Session *session, Settings &settings,
                                               ContactsPage *contacts, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_settings(settings)
    , m_contacts(contacts)
    , m_window(window)
{}

void ImportExportController::chooseLinkedInExport()
{
    const QString path =
        FileDialogs::openFile(m_window, tr("Import LinkedIn Export"), QDir::homePath(),
                              tr("LinkedIn export (*.zip *.csv);;All files (*)"));
    if (!path.isEmpty())
        importLinkedIn(path);
}

void ImportExportController::chooseLinkedInFolder()
{
    const QString path =
        FileDialogs::folder(m_window, tr("Import LinkedIn Export Folder"), QDir::homePath());
    if (!path.isEmpty())
        importLinkedIn(path);
}

bool ImportExportController::importLinkedIn(const QString &path)
{
    ImportReport report;
    return runImport(
        tr("Import LinkedIn Export"), path, &report,
        [&](Database &db, const BackgroundTask::Progress &progress, QString *error) {
            LinkedInArchive archive;
            if (!archive.open(path, error))
                return false;
            LinkedInImporter importer(db);
            importer.setProgress(progress);
            return importer.run(archive, &report, error);
        },
        Changes(Change::Contacts) | Change::Engagement | Change::Outreach | Change::Content |
            Change::Queue);
}

void ImportExportController::importCsv()
{
    if (!m_session->isOpen())
        return;
    CsvImportWizard wizard(m_settings, QDir::homePath(), m_window);
    // Imported while the wizard is open: a failed import keeps every choice.
    wizard.setImporter([this](const CsvImportRequest &request, QString *error) {
        return runCsvImport(request, error);
    });
    DialogRunner::run(wizard);
}

bool ImportExportController::runCsvImport(const CsvImportRequest &request, QString *said)
{
    ImportReport report;
    return runImport(
        tr("Import Contacts from CSV"), request.path, &report,
        [&](Database &db, const BackgroundTask::Progress &progress, QString *error) {
            CsvImporter importer(db);
            importer.setDelimiter(request.delimiter);
            importer.setMapping(request.mapping);
            importer.setDuplicatePolicy(request.policy);
            importer.setProgress(progress);
            return importer.run(request.path, &report, error);
        },
        Changes(Change::Contacts) | Change::Queue, said);
}

void ImportExportController::chooseVCard()
{
    const QString path = FileDialogs::openFile(m_window, tr("Import vCard"), QDir::homePath(),
                                               tr("vCard files (*.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        importVCard(path);
}

bool ImportExportController::importVCard(const QString &path)
{
    ImportReport report;
    return runImport(
        tr("Import Contacts from vCard"), path, &report,
        [&](Database &db, const BackgroundTask::Progress &progress, QString *error) {
            VCardImporter importer(db);
            importer.setProgress(progress);
            return importer.run(path, &report, error);
        },
        Changes(Change::Contacts) | Change::Queue);
}

void ImportExportController::chooseAnalytics()
{
    const QString path =
        FileDialogs::openFile(m_window, tr("Import LinkedIn Analytics"), QDir::homePath(),
                              tr("LinkedIn analytics workbook (*.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importAnalytics(path);
}

bool ImportExportController::importAnalytics(const QString &path)
{
    AnalyticsImportReport report;
    return runImport(
        tr("Import LinkedIn Analytics"), path,
        [&](Database &db, const BackgroundTask::Progress &, QString *error) {
            return AnalyticsImporter(db).importFile(path, &report, error);
        },
        // Posts and their numbers; the weekly followers are the user's numbers.
        Changes(Change::Content) | Change::Settings,
        [&] {
            m_window->statusBar()->showMessage(
                report.stored ? tr("Imported %1: %Ln new days of LinkedIn analytics", nullptr,
                                   report.daysAdded)
                                    .arg(QFileInfo(path).fileName())
                              : tr("%1 was already imported; nothing changed.")
                                    .arg(QFileInfo(path).fileName()),
                StatusTimeout::Outcome);
            ImportReportDialog dialog(report, m_window);
            DialogRunner::run(dialog);
        },
        nullptr);
}

void ImportExportController::exportContacts()
{
    if (!m_session->isOpen())
        return;
    ContactTableModel *model = m_contacts->model();
    const QString folder = QFileInfo(m_session->path()).absolutePath();
    ExportDialog dialog(model ? model->query() : ContactQuery{}, model ? model->rowCount() : 0,
                        m_session->contacts()->allTags(), folder, m_window);
    // Exported while the dialog is open: a file that cannot be written
    // keeps every choice there, with the reason.
    dialog.setSaver([&](QString *error) { return runExport(dialog.request(), error); });
    DialogRunner::run(dialog);
}

bool ImportExportController::runExport(const ExportRequest &request, QString *said)
{
    if (!m_session->isOpen()) {
        if (said)
            *said = tr("No database is open. Open one with File ▸ Open Database, then export.");
        return false;
    }
    const QString fileName = QFileInfo(request.path).fileName();
    qint64 exported = 0;
    QString error;
    const auto outcome = runOnWorker(
        tr("Export Contacts"), tr("Exporting contacts to %1…").arg(fileName),
        [&](Database &db, const BackgroundTask::Progress &progress, QString *workError) {
            ContactStore store(db);
            return ContactExporter(store).exportTo(request.path, request.options, &exported,
                                                   workError, progress);
        },
        &error);
    switch (outcome) {
    case BackgroundTask::Outcome::Finished:
        m_window->statusBar()->showMessage(
            exported == 1 ? tr("Exported 1 contact to %1").arg(fileName)
                          : tr("Exported %Ln contacts to %1", nullptr, int(exported)).arg(fileName),
            StatusTimeout::Outcome);
        return true;
    case BackgroundTask::Outcome::Cancelled:
        m_window->statusBar()->showMessage(tr("Export cancelled; no file was written."),
                                           StatusTimeout::Outcome);
        if (said)
            *said = tr("Export cancelled; no file was written. Press Export to start again, or "
                       "Cancel to close.");
        return false;
    case BackgroundTask::Outcome::Failed:
        if (said)
            *said = error;
        else
            Prompts::warning(m_window, tr("Could Not Export"), error);
        return false;
    }
    return false;
}

QString ImportExportController::importMessage(const QString &path, const ImportReport &report)
{
    const QString file = QFileInfo(path).fileName();
    const int added = report.contacts.created;
    const int updated = report.contacts.updated;
    const QString contacts =
        added == 1 ? tr("1 new contact") : tr("%Ln new contacts", nullptr, added);
    const QString changed = updated == 1 ? tr("1 updated") : tr("%Ln updated", nullptr, updated);
    QString text = tr("Imported %1: %2, %3").arg(file, contacts, changed);
    if (report.outreach.created > 0)
        text = report.outreach.created == 1
                   ? tr("%1, 1 message or invitation").arg(text)
                   : tr("%1, %Ln messages and invitations", nullptr, report.outreach.created)
                         .arg(text);
    if (report.skippedCount() > 0)
        text = tr("%1 · %Ln skipped (see the report)", nullptr, report.skippedCount()).arg(text);
    return text;
}

BackgroundTask::Outcome ImportExportController::runOnWorker(const QString &title,
                                                            const QString &label, const Work &work,
                                                            QString *error)
{
    const QString databasePath = m_session->path();
    return BackgroundTask::run(
        m_window, title, label,
        [&](const BackgroundTask::Progress &progress, QString *workError) {
            // Worker thread: its own connection to the same file.
            Database db;
            if (!db.open(databasePath, workError))
                return false;
            return work(db, progress, workError);
        },
        error);
}

bool ImportExportController::runImport(const QString &title, const QString &path,
                                       ImportReport *report, const Work &work, Changes touched,
                                       QString *said)
{
    return runImport(
        title, path, work, touched,
        [&] {
            m_window->statusBar()->showMessage(importMessage(path, *report),
                                               StatusTimeout::Outcome);
            ImportReportDialog dialog(*report, m_window);
            DialogRunner::run(dialog);
            if (dialog.changesRequested())
                emit changesRequested();
        },
        said);
}

bool ImportExportController::runImport(const QString &title, const QString &path, const Work &work,
                                       Changes touched, const std::function<void()> &finished,
                                       QString *said)
{
    if (!m_session->isOpen()) {
        if (said)
            *said = tr("No database is open. Open one with File ▸ Open Database, then import.");
        return false;
    }
    QString error;
    // The worker's writes are the import's, told once it ends: the timer
    // and activation do not report them meanwhile.
    m_importing = true;
    emit importingChanged(true);
    const auto outcome =
        runOnWorker(title, tr("Importing %1…").arg(QFileInfo(path).fileName()), work, &error);
    const bool imported = outcome == BackgroundTask::Outcome::Finished;
    // The worker wrote through its own connection: the session brings
    // scores and tiers up to date and the views show what is there now.
    if (imported)
        m_session->notifyChanged(touched | Change::External);
    else if (outcome == BackgroundTask::Outcome::Cancelled)
        m_window->statusBar()->showMessage(tr("Import cancelled; nothing was changed."),
                                           StatusTimeout::Outcome);
    else if (!said)
        Prompts::warning(m_window, tr("Could Not Import"), error);
    if (!imported && said)
        *said = outcome == BackgroundTask::Outcome::Cancelled
                    ? tr("Import cancelled; nothing was changed. Press Import to start again, or "
                         "Cancel to close.")
                    : error;
    // Told once: from now on the timer looks for other processes' writes again.
    m_importing = false;
    emit importingChanged(false);
    if (imported)
        finished();
    return imported;
}

} // namespace rapport
