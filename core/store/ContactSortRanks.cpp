#include "store/ContactSortRanks.h"

#include "db/Database.h"
#include "store/ContactRow.h"
#include "store/StatementCache.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The ids of a group_concat(id) (comma-separated decimals), in its order.
// One value read rather than a row per id: a million ids cost SQLite a
// string and us a pass over it, not a million steps through the driver.
template <typename Visit> void forEachId(const QString &list, Visit visit)
{
    qint64 id = 0;
    bool any = false;
    for (const QChar c : list) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            id = id * 10 + (u - u'0');
            any = true;
        } else {
            if (any)
                visit(id);
            id = 0;
            any = false;
        }
    }
    if (any)
        visit(id);
}

} // namespace

ContactSortRanks::ContactSortRanks(Database &db, StatementCache &statements)
    : m_db(db)
    , m_statements(statements)
{}

std::pair<qint64, qint64> ContactSortRanks::changeStamp() const
{
    QSqlQuery &q = m_statements.prepared(
        u"SELECT total_changes(), (SELECT data_version FROM pragma_data_version())"_s);
    std::pair<qint64, qint64> stamp{-1, -1};
    if (q.exec() && q.next())
        stamp = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish();
    return stamp;
}

bool ContactSortRanks::current(ContactSort sort) const
{
    return m_valid && m_sort == sort && m_stamp.first >= 0 && changeStamp() == m_stamp;
}

bool ContactSortRanks::prepare(ContactSort sort)
{
    // Inside a transaction of this connection a rollback would take back
    // writes the stamp has counted: places read there are never kept.
    if (sort == ContactSort::Id || m_db.transactionDepth() > 0)
        return false;
    if (current(sort))
        return true;
    // Declined for this order and nothing written since: still declined.
    const std::pair<qint64, qint64> stamp = changeStamp();
    if (m_declinedSort == sort && m_declinedStamp == stamp && stamp.first >= 0)
        return false;
    if (build(sort, stamp))
        return true;
    m_declinedSort = sort;
    m_declinedStamp = stamp;
    return false;
}

bool ContactSortRanks::build(ContactSort sort, const std::pair<qint64, qint64> &stamp)
{
    m_valid = false;
    m_placeOf.clear();
    m_placeOf.shrink_to_fit();
    if (stamp.first < 0 || stamp.second < 0)
        return false;
    // One place per id up to the highest: not worth it for a table whose
    // ids are far sparser than its rows (many deleted).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT coalesce(max(id), 0), count(*) FROM contact"_s) || !q.next())
        return false;
    const qint64 maxId = q.value(0).toLongLong();
    const qint64 rows = q.value(1).toLongLong();
    q.finish();
    if (maxId > MaxMappedId || maxId > 4 * rows + 100000)
        return false;
    // The stamp was read first: a commit elsewhere while the order is read
    // moves data_version past it, so these places are never trusted then.
    // The order as every sorted page has it: the key, then the id (the
    // column's sort index, read alone). A subquery with ORDER BY under an
    // aggregate is never flattened, so group_concat receives its rows in
    // that order.
    if (!q.exec(u"SELECT group_concat(id) FROM (SELECT c.id AS id FROM contact c "
                "ORDER BY %1, c.id)"_s.arg(ContactRow::sortColumn(sort))) ||
        !q.next())
        return false;
    m_placeOf.assign(size_t(maxId) + 1, 0);
    quint32 place = 0;
    bool ok = true;
    forEachId(q.value(0).toString(), [&](qint64 id) {
        if (id < 0 || id > maxId || m_placeOf[size_t(id)] != 0)
            ok = false;
        else
            m_placeOf[size_t(id)] = ++place;
    });
    q.finish();
    if (!ok) {
        m_placeOf.clear();
        return false;
    }
    m_sort = sort;
    m_stamp = stamp;
    m_valid = true;
    return true;
}

