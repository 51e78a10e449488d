#pragma once

// The window's database files: opening one (at start, File ▸ Open
// Database…, New Database…, Open Recent), the gate that keeps one window per
// database, the title and the read-only banner, the recent list, the daily
// backup (BackupActions), and closing and reopening the database around a
// file swap (restore, undo import).

#include <QObject>
#include <QString>
#include <functional>

class QMainWindow;
class QMenu;

namespace rapport {

class BackupActions;
class ContactDetailPanel;
class ErrorBanner;
class Session;
class Settings;

class DatabaseFiles : public QObject
{
    Q_OBJECT

public:
    // Asked before another database is opened; false keeps the current one.
    using Gate = std::function<bool(const QString &path)>;

    // `panel`'s unsaved edits are asked about before the database changes.
    DatabaseFiles(Session *session, Settings &settings, ContactDetailPanel *panel,
                  ErrorBanner *readOnlyBanner, QMainWindow *window);

    // Opens (or creates) the database; on failure says why and keeps the
    // database that was open.
    bool open(const QString &path);
    // Open every later database read-only (rapport --read-only).
    void setOpenReadOnly(bool readOnly) { m_openReadOnly = readOnly; }
    // The app keeps one window per database with it.
    void setGate(Gate gate) { m_gate = std::move(gate); }
    BackupActions *backups() const { return m_backups; }

    // File ▸ New Database…, Open Database…, Open Recent ▸ (filled as it opens).
    void newDatabase();
    void chooseDatabase();
    void openRecent(const QString &path);
    void fillRecentMenu(QMenu *menu);

signals:
    // A database was opened (after the gate let it through).
    void opened(const QString &path);

private:
    // Closes the database, lets `work` replace its file, and opens it again.
    bool replaceFile(const std::function<bool(const QString &, QString *)> &work, QString *error);
    void showTitleAndBanner();
    // Where the file dialogs start: the open database's folder.
    QString directory() const;

    Session *m_session;
    Settings &m_settings;
    ContactDetailPanel *m_panel;
    ErrorBanner *m_readOnlyBanner;
    QMainWindow *m_window;
    BackupActions *m_backups = nullptr;
    Gate m_gate;
    bool m_openReadOnly = false;
};

} // namespace rapport
