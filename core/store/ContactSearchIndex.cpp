#include "store/ContactSearchIndex.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

ContactSearchIndex::ContactSearchIndex(Database &db, StatementCache &statements)
    : m_db(db)
    , m_statements(statements)
{}

// Messages keep ContactStore's translation context.

bool ContactSearchIndex::add(qint64 firstId, qint64 lastId, QString *error)
{
    QSqlQuery &q =
        m_statements.prepared(u"INSERT INTO contact_fts (rowid, first_name, last_name, company, "
                              "position, location, notes, tags_text) SELECT id, first_name, "
                              "last_name, company, position, location, notes, tags_text "
                              "FROM contact WHERE id BETWEEN ? AND ?"_s);
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (!q.exec()) {
        if (error)
            *error = QCoreApplication::translate(
                         "ContactStore", "Could not index contacts #%1 to #%2 for search: %3")
                         .arg(firstId)
                         .arg(lastId)
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    return true;
}

bool ContactSearchIndex::optimize(QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!tx.isActive() || !q.exec(u"INSERT INTO contact_fts(contact_fts) VALUES ('optimize')"_s)) {
        if (error)
            *error =
                QCoreApplication::translate("ContactStore", "Could not tidy the search index: %1")
                    .arg(tx.isActive() ? m_db.describe(q.lastError()) : tx.errorText());
        return false;
    }
    return tx.commit(error);
}

} // namespace rapport
