#include "db/Transaction.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (m_db.m_depth > 0)
        m_savepoint = u"sp%1"_s.arg(m_db.m_depth);
    m_active = exec(m_savepoint.isEmpty() ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
    if (m_active)
        ++m_db.m_depth;
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_error.isEmpty() ? u"no transaction is active"_s : m_error;
        return false;
    }
    const bool ok = exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    if (!ok) {
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    m_active = false;
    --m_db.m_depth;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        exec(u"ROLLBACK"_s);
    } else {
        exec(u"ROLLBACK TO "_s + m_savepoint);
        exec(u"RELEASE "_s + m_savepoint);
    }
    m_active = false;
    --m_db.m_depth;
}

} // namespace rapport
