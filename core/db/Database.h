#pragma once

// Owns one SQLite connection to a Rapport database file: lets SQLite recover
// what a crash left in the write-ahead log, checks that the file is ours before
// writing to it, sets the pragmas we rely on and migrates the schema.

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace rapport {

class Database
{
public:
    // 'RAPT': written into the SQLite header so we can recognise our files
    // without opening them.
    static constexpr quint32 ApplicationId = 0x52415054;
    // The page size of a file Rapport creates (see configure()).
    static constexpr int PageSize = 16384;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Access { ReadWrite, ReadOnly };

    // Opens or creates the file. A file that exists but is not a Rapport
    // database, is damaged, or was written by a newer Rapport, is refused
    // untouched. A file, folder or disk that cannot be written to opens
    // read-only (see isReadOnly()); so does any file with Access::ReadOnly.
    bool open(const QString &path, QString *error, Access access = Access::ReadWrite);
    void close();

    bool isOpen() const;
    // True when changes cannot be saved: every write fails with a message
    // that says so, and nothing is written on open (no upgrade, no backup).
    bool isReadOnly() const { return m_readOnly; }
    // A sentence for a failed statement on this database: what went wrong
    // with which file and what to do (never SQLite's own text).
    QString describe(const QSqlError &error) const;
    QString path() const { return m_path; }
    const QSqlDatabase &connection() const { return m_db; }
    int schemaVersion() const;

    // Transaction nesting depth, maintained by Transaction.
    int transactionDepth() const { return m_depth; }
    // Counts outermost transactions begun on this connection: tells state
    // kept for "this transaction" apart from a finished one's.
    quint64 transactionSerial() const { return m_serial; }

    static int latestSchemaVersion();
    // The file the window and the CLI use when no --db is given.
    static QString defaultPath();
    // Refuses, without an SQLite connection, what SQLite must never be given:
    // a folder, an unreadable or empty file, a file that is not SQLite's.
    static bool checkExistingFile(const QString &path, QString *error);

private:
    friend class Transaction;
    friend class ContactBulkLoad;
    bool configure(QString *error, int *code = nullptr);
    bool connect(const QString &path, bool readOnly, bool immutable);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_fileKey; // registered as open in this process while set
    bool m_readOnly = false;
    int m_depth = 0;
    // The innermost transaction level holding writes a joined Transaction
    // could not undo (0: none); see Transaction.
    int m_failedLevel = 0;
    quint64 m_serial = 0;
    // Bulk loads begun in the current transaction and not finished: their
    // indexes are set aside, so it must not commit (see ContactBulkLoad).
    int m_openBulkLoads = 0;
};

} // namespace rapport
