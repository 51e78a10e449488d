#include "store/ContactListQuery.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "domain/TextFold.h"
#include "store/ContactRow.h"
#include "store/ContactSortRanks.h"
#include "store/ContactSortedSearch.h"
#include "store/SearchText.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

ContactListQuery::ContactListQuery(Database &db, StatementCache &statements)
    : m_db(db)
    , m_statements(statements)
    , m_sortedSearch(std::make_unique<ContactSortedSearch>(db, statements))
    , m_ranks(std::make_unique<ContactSortRanks>(db, statements))
{}

ContactListQuery::~ContactListQuery() = default;

QSqlQuery &ContactListQuery::prepared(const QString &sql) const
{
    return m_statements.prepared(sql);
}

int ContactListQuery::totalCount() const
{
    forgetCountsIfChanged();
    const auto it = m_matchCounts.constFind(QString());
    if (it != m_matchCounts.cend())
        return it.value();
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM contact"_s) || !q.next())
        return 0;
    const int n = q.value(0).toInt();
    m_matchCounts.insert(QString(), n);
    return n;
}

void ContactListQuery::forgetCountsIfChanged() const
{
    // data_version moves when another connection commits; our own writes
    // clear the cache directly.
    const qint64 version = externalChangeCounter();
    if (version != m_dataVersion) {
        m_dataVersion = version;
        m_matchCounts.clear();
    }
}

int ContactListQuery::searchMatches(const QString &expression) const
{
    forgetCountsIfChanged();
    const auto it = m_matchCounts.constFind(expression);
    if (it != m_matchCounts.cend())
        return it.value();
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?"_s);
    q.addBindValue(expression);
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    if (m_matchCounts.size() > 64)
        m_matchCounts.clear();
    m_matchCounts.insert(expression, n);
    return n;
}

int ContactListQuery::countUpTo(const ContactQuery &query, int limit) const
{
    const QString expression = SearchText::toMatchExpression(query.search);
    if (expression.isEmpty() || query.hasFilter())
        return qMin(count(query), limit);
    forgetCountsIfChanged();
    const auto it = m_matchCounts.constFind(expression);
    if (it != m_matchCounts.cend())
        return qMin(it.value(), limit);
    QSqlQuery &q = prepared(u"SELECT count(*) FROM (SELECT 1 FROM contact_fts WHERE "
                            "contact_fts MATCH ? LIMIT ?)"_s);
    q.addBindValue(expression);
    q.addBindValue(limit);
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    q.finish();
    if (n < limit) {
        if (m_matchCounts.size() > 64)
            m_matchCounts.clear();
        m_matchCounts.insert(expression, n);
    }
    return n;
}

int ContactListQuery::estimateMatches(const QString &expression, int limit, int share) const
{
    forgetCountsIfChanged();
    const auto it = m_matchCounts.constFind(expression);
    if (it != m_matchCounts.cend())
        return qMin(it.value(), limit);
    QSqlQuery &top = prepared(u"SELECT max(id) FROM contact"_s);
    const qint64 maxId = top.exec() && top.next() ? top.value(0).toLongLong() : 0;
    top.finish();
    // The matches among the first 1/share of the ids, times share: a guess
    // that only chooses how to walk (every way answers the same rows); the
    // full-text index seeks to the id range.
    const int Share = qMax(1, share);
    // Too few ids for a share to say much: counted exactly, up to `limit`.
    constexpr qint64 MinimumSample = 20000;
    if (maxId < qint64(Share) * MinimumSample) {
        QSqlQuery &q = prepared(u"SELECT count(*) FROM (SELECT 1 FROM contact_fts WHERE "
                                "contact_fts MATCH ? LIMIT ?)"_s);
        q.addBindValue(expression);
        q.addBindValue(limit);
        const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
        q.finish();
        return n;
    }
    QSqlQuery &q = prepared(u"SELECT count(*) FROM (SELECT 1 FROM contact_fts WHERE "
                            "contact_fts MATCH ? AND rowid <= ? LIMIT ?)"_s);
    q.addBindValue(expression);
    q.addBindValue(maxId / Share);
    q.addBindValue(limit / Share);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n >= limit / Share ? limit : n * Share;
}

void ContactListQuery::appendSearch(const QString &expression, ContactSort sort, QString &from,
                                    QStringList &where, QVariantList &binds)
{
    if (expression.isEmpty())
        return;
    if (sort == ContactSort::Id) {
        // Rowid order straight from the full-text index: no sort, no scan,
        // whatever the number of matches.
        from = u"contact_fts JOIN contact c ON c.id = contact_fts.rowid"_s;
        where << u"contact_fts MATCH ?"_s;
    } else {
        where << u"c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"_s;
    }
    binds << expression;
}

