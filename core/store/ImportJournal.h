#pragma once

// Records one import so it can be undone (ImportUndo): a backup just before
// it, then, inside the import's own transaction, an import_run row and a
// journal of the contacts and outreach it created and of the rows it
// changed (as they were before and as the import left them). Connection-
// local triggers record the changes, the ids past the ones there before
// what was created; an importer only calls three hooks:
//
//     ImportJournal journal(db);
//     if (!journal.prepare(u"csv"_s, path, error)) return false;   // before BEGIN
//     Transaction tx(db); ... journal.begin(error) ...              // first thing inside
//     ... the import ... journal.finish(error); tx.commit();        // last thing before commit

#include <QCoreApplication>
#include <QString>

namespace rapport {

class Database;

class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    // The journals of this many most recent imports are kept (as many as
    // their backups); older imports can no longer be undone row by row.
    static constexpr int JournalsKept = 5;

    explicit ImportJournal(Database &db);
    ~ImportJournal();
    ImportJournal(const ImportJournal &) = delete;
    ImportJournal &operator=(const ImportJournal &) = delete;

    // Backs the database up before the import (outside any transaction;
    // inside one, or for a database without a file, there is no backup and
    // undo goes by the journal alone). False when the backup failed: the
    // import must not run.
    bool prepare(const QString &kind, const QString &source, QString *error);
    // Starts recording; call inside the import's transaction, before it writes.
    bool begin(QString *error);
    // Records the rows as the import leaves them; call just before commit.
    bool finish(QString *error);

    qint64 importId() const { return m_importId; }
    QString backupFile() const { return m_backupFile; }

    // An SQL expression for the database's change mark: it grows with every
    // change a person would call one (see migration 11).
    static QString changeMarkSql();
    // Moves the change mark on, for a change its triggers and counters do
    // not see: a row put back under its old id (undo of a delete, redo of
    // an add) moves no AUTOINCREMENT counter and may fire no trigger. Call
    // inside the transaction that writes. False, with the reason (a clause
    // as Database::describe gives), when the write fails.
    static bool markChanged(Database &db, QString *error);
    // The import's JSON image of a contact or outreach row `alias` (a table
    // alias, or "old"/"new" in a trigger), as the journal stores it.
    static QString contactImage(const QString &alias);
    static QString outreachImage(Database &db, const QString &alias);

private:
    bool exec(const QString &sql, QString *error);
    void dropTriggers();

    Database &m_db;
    QString m_kind;
    QString m_source;
    QString m_backupFile;
    qint64 m_importId = 0;
    qint64 m_lastContact = 0;  // the highest contact id before the import
    qint64 m_lastOutreach = 0; // the same for outreach
    bool m_triggers = false;
};

} // namespace rapport
