#pragma once

// The window's side of backups: the daily backup (on a worker thread with
// its own connection, after the window shows, so start-up does not wait),
// File ▸ Restore From Backup… and Edit ▸ Undo Import…. The window closes
// and reopens its database around a file swap (FileSwap).

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QThread;
class QWidget;

namespace rapport {

class Database;

class BackupActions : public QObject
{
    Q_OBJECT

public:
    // Work on the closed database file at `path`; false with *error.
    using FileWork = std::function<bool(const QString &path, QString *error)>;
    // Closes the database, runs the work, reopens the database; the result
    // of the work, or false when the window would not close it.
    using FileSwap = std::function<bool(const FileWork &work, QString *error)>;

    // Asks and tells through Prompts; runs its dialog through DialogRunner.
    BackupActions(QWidget *window, FileSwap swap);
    ~BackupActions() override;

    // Starts the day's backup of the database at `path` when none was made
    // today; returns at once.
    void startDailyBackup(const QString &path);
    // Waits until a daily backup under way has finished.
    void waitForDailyBackup();
    bool dailyBackupRunning() const { return m_thread != nullptr; }

    // File ▸ Restore From Backup…; true when a backup was put in place.
    bool restoreFromBackup(const QString &path);
    // Edit ▸ Undo Import…; true when the last import was undone.
    bool undoImport(Database &db);
    // Names the import Undo Import would take back in `action`'s text, and
    // disables it when there is none (as the menu opens).
    static void describeUndo(QAction *action, Database *db);

signals:
    // A line for the status bar: what a backup, restore or undo did.
    void message(const QString &text);

private:
    QWidget *m_window;
    FileSwap m_swap;
    QThread *m_thread = nullptr;
};

} // namespace rapport