void ContactListQuery::appendFilters(const ContactQuery &query, QStringList &where,
                                     QVariantList &binds)
{
    if (!query.tag.isEmpty()) {
        where << u"c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t "
                 "ON t.id = ct.tag_id WHERE t.name = ?)"_s;
        binds << query.tag;
    }
    if (query.tierRank > 0) {
        where << u"c.tier_key = ?"_s;
        binds << query.tierRank;
    }
    const ContactReviewFilter &review = query.review;
    if (!review.isActive())
        return;
    where << u"c.degree = 1"_s;
    if (review.field != ContactReviewFilter::Field::None) {
        const QString column = review.field == ContactReviewFilter::Field::Industry ? u"industry"_s
                               : review.field == ContactReviewFilter::Field::Location
                                   ? u"location"_s
                                   : u"company"_s;
        where << u"c.%1 = ?"_s.arg(column); // the columns compare case-insensitively
        binds << QString(review.value.isNull() ? u""_s : review.value);
    }
    if (review.interaction == ContactReviewFilter::Interaction::Never) {
        where << u"c.last_engaged_on = '' AND c.last_contacted_at = ''"_s;
    } else if (review.interaction == ContactReviewFilter::Interaction::QuietBefore) {
        // last_contacted_at is a UTC time: compared as text, any time on the
        // day itself is not before it.
        const QString day = DateText::isoDate(review.before);
        where << u"c.last_engaged_on < ? AND c.last_contacted_at < ? "
                 "AND (c.last_engaged_on <> '' OR c.last_contacted_at <> '')"_s;
        binds << day << day;
    }
}

int ContactListQuery::count(const ContactQuery &query, QString *error) const
{
    const QString expression = SearchText::toMatchExpression(query.search);
    if (!query.hasFilter()) {
        if (expression.isEmpty())
            return totalCount();
        return searchMatches(expression);
    }
    QStringList where;
    QVariantList binds;
    appendFilters(query, where, binds);
    if (!expression.isEmpty()) {
        where << u"c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"_s;
        binds << expression;
    }
    QSqlQuery &q = prepared(u"SELECT count(*) FROM contact c WHERE "_s + where.join(u" AND "_s));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    else if (error)
        *error = m_db.describe(q.lastError());
    q.finish();
    return n;
}

QList<Contact> ContactListQuery::page(const ContactQuery &query, const ContactCursor &after,
                                      int limit, int offset, bool backwards, QString *error) const
{
    QList<Contact> rows;
    if (limit <= 0)
        return rows;
    rows.reserve(limit);
    select(
        query, after, limit, offset, backwards,
        [&rows](const Contact &c) {
            rows << c;
            return true;
        },
        error);
    return rows;
}

bool ContactListQuery::forEach(const ContactQuery &query,
                               const std::function<bool(const Contact &)> &visit,
                               QString *error) const
{
    return select(query, ContactCursor(), -1, 0, false, visit, error);
}

