#pragma once

// Undoes one import recorded by ImportJournal. When nothing else changed
// since (the change counter is where the import left it), the database goes
// back to the backup made just before the import, exactly; otherwise the
// journal removes what the import created and puts back the fields it
// changed, keeping every edit made since (a field edited after the import
// keeps the edit).

#include "store/BackupInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport {

class Database;

class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    // One recorded import.
    struct Run
    {
        qint64 id = 0;
        QString kind;   // linkedin, csv, ...
        QString source; // the file imported
        QDateTime startedAt;
        QString backupFile;
        qint64 changesBefore = 0;
        qint64 changesAfter = 0;
        bool journalKept = true;
        QDateTime undoneAt; // invalid: not undone
    };

    struct Outcome
    {
        Run run;
        bool fromSnapshot = false;
        BackupInfo keptAside; // the database as it was before a snapshot undo
        int contactsRemoved = 0;
        int contactsRestored = 0;
        int outreachRemoved = 0;
        int outreachRestored = 0;
        int editsKept = 0;        // fields changed since the import, left as they are
        int workbooksRemoved = 0; // LinkedIn analytics workbooks taken back (AnalyticsStore)
        // One paragraph for the window and the CLI.
        QString summary() const;
    };

    // The import `id` (0: the most recent one), undone or not.
    static std::optional<Run> find(Database &db, qint64 id);

    // Undoes import `id` (0: the most recent) of the database file at
    // `databasePath`. No connection to that file may be open in this
    // process: going back to the snapshot replaces the file.
    static bool undo(const QString &databasePath, qint64 id, Outcome *outcome, QString *error);

private:
    static bool undoByJournal(Database &db, const Run &run, Outcome *outcome, QString *error);
    static bool undoBySnapshot(const QString &databasePath, const Run &run, Outcome *outcome,
                               QString *error);
    static bool restoreOutreach(Database &db, const Run &run, Outcome *outcome, QString *error);
    static bool restoreContacts(Database &db, const Run &run, Outcome *outcome, QString *error);
};

} // namespace rapport
