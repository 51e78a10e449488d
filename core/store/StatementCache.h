#pragma once

// Prepared statements kept for reuse on one connection: the hot read paths
// (search as you type, paging, import lookups) would otherwise parse their
// SQL again on every call. Destroy it before the connection closes.

#include <QString>
#include <map>
#include <memory>

class QSqlQuery;

namespace rapport {

class Database;

class StatementCache
{
public:
    explicit StatementCache(Database &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for `sql`, prepared on first use, forward-only. Callers
    // bind, exec, read and finish() it; it must not be used re-entrantly.
    QSqlQuery &prepared(const QString &sql);

private:
    Database &m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace rapport
