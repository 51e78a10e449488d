#pragma once

// The read side of ContactStore's lists: counts (cached per search until the
// data changes), pages in any of the sort orders with keyset cursors, and
// whole-list walks for exports. ContactStore owns one and forwards to it;
// its writes call forgetCounts().

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QHash>
#include <QList>
#include <functional>
#include <memory>

class QSqlQuery;

namespace rapport {

class ContactSortRanks;
class ContactSortedSearch;
class Database;
class StatementCache;

class ContactListQuery
{
public:
    ContactListQuery(Database &db, StatementCache &statements);
    ~ContactListQuery();
    ContactListQuery(const ContactListQuery &) = delete;
    ContactListQuery &operator=(const ContactListQuery &) = delete;

    int totalCount() const;
    int count(const ContactQuery &query, QString *error = nullptr) const;
    int countUpTo(const ContactQuery &query, int limit) const;
    QList<Contact> page(const ContactQuery &query, const ContactCursor &after, int limit,
                        int offset = 0, bool backwards = false, QString *error = nullptr) const;
    bool forEach(const ContactQuery &query, const std::function<bool(const Contact &)> &visit,
                 QString *error = nullptr) const;
    static ContactCursor cursorFor(const Contact &contact, ContactSort sort);
    qint64 externalChangeCounter() const;
    // Our own writes: cached counts no longer hold.
    void forgetCounts() { m_matchCounts.clear(); }

    // The tag, tier and review conditions on `c` (contact), with their binds
    // (ContactPosition counts with the same conditions).
    static void appendFilters(const ContactQuery &query, QStringList &where, QVariantList &binds);
    // The search `expression` (an FTS5 MATCH) as rows of `c`: in id order
    // the full-text index is the table read (`from` becomes its join, rowid
    // order needs no sort); in a column's order, a condition on c.id. An
    // empty expression leaves `from` ("contact c") and `where` as they are.
    static void appendSearch(const QString &expression, ContactSort sort, QString &from,
                             QStringList &where, QVariantList &binds);

private:
    // page() and forEach(): rows in query order handed to `visit` (limit -1:
    // all of them).
    bool select(const ContactQuery &query, const ContactCursor &after, int limit, int offset,
                bool backwards, const std::function<bool(const Contact &)> &visit,
                QString *error) const;
    int searchMatches(const QString &expression) const;
    // The matches of `expression`, up to `limit`: exact when cached or the
    // list is small, otherwise estimated from the first 1/share of the ids.
    int estimateMatches(const QString &expression, int limit, int share = 8) const;
    void forgetCountsIfChanged() const;
    QSqlQuery &prepared(const QString &sql) const;

    Database &m_db;
    StatementCache &m_statements;
    std::unique_ptr<ContactSortedSearch> m_sortedSearch;
    std::unique_ptr<ContactSortRanks> m_ranks;
    mutable QHash<QString, int> m_matchCounts; // FTS expression -> matches
    mutable qint64 m_dataVersion = -1;
};

} // namespace rapport
