#pragma once

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK in the
// destructor unless commit() succeeded. Nested use becomes a SAVEPOINT.

#include <QString>

namespace rapport {

class Database;

class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorText() const { return m_error; }
    bool commit(QString *error = nullptr);
    void rollback();

private:
    bool exec(const QString &sql);

    Database &m_db;
    QString m_savepoint;
    QString m_error;
    bool m_active = false;
};

} // namespace rapport
