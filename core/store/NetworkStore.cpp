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
    // connection_group holds the connections per value, kept current by
    // triggers on contact (migration 15): a few thousand rows at most, so
    // ordering them costs nothing next to grouping a million contacts.
    const QString column = field == Field::Industry   ? u"industry"_s
                           : field == Field::Location ? u"location"_s
                                                      : u"company"_s;
    QSqlQuery &q = m_statements->prepared(
        u"SELECT name, connections FROM connection_group WHERE field = ? AND connections > 0 "
        "ORDER BY connections DESC, name LIMIT ?"_s);
    q.addBindValue(column);
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
    // connection_touch counts the connections by the later of their last
    // engagement day and their last outreach's day ('' never), kept by
    // triggers on contact (migration 15). last_contacted_at is a UTC time;
    // its date is near enough at a scale of months. "In touch but not on or
    // after the cutoff" is then one range of at most a few thousand days.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT coalesce((SELECT connections FROM connection_touch WHERE day = ''), 0), "
        "coalesce((SELECT sum(connections) FROM connection_touch "
        "WHERE day > '' AND day < ?), 0)"_s);
    q.addBindValue(DateText::isoDate(cutoff));
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
