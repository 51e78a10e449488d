#pragma once

// The backups of one database file, kept next to it in
// <database folder>/backups/<database name>/: consistent snapshots made with
// VACUUM INTO (daily, before every import, by hand), each with a small JSON
// sidecar saying when, why and how many contacts, so listing reads no
// database. Restoring keeps the current file aside first and swaps the
// backup in with one atomic rename.

#include "store/BackupInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Database;

class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    // How many of each kind are kept; older ones are deleted.
    static constexpr int DailyKept = 7;
    static constexpr int ImportKept = 5;
    static constexpr int ManualKept = 10;
    static constexpr int RestoreKept = 5;

    explicit BackupStore(const QString &databasePath);

    // Where the backups of the database at `databasePath` are kept; for
    // every message that tells a person to restore a backup.
    static QString folderFor(const QString &databasePath);
    QString folder() const { return m_folder; }
    QString databasePath() const { return m_databasePath; }

    // Makes a consistent copy of `db` (which must be this store's database
    // and not inside a transaction), then deletes the oldest of its kind.
    bool create(Database &db, BackupInfo::Reason reason, const QString &source, BackupInfo *made,
                QString *error);
    // True when no daily backup was made on `today` (local time).
    bool dailyDue(const QDate &today) const;
    // Newest first.
    QList<BackupInfo> list() const;
    // By file name (with or without .sqlite) or by number in list() (1: newest).
    std::optional<BackupInfo> find(const QString &nameOrNumber) const;

    // Opens a backup read-only and checks it page by page: a Rapport
    // database this Rapport can read. `changeCount` (optional) gets its
    // change counter, -1 when it has none (made before schema version 11).
    static bool verify(const QString &backupPath, qint64 *changeCount, QString *error);
    // The change counter of a backup, read without checking it; -1 when
    // it has none or cannot be read.
    static qint64 changeCount(const QString &backupPath);

    // Replaces the database file with `backup`. No connection to the
    // database may be open in this process. The current file is kept aside
    // first as a backup of its own (`keptAside`); the swap is one rename, so
    // an interruption leaves either the old file or the restored one.
    bool restore(const BackupInfo &backup, BackupInfo *keptAside, QString *error);

    // True while another connection (a window, rapport-cli) has the
    // database open; restore() refuses then.
    static bool isInUse(const QString &databasePath);

    // Deletes the oldest backups beyond what is kept of each kind.
    bool prune(QString *error);

private:
    QString newFileName(BackupInfo::Reason reason, const QDateTime &at) const;
    bool writeSidecar(const BackupInfo &info, QString *error) const;
    bool makeFolder(QString *error) const;
    // Keeps the current database file aside (a hard link where possible).
    bool keepAside(const QString &restoredFrom, BackupInfo *keptAside, QString *error);

    QString m_databasePath;
    QString m_folder;
};

} // namespace rapport
