#pragma once

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the
// destructor unless commit() succeeded. Nested use becomes a SAVEPOINT.
//
// Bulk writers (thousands of statements) nested in a caller's transaction
// ask to join it instead: SQLite keeps a sub-journal for as long as a
// savepoint is open and, with temp_store = MEMORY, rewinds it from its start
// at the end of every statement, so one savepoint around a whole batch makes
// the batch quadratic. A joined transaction opens no savepoint; if it ends
// without commit() it cannot undo its own writes, so it marks the caller's
// transaction as failed: that one (or an enclosing savepoint that rolls
// back) undoes them, and the outermost commit() refuses. Nothing is ever
// half-written.

#include <QString>

namespace rapport {

class Database;

class Transaction
{
public:
    enum class Nesting {
        Savepoint, // nested use is a SAVEPOINT that can roll back on its own
        Join,      // nested use joins the enclosing transaction (bulk writes)
    };

    explicit Transaction(Database &db, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Right after construction: true when the transaction began. Otherwise
    // (usually another program held the write lock past the busy timeout)
    // *error, when given, says so in a sentence a person can act on. The
    // one way every writer starts: `if (!tx.started(error)) return false;`.
    bool started(QString *error) const;
    QString errorText() const { return m_error; }
    bool commit(QString *error = nullptr);
    void rollback();

private:
    bool exec(const QString &sql);

    Database &m_db;
    QString m_savepoint;
    QString m_error;
    int m_level = 0; // 1: BEGIN; 2 and up: savepoints; 0 when joined
    bool m_active = false;
};

} // namespace rapport
