#include "store/StatementCache.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace rapport {

StatementCache::StatementCache(Database &db)
    : m_db(db)
{}

StatementCache::~StatementCache() = default;

QSqlQuery &StatementCache::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

} // namespace rapport