bool ContactListQuery::select(const ContactQuery &query, const ContactCursor &after, int limit,
                              int offset, bool backwards,
                              const std::function<bool(const Contact &)> &visit,
                              QString *error) const
{
    const QString keyColumn = ContactRow::sortColumn(query.sort);
    const bool descending = query.descending != backwards;
    const QString dir = descending ? u" DESC"_s : QString();
    const QString expression = SearchText::toMatchExpression(query.search);
    if (!expression.isEmpty() && query.sort != ContactSort::Id && !query.hasFilter() && limit > 0) {
        // Many matches in a column order: walk the order (see
        // ContactSortedSearch); few, or a walk that gives up: sort them.
        using Search = ContactSortedSearch;
        // Few matches are counted exactly (cheap); beyond, an estimate
        // chooses the way (counting up to ProbeMatchesFrom would read that
        // many ids on every keystroke).
        int matches = countUpTo(query, Search::SortMatchesBelow);
        if (matches >= Search::SortMatchesBelow)
            matches = qMax(matches, estimateMatches(expression, Search::DenseMatchesFrom, 32));
        auto show = [&visit](const QList<Contact> &rows) {
            for (const Contact &c : rows) {
                if (!visit(c))
                    break;
            }
            return true;
        };
        if (matches >= Search::SortMatchesBelow) {
            QList<Contact> rows;
            QString stepError;
            // Every contact's place in the column's order, read once per
            // column while nothing changes: on the first page after the
            // header is clicked, so typing on never waits for it (when it
            // cannot be read, the ways below answer).
            m_ranks->prepare(query.sort);
            // Matches so dense (over a third of a million contacts) that
            // reading their ids costs more than a short walk of the order,
            // which usually fills the page at once when probes are cheap.
            if (matches >= Search::DenseMatchesFrom && Search::probesCheaply(query.search) &&
                m_sortedSearch->walk(query, expression, after, limit, offset, backwards,
                                     Search::Membership::Probe, Search::ProbeWindow, &rows,
                                     &stepError))
                return show(rows);
            // Otherwise the places pick the page from the match ids.
            if (stepError.isEmpty() && m_ranks->page(query, expression, after, limit, offset,
                                                     backwards, &rows, &stepError))
                return show(rows);
            // Declined (ids too high to map): very many matches walk the
            // whole order, which never sorts; fewer are sorted below.
            if (stepError.isEmpty() && matches >= Search::ProbeMatchesFrom &&
                m_sortedSearch->walk(query, expression, after, limit, offset, backwards,
                                     Search::Membership::Set, Search::WholeIndex, &rows,
                                     &stepError))
                return show(rows);
            if (!stepError.isEmpty()) {
                if (error)
                    *error = stepError;
                return false;
            }
        }
    }

    QStringList where;
    QVariantList binds;
    QString from = u"contact c"_s;
    // In a column's order, sorting the matches costs in proportion to their
    // number: taken when they are few, or when ContactSortedSearch's walk
    // gave up.
    appendSearch(expression, query.sort, from, where, binds);
    if (!expression.isEmpty() && query.sort == ContactSort::Id && after.isValid()) {
        where << (descending ? u"contact_fts.rowid < ?"_s : u"contact_fts.rowid > ?"_s);
        binds << after.id;
    }
    appendFilters(query, where, binds);
    const QString filter = where.isEmpty() ? QString() : where.join(u" AND "_s) + u" AND "_s;
    QString sql;
    if (after.isValid() && from.startsWith(u"contact c"_s)) {
        // Continue after (key, id) as two index seeks: the rest of the
        // cursor's key group by id, then the keys beyond it. SQLite does not
        // seek on a row value that ends in the rowid, and would walk a big
        // group (a tier, a degree) from its start.
        const bool isText = after.key.typeId() == QMetaType::QString;
        const QVariant key = isText ? ContactRow::text(after.key.toString()) : after.key;
        const QString columns = u"SELECT "_s + ContactRow::columns() + u", "_s + keyColumn +
                                u" AS sort_key FROM "_s + from + u" WHERE "_s;
        const QString sameKey = columns + filter +
                                u"%1 = ? AND c.id %2 ? ORDER BY c.id%3 LIMIT ?"_s.arg(
                                    keyColumn, descending ? u"<"_s : u">"_s, dir);
        const QString beyondKey = columns + filter +
                                  u"%1 %2 ? ORDER BY %1%3, c.id%3 LIMIT ?"_s.arg(
                                      keyColumn, descending ? u"<"_s : u">"_s, dir);
        const int wanted = limit + qMax(0, offset);
        sql = u"SELECT * FROM (%1) UNION ALL SELECT * FROM (%2) ORDER BY sort_key%3%4, id%4 "
              "LIMIT ? OFFSET ?"_s.arg(sameKey, beyondKey, ContactRow::sortCollation(query.sort),
                                       dir);
        QVariantList all = binds;
        all << key << after.id << wanted;
        all += binds;
        all << key << wanted << limit << qMax(0, offset);
        binds = all;
    } else {
        sql = u"SELECT "_s + ContactRow::columns() + u" FROM "_s + from;
        if (!where.isEmpty())
            sql += u" WHERE "_s + where.join(u" AND "_s);
        if (query.sort == ContactSort::Id)
            sql += u" ORDER BY %1%2 LIMIT ? OFFSET ?"_s.arg(
                expression.isEmpty() ? u"c.id"_s : u"contact_fts.rowid"_s, dir);
        else
            sql += u" ORDER BY %1%2, c.id%2 LIMIT ? OFFSET ?"_s.arg(keyColumn, dir);
        binds << limit << qMax(0, offset);
    }

    QSqlQuery &q = prepared(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next()) {
        if (!visit(ContactRow::read(q)))
            break;
    }
    const bool ok = !q.lastError().isValid();
    if (!ok && error)
        *error = m_db.describe(q.lastError());
    q.finish();
    return ok;
}

ContactCursor ContactListQuery::cursorFor(const Contact &c, ContactSort sort)
{
    ContactCursor cursor;
    cursor.id = c.id;
    cursor.order = ContactCursor::orderName(sort);
    switch (sort) {
    case ContactSort::Name:
        cursor.key = TextFold::fold(c.fullName());
        break;
    case ContactSort::Company:
        cursor.key = c.company;
        break;
    case ContactSort::Position:
        cursor.key = c.position;
        break;
    case ContactSort::Location:
        cursor.key = c.location;
        break;
    case ContactSort::Industry:
        cursor.key = c.industry;
        break;
    case ContactSort::ConnectedOn:
        cursor.key = DateText::isoDate(c.connectedOn);
        break;
    case ContactSort::Degree:
        cursor.key = c.degree;
        break;
    case ContactSort::Created:
        cursor.key = ContactRow::timestamp(c.createdAt);
        break;
    case ContactSort::Tier:
        cursor.key = c.tierKey;
        break;
    case ContactSort::LastEngaged:
        cursor.key = DateText::isoDate(c.lastEngagedOn);
        break;
    case ContactSort::Id:
        cursor.key = c.id;
        break;
    case ContactSort::Score:
        cursor.key = c.score;
        break;
    }
    return cursor;
}

qint64 ContactListQuery::externalChangeCounter() const
{
    QSqlQuery &q = prepared(u"PRAGMA data_version"_s);
    qint64 version = 0;
    if (q.exec() && q.next())
        version = q.value(0).toLongLong();
    q.finish();
    return version;
}

} // namespace rapport