bool ContactSortRanks::cursorStillHolds(ContactSort sort, const ContactCursor &after) const
{
    // The place continues from where the cursor's contact is now; the
    // cursor names where it was (key, id). Only the same key is the same
    // place (a cursor kept across a change of that contact's key).
    const bool isText = after.key.typeId() == QMetaType::QString;
    QSqlQuery &q = m_statements.prepared(
        u"SELECT 1 FROM contact c WHERE c.id = ? AND %1 = ?"_s.arg(ContactRow::sortColumn(sort)));
    q.addBindValue(after.id);
    q.addBindValue(isText ? ContactRow::text(after.key.toString()) : after.key);
    const bool same = q.exec() && q.next();
    q.finish();
    return same;
}

bool ContactSortRanks::page(const ContactQuery &query, const QString &expression,
                            const ContactCursor &after, int limit, int offset, bool backwards,
                            QList<Contact> *rows, QString *error)
{
    rows->clear();
    if (query.sort == ContactSort::Id || limit <= 0 || !prepare(query.sort))
        return false;
    const bool descending = query.descending != backwards;
    quint32 from = 0; // the cursor's place + 1 (0: from the start)
    if (after.isValid()) {
        if (after.id < 0 || after.id >= qint64(m_placeOf.size()) ||
            m_placeOf[size_t(after.id)] == 0 || !cursorStillHolds(query.sort, after))
            return false;
        from = m_placeOf[size_t(after.id)];
    }
    QSqlQuery &q = m_statements.prepared(
        u"SELECT group_concat(rowid) FROM contact_fts WHERE contact_fts MATCH ?"_s);
    q.addBindValue(expression);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = m_db.describe(q.lastError());
        q.finish();
        return false;
    }
    // Each match as (place + 1) << 32 | id: ordering these orders by place.
    std::vector<quint64> found;
    bool known = true;
    forEachId(q.value(0).toString(), [&](qint64 id) {
        const quint32 place = id >= 0 && id < qint64(m_placeOf.size()) ? m_placeOf[size_t(id)] : 0;
        if (place == 0) {
            known = false; // not in the order read: only after a write, which the stamp saw
            return;
        }
        if (from != 0 && (descending ? place >= from : place <= from))
            return;
        found.push_back(quint64(place) << 32 | quint64(id));
    });
    q.finish();
    if (!known) {
        m_valid = false;
        return false;
    }
    const size_t wanted = size_t(qMax(0, offset)) + size_t(limit);
    const size_t take = std::min(wanted, found.size());
    if (descending)
        std::partial_sort(found.begin(), found.begin() + qsizetype(take), found.end(),
                          std::greater<quint64>());
    else
        std::partial_sort(found.begin(), found.begin() + qsizetype(take), found.end());
    const size_t first = std::min(size_t(qMax(0, offset)), take);
    if (first == take)
        return true;
    QStringList ids;
    ids.reserve(qsizetype(take - first));
    for (size_t i = first; i < take; ++i)
        ids << QString::number(found[i] & 0xffffffffu);
    QSqlQuery r(m_db.connection());
    r.setForwardOnly(true);
    if (!r.exec(u"SELECT "_s + ContactRow::columns() + u" FROM contact c WHERE c.id IN ("_s +
                ids.join(u',') + u')')) {
        if (error)
            *error = m_db.describe(r.lastError());
        return false;
    }
    QHash<qint64, Contact> byId;
    byId.reserve(ids.size());
    while (r.next()) {
        Contact c = ContactRow::read(r);
        byId.insert(c.id, std::move(c));
    }
    if (r.lastError().isValid()) {
        if (error)
            *error = m_db.describe(r.lastError());
        return false;
    }
    rows->reserve(ids.size());
    for (size_t i = first; i < take; ++i) {
        const auto it = byId.constFind(qint64(found[i] & 0xffffffffu));
        if (it == byId.cend()) {
            rows->clear(); // gone since: only after a write, which the stamp saw
            m_valid = false;
            return false;
        }
        rows->append(it.value());
    }
    return true;
}

} // namespace rapport
