#pragma once

// One backup of a database as listed in its backups folder: when it was
// made, why, and how many contacts it holds.

#include <QDateTime>
#include <QString>

namespace rapport {

struct BackupInfo
{
    enum class Reason {
        Daily,         // the first open of a day
        BeforeImport,  // just before an import; `source` is the file imported
        Manual,        // rapport-cli backup create
        BeforeRestore, // the database as it was before a restore replaced it
    };

    QString fileName;    // inside the backups folder; what restore takes
    QString path;        // absolute
    QDateTime createdAt; // UTC
    Reason reason = Reason::Manual;
    QString source;       // the file imported (BeforeImport) or restored (BeforeRestore)
    qint64 contacts = -1; // -1: unknown
    qint64 size = 0;      // bytes

    // "daily", "before importing Connections.zip", ... for lists.
    QString reasonText() const;
    // The word in file names and JSON: daily, import, manual, restore.
    static QString reasonKey(Reason reason);
    static bool reasonFromKey(const QString &key, Reason *reason);
};

} // namespace rapport
