#include "store/ContactExportRows.h"

#include "db/Database.h"
#include "store/ContactListQuery.h"
#include "store/ContactRow.h"
#include "store/SearchText.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const char16_t *const exportable[] = {
    u"id",       u"first_name", u"last_name",  u"profile_url", u"position",     u"company",
    u"industry", u"location",   u"email",      u"degree",      u"connected_on", u"follows_me",
    u"notes",    u"tags_text",  u"created_at", u"updated_at",
};

} // namespace

QString ContactExportRows::Row::text(int column) const
{
    return m_query.value(column).toString();
}

qint64 ContactExportRows::Row::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

bool ContactExportRows::Row::flag(int column) const
{
    return m_query.value(column).toBool();
}

ContactExportRows::ContactExportRows(Database &db)
    : m_db(db)
{}

bool ContactExportRows::isColumn(const QString &name)
{
    for (const char16_t *column : exportable) {
        if (name == QStringView(column))
            return true;
    }
    return false;
}

bool ContactExportRows::forEach(const ContactQuery &query, const QStringList &columns,
                                const std::function<bool(const Row &)> &visit, QString *error) const
{
    QStringList selected;
    for (const QString &column : columns) {
        if (!isColumn(column)) {
            // A programming error, not the user's: the exporter only asks
            // for the columns above.
            *error = QCoreApplication::translate("ContactExportRows",
                                                 "the contact column \"%1\" does not exist")
                         .arg(column);
            return false;
        }
        selected << u"c."_s + column;
    }
    if (selected.isEmpty())
        selected << u"c.id"_s;

    // The same rows and order as ContactListQuery::select() without a
    // cursor or a limit (what ContactStore::forEach() runs).
    const QString expression = SearchText::toMatchExpression(query.search);
    const QString dir = query.descending ? u" DESC"_s : QString();
    QStringList where;
    QVariantList binds;
    QString from = u"contact c"_s;
    ContactListQuery::appendSearch(expression, query.sort, from, where, binds);
    ContactListQuery::appendFilters(query, where, binds);
    QString sql = u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s + from;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    if (query.sort == ContactSort::Id)
        sql +=
            u" ORDER BY %1%2"_s.arg(expression.isEmpty() ? u"c.id"_s : u"contact_fts.rowid"_s, dir);
    else
        sql += u" ORDER BY %1%2, c.id%2"_s.arg(ContactRow::sortColumn(query.sort), dir);

    // Pages read through a memory map, not copied out of the kernel's file
    // cache one read() at a time: that copying was a third of an export.
    // SQLite caps the size at what it was built for; the connection's own
    // setting comes back afterwards.
    QSqlQuery pragma(m_db.connection());
    const qint64 mmapBefore =
        pragma.exec(u"PRAGMA mmap_size"_s) && pragma.next() ? pragma.value(0).toLongLong() : 0;
    pragma.finish();
    pragma.exec(u"PRAGMA mmap_size = %1"_s.arg(qint64(1) << 40));
    pragma.finish();
    const auto restore = qScopeGuard([&] {
        pragma.exec(u"PRAGMA mmap_size = %1"_s.arg(mmapBefore));
        pragma.finish();
    });

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = m_db.describe(q.lastError());
        return false;
    }
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = m_db.describe(q.lastError());
        return false;
    }
    const Row row(q);
    while (q.next()) {
        if (!visit(row))
            break;
    }
    const bool ok = !q.lastError().isValid();
    if (!ok)
        *error = m_db.describe(q.lastError());
    q.finish();
    return ok;
}

} // namespace rapport
