#pragma once

// Owns one SQLite connection to a Rapport database file: checks that the file
// is ours before touching it, sets the pragmas we rely on and migrates the schema.

#include <QSqlDatabase>
#include <QString>

namespace rapport {

class Database
{
public:
    // 'RAPT': written into the SQLite header so we can recognise our files
    // without opening them.
    static constexpr quint32 ApplicationId = 0x52415054;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file. A file that exists but is not a Rapport
    // database, or was written by a newer Rapport, is refused untouched.
    bool open(const QString &path, QString *error);
    void close();

    bool isOpen() const;
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
    // Checks the first bytes of an existing file; no SQLite connection is made.
    static bool checkExistingFile(const QString &path, QString *error);

private:
    friend class Transaction;
    friend class ContactBulkLoad;
    bool configure(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
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
