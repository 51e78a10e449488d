#include "db/Transaction.h"

#include "db/Database.h"
#include "db/SqlErrorText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

Transaction::Transaction(Database &db, Nesting nesting)
    : m_db(db)
{
    if (m_db.m_depth > 0 && nesting == Nesting::Join) {
        m_active = true;
        return;
    }
    if (m_db.m_depth > 0)
        m_savepoint = u"sp%1"_s.arg(m_db.m_depth);
    m_active = exec(m_savepoint.isEmpty() ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
    if (m_active) {
        m_level = ++m_db.m_depth;
        if (m_level == 1) {
            m_db.m_failedLevel = 0;
            m_db.m_openBulkLoads = 0;
            ++m_db.m_serial;
        }
    }
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::started(QString *error) const
{
    if (!m_active && error)
        *error = SqlErrorText::sentence(m_error);
    return m_active;
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql)) {
        m_error = m_db.describe(q.lastError());
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
    if (m_level == 0) { // joined: the enclosing transaction commits
        m_active = false;
        return true;
    }
    if (m_level == 1 && (m_db.m_failedLevel > 0 || m_db.m_openBulkLoads > 0)) {
        m_error = m_db.m_failedLevel > 0
                      ? QCoreApplication::translate(
                            "Transaction", "an earlier step failed part-way, so nothing was saved")
                      : QCoreApplication::translate(
                            "Transaction", "a bulk load did not finish rebuilding its indexes, "
                                           "so nothing was saved");
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    const bool ok = exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    if (!ok) {
        if (error)
            *error = m_error;
        rollback();
        return false;
    }
    // Released writes belong to the enclosing level from now on.
    if (m_db.m_failedLevel >= m_level)
        m_db.m_failedLevel = m_level - 1;
    m_active = false;
    --m_db.m_depth;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_level == 0) { // joined: leave the undoing to the enclosing level
        if (m_db.m_failedLevel == 0 || m_db.m_failedLevel > m_db.m_depth)
            m_db.m_failedLevel = m_db.m_depth;
        return;
    }
    if (m_savepoint.isEmpty()) {
        exec(u"ROLLBACK"_s);
    } else {
        exec(u"ROLLBACK TO "_s + m_savepoint);
        exec(u"RELEASE "_s + m_savepoint);
    }
    if (m_db.m_failedLevel >= m_level)
        m_db.m_failedLevel = 0;
    if (m_level == 1)
        m_db.m_openBulkLoads = 0;
    --m_db.m_depth;
}

} // namespace rapport
