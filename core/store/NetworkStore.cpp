#include "store/NetworkStore.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

NetworkStore::NetworkStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

NetworkStore::~NetworkStore() = default;

bool NetworkStore::groups(Field field, int top, QList<Group> *groups, QString *error) const
{
    const QString column = field == Field::Industry   ? u"industry"_s
                           : field == Field::Location ? u"location"_s
                                                      : u"company"_s;
    QSqlQuery &q = m_statements->prepared(
        u"SELECT %1, count(*) AS n FROM contact WHERE degree = 1 GROUP BY %1 "
        "ORDER BY n DESC, %1 LIMIT ?"_s.arg(column));
    q.addBindValue(qMax(1, top));
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        q.finish();
        return false;
    }
    while (q.next())
        groups->append({q.value(0).toString(), q.value(1).toInt()});
    q.finish();
    return true;
}

bool NetworkStore::touchCounts(const QDate &cutoff, int *never, int *quiet, QString *error) const
{
    // last_contacted_at is a UTC time; its date is near enough at a scale of
    // months. Both counts read only the connections' interaction index
    // (migration 10), named because the planner would otherwise pick
    // contact_by_degree_engaged and read rows.
    const QString day = DateText::isoDate(cutoff);
    QSqlQuery &q = m_statements->prepared(
        u"SELECT (SELECT count(*) FROM contact INDEXED BY contact_connections_by_touch "
        "WHERE degree = 1 AND last_engaged_on = '' AND last_contacted_at = ''), "
        "(SELECT count(*) FROM contact INDEXED BY contact_connections_by_touch "
        "WHERE degree = 1 AND last_engaged_on < ? "
        "AND last_contacted_at < ? AND (last_engaged_on <> '' OR last_contacted_at <> ''))"_s);
    q.addBindValue(day);
    q.addBindValue(day);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = m_db.describe(q.lastError());
        q.finish();
        return false;
    }
    *never = q.value(0).toInt();
    *quiet = q.value(1).toInt();
    q.finish();
    return true;
}

} // namespace rapport
