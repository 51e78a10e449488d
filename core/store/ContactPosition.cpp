#include "store/ContactPosition.h"

#include "db/Database.h"
#include "store/ContactListQuery.h"
#include "store/ContactRow.h"
#include "store/SearchText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// count(*) of the contacts matching `where` (joined by AND); -1 on failure.
int countWhere(Database &db, const QStringList &where, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM contact c WHERE "_s + where.join(u" AND "_s));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = db.describe(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace

int ContactPosition::rowOf(Database &db, const ContactQuery &query, qint64 contactId,
                           QString *error)
{
    if (contactId <= 0)
        return -1;
    // The query's own conditions, as the list applies them.
    QStringList where;
    QVariantList binds;
    const QString expression = SearchText::toMatchExpression(query.search);
    if (!expression.isEmpty()) {
        where << u"c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"_s;
        binds << expression;
    }
    ContactListQuery::appendFilters(query, where, binds);
    const auto count = [&](const QString &condition, const QVariantList &more) {
        return countWhere(db, QStringList(where) << condition, QVariantList(binds) + more, error);
    };
    if (count(u"c.id = ?"_s, {contactId}) <= 0)
        return -1;

    const bool descending = query.descending;
    if (query.sort == ContactSort::Id)
        return count(descending ? u"c.id > ?"_s : u"c.id < ?"_s, {contactId});

    // The rows before it: a smaller key (in the list's collation), or the
    // same key and a smaller id; NULL keys come first, as SQLite sorts them.
    const QString key = ContactRow::sortColumn(query.sort) + ContactRow::sortCollation(query.sort);
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT "_s + ContactRow::sortColumn(query.sort) +
              u" FROM contact c WHERE c.id = ?"_s);
    q.addBindValue(contactId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = db.describe(q.lastError());
        return -1;
    }
    const QVariant value = q.value(0);
    q.finish();
    const QString idOrder = descending ? u"c.id > ?"_s : u"c.id < ?"_s;
    int before = 0;
    int part = 0;
    if (value.isNull()) {
        part = count(u"%1 IS NULL AND %2"_s.arg(key, idOrder), {contactId});
        before = part;
        if (part >= 0 && descending) {
            const int keyed = count(u"%1 IS NOT NULL"_s.arg(key), {});
            before = keyed < 0 ? -1 : before + keyed;
        }
        return before;
    }
    const int sameKey = count(u"%1 = ? AND %2"_s.arg(key, idOrder), {value, contactId});
    const int beyond = count(u"%1 %2 ?"_s.arg(key, descending ? u">"_s : u"<"_s), {value});
    const int nulls = descending ? 0 : count(u"%1 IS NULL"_s.arg(key), {});
    if (sameKey < 0 || beyond < 0 || nulls < 0)
        return -1;
    return sameKey + beyond + nulls;
}

} // namespace rapport
