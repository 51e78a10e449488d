#include "shell/DatabaseFiles.h"

#include "common/ErrorBanner.h"
#include "common/FileDialogs.h"
#include "common/Prompts.h"
#include "common/StatusTimeout.h"
#include "contacts/ContactDetailPanel.h"
#include "db/Database.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "shell/BackupActions.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace rapport {

DatabaseFiles::DatabaseFiles(Session *session, Settings &settings, ContactDetailPanel *panel,
                             ErrorBanner *readOnlyBanner, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_settings(settings)
    , m_panel(panel)
    , m_readOnlyBanner(readOnlyBanner)
    , m_window(window)
{
    m_backups = new BackupActions(
        window, [this](const auto &work, QString *error) { return replaceFile(work, error); });
    connect(m_backups, &BackupActions::message, this, [this](const QString &text) {
        m_window->statusBar()->showMessage(text, StatusTimeout::Report);
    });
}

bool DatabaseFiles::open(const QString &path)
{
    const QString discard = tr("Discard Changes");
    if (m_panel->isModified() &&
        !Prompts::confirm(m_window, discard,
                          tr("Your changes to this contact have not been saved. Discard them and "
                             "open another database?"),
                          discard, true)) {
        return false;
    }
    if (m_gate && !m_gate(path))
        return false;
    QString error;
    // On failure the session keeps the database that was open.
    if (!m_session->open(path,
                         m_openReadOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite,
                         &error)) {
        Prompts::warning(m_window, tr("Could Not Open the Database"), error);
        return false;
    }
    if (!m_session->derivedStateError().isEmpty())
        m_window->statusBar()->showMessage(m_session->derivedStateError(), StatusTimeout::Warning);
    m_settings.setLastDatabase(m_session->path());
    m_settings.addRecentDatabase(m_session->path());
    showTitleAndBanner();
    emit opened(path);
    m_backups->startDailyBackup(m_session->path());
    return true;
}

void DatabaseFiles::showTitleAndBanner()
{
    const QString name = QFileInfo(m_session->path()).fileName();
    const QString shown = QDir::toNativeSeparators(m_session->path());
    if (!m_session->isReadOnly()) {
        m_window->setWindowTitle(tr("%1 — Rapport").arg(name));
        m_readOnlyBanner->clear();
        return;
    }
    m_window->setWindowTitle(tr("%1 (read-only) — Rapport").arg(name));
    m_readOnlyBanner->showMessage(
        m_openReadOnly
            ? tr("Read-only: changes cannot be saved. %1 was opened read-only; you can "
                 "look, search and export. Start Rapport without --read-only to make "
                 "changes.")
                  .arg(shown)
            : tr("Read-only: changes cannot be saved. %1 is on a disk or in a folder that "
                 "cannot be written to. You can look, search and export; to make changes, "
                 "copy it to a folder you may write to and open the copy.")
                  .arg(shown));
}

bool DatabaseFiles::replaceFile(const std::function<bool(const QString &, QString *)> &work,
                                QString *error)
{
    if (!m_session->isOpen())
        return false;
    if (m_panel->isModified()) {
        const QString discard = tr("Discard Changes");
        if (!Prompts::confirm(m_window, discard,
                              tr("Your changes to this contact have not been saved. Discard them?"),
                              discard, true))
            return false;
        m_panel->revert();
    }
    // Every connection to the file closes before it is replaced.
    const QString path = m_session->path();
    m_backups->waitForDailyBackup();
    m_session->close();
    const bool ok = work(path, error);
    open(path);
    return ok;
}

QString DatabaseFiles::directory() const
{
    return m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
}

void DatabaseFiles::newDatabase()
{
    QString path = FileDialogs::saveFile(
        m_window, tr("New Database"), directory() + u"/rapport.sqlite"_s,
        tr("Rapport databases (*.sqlite);;All files (*)"), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    if (QFileInfo::exists(path)) {
        Prompts::warning(m_window, tr("New Database"),
                         tr("%1 already exists. Choose another name for the new database, or use "
                            "File ▸ Open Database to open this one.")
                             .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

void DatabaseFiles::chooseDatabase()
{
    const QString path = FileDialogs::openFile(m_window, tr("Open Database"), directory(),
                                               tr("Rapport databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void DatabaseFiles::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            menu->addAction(tr("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                            [this, path] { openRecent(path); });
        action->setEnabled(path != m_session->path());
    }
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear Menu"), this, [this] {
        const QStringList paths = m_settings.recentDatabases();
        for (const QString &path : paths) {
            if (path != m_session->path())
                m_settings.removeRecentDatabase(path);
        }
    });
}

void DatabaseFiles::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        m_settings.removeRecentDatabase(path);
        Prompts::warning(m_window, tr("Database Not Found"),
                         tr("%1 no longer exists; it may have been moved or deleted. It was "
                            "removed from the Open Recent list.")
                             .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

} // namespace rapport
