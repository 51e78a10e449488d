#include "store/InsightsStore.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

InsightsStore::InsightsStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

InsightsStore::~InsightsStore() = default;

bool InsightsStore::tierCounts(QHash<int, int> *byKey, QString *error) const
{
    // Kept current by triggers on contact (migration 10): thirteen rows.
    QSqlQuery &q =
        m_statements->prepared(u"SELECT tier_key, contacts FROM tier_count ORDER BY tier_key"_s);
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next())
        byKey->insert(q.value(0).toInt(), q.value(1).toInt());
    q.finish();
    return true;
}

bool InsightsStore::followersConverted(const QDate &first, const QDate &last,
                                       QMap<QDate, int> *byMonth, QString *error) const
{
    // contact.first_follow_on holds the earliest follow (kept by triggers),
    // and contact_followers_converted indexes exactly the contacts whose
    // first follow came before their connection day: the count is a short
    // index range. The WHERE repeats the index's condition so SQLite uses it.
    QSqlQuery &q =
        m_statements->prepared(u"SELECT substr(connected_on, 1, 7), count(*) FROM contact "
                               "WHERE first_follow_on <> '' AND first_follow_on < connected_on "
                               "AND connected_on >= ? AND connected_on <= ? "
                               "GROUP BY substr(connected_on, 1, 7)"_s);
    q.addBindValue(DateText::isoDate(first));
    q.addBindValue(DateText::isoDate(last));
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next()) {
        const QDate month = DateText::parseIsoDate(QString(q.value(0).toString() + u"-01"_s));
        if (month.isValid())
            byMonth->insert(month, q.value(1).toInt());
    }
    q.finish();
    return true;
}

} // namespace rapport
