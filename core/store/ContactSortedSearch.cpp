#include "store/ContactSortedSearch.h"

#include "db/Database.h"
#include "store/ContactRow.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

ContactSortedSearch::ContactSortedSearch(Database &db, StatementCache &statements)
    : m_db(db)
    , m_statements(statements)
{}

bool ContactSortedSearch::probesCheaply(const QString &search)
{
    // Words as SearchText splits them; the last token of a word is its
    // prefix term, and bounding the whole word bounds it (a longer word is
    // still answered, by the set).
    int words = 0;
    QString word;
    bool cheap = true;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        ++words;
        cheap = cheap && word.toUtf8().size() <= 3;
        word.clear();
    };
    for (const QChar c : search) {
        if (c.isSpace())
            flush();
        else
            word.append(c);
    }
    flush();
    return cheap && words > 0;
}

bool ContactSortedSearch::walk(const ContactQuery &query, const QString &expression,
                               const ContactCursor &after, int limit, int offset, bool backwards,
                               Membership how, int window, QList<Contact> *rows,
                               QString *error) const
{
    rows->clear();
    const QString key = ContactRow::sortColumn(query.sort);
    const QString source = u"contact c"_s;
    const bool descending = query.descending != backwards;
    const QString dir = descending ? u" DESC"_s : QString();
    const QString collate = ContactRow::sortCollation(query.sort);
    const int wanted = limit + qMax(0, offset);
    const bool whole = window <= WholeIndex;
    // LIMIT -1: no limit.
    const int budget = whole ? -1 : window;
    if (!whole && wanted > budget)
        return false;

    // The window: at most `budget` entries of the sort index from the
    // anchor on (all of them for the whole index), read from the index
    // alone (it ends in the id).
    QString windowSql;
    QVariantList binds;
    if (after.isValid()) {
        // As ContactListQuery: the rest of the cursor's key group by id, then
        // the keys beyond it, each an index seek.
        const bool isText = after.key.typeId() == QMetaType::QString;
        const QVariant anchor = isText ? ContactRow::text(after.key.toString()) : after.key;
        const QString cmp = descending ? u"<"_s : u">"_s;
        windowSql =
            u"SELECT * FROM (SELECT c.id AS wid, %1 AS wkey FROM %5 WHERE %1 = ? "
            "AND c.id %2 ? ORDER BY c.id%3 LIMIT ?) UNION ALL SELECT * FROM (SELECT c.id, %1 "
            "FROM %5 WHERE %1 %2 ? ORDER BY %1%3, c.id%3 LIMIT ?) ORDER BY wkey%4%3, "
            "wid%3 LIMIT ?"_s.arg(key, cmp, dir, collate, source);
        binds << anchor << after.id << budget << anchor << budget << budget;
    } else {
        windowSql = u"SELECT c.id AS wid, %1 AS wkey FROM %3 ORDER BY %1%2, c.id%2 LIMIT ?"_s.arg(
            key, dir, source);
        binds << budget;
    }
    // The matches in the window, then their rows. A probe is a seek in the
    // full-text index (rowid = id and MATCH); the set is SQLite's list of
    // an uncorrelated IN, read once. The window is read in its order as a
    // co-routine (a subquery with a LIMIT is never flattened into a query
    // with a WHERE), so the first matches are the page and the walk stops
    // there; an ORDER BY at that level would read the whole window first.
    const QString match =
        how == Membership::Probe
            ? u"EXISTS (SELECT 1 FROM contact_fts f WHERE f.rowid = w.wid AND contact_fts MATCH ?)"_s
            : u"w.wid IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"_s;
    const QString sql = u"SELECT "_s + ContactRow::columns() +
                        u" FROM (SELECT wid, wkey FROM (%1) w WHERE %4 LIMIT ? OFFSET ?) h JOIN "
                        u"contact c ON c.id = h.wid ORDER BY "
                        "h.wkey%2%3, h.wid%3"_s.arg(windowSql, collate, dir, match);
    binds << expression << limit << qMax(0, offset);

    QSqlQuery &q = m_statements.prepared(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next())
        rows->append(ContactRow::read(q));
    const bool ok = !q.lastError().isValid();
    q.finish();
    if (!ok) {
        if (error)
            *error = m_db.describe(q.lastError());
        rows->clear();
        return false;
    }
    // Fewer rows: the window held too few matches, or the list ended inside
    // it; sorting every match answers both. After the whole index they are
    // the answer: the list ended.
    if (rows->size() < limit && !whole) {
        rows->clear();
        return false;
    }
    return true;
}

} // namespace rapport
