#include "db/ReadSnapshot.h"

#include "db/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
{
    if (db.transactionDepth() == 0 && QSqlQuery(db.connection()).exec(u"BEGIN"_s))
        m_active = true;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        QSqlQuery(m_db.connection()).exec(u"COMMIT"_s);
}

} // namespace rapport
