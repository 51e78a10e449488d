#pragma once

// A search shown in a column order (a header clicked while searching), when
// the search matches many contacts: every contact's place in the column's
// order (key, id), read once from the sort index into memory, answers any
// later keystroke's page by reading the matches' ids from the full-text
// index (tens of nanoseconds each) and picking the first ones by place,
// whatever the matches and however far along the order they are bunched.
// Sorting the matches instead looks each one up (a microsecond or more);
// walking the order looks at every contact before the page.
//
// The places are read when first needed for a column: a full pass over its
// sort index (about a tenth of a second at a million contacts, once, when
// the header is clicked). They hold while nothing is written: any write on
// this connection (total_changes) or a commit on another (data_version)
// makes the next page read them again.

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QList>

#include <utility>
#include <vector>

namespace rapport {

class Database;
class StatementCache;

class ContactSortRanks
{
public:
    // Ids beyond this, or beyond four per contact (a table of far fewer
    // contacts than ids), are not mapped: page() declines and the caller
    // answers another way.
    static constexpr qint64 MaxMappedId = 16 * 1024 * 1024;

    ContactSortRanks(Database &db, StatementCache &statements);

    // Rows offset..offset+limit-1 after `after` of the search `expression`
    // (an FTS5 MATCH expression) in `query`'s column order (reversed when
    // `backwards`), in that order. False with `error` set on a database
    // error; false with no error when it declines (ids too high, the
    // cursor's contact unknown to the order) and the caller answers
    // another way.
    bool page(const ContactQuery &query, const QString &expression, const ContactCursor &after,
              int limit, int offset, bool backwards, QList<Contact> *rows, QString *error);

    // Whether the places for `sort` are in memory and still hold.
    bool current(ContactSort sort) const;
    // Reads the places for `sort` unless current(). False when they are not
    // read: inside a transaction of this connection, ids too sparse or too
    // high, or a database error (the caller answers another way; a decline
    // is remembered until something is written).
    bool prepare(ContactSort sort);

private:
    bool build(ContactSort sort, const std::pair<qint64, qint64> &stamp);
    bool cursorStillHolds(ContactSort sort, const ContactCursor &after) const;
    std::pair<qint64, qint64> changeStamp() const;

    Database &m_db;
    StatementCache &m_statements;
    // Place + 1 of each id in the order (0: no such contact).
    std::vector<quint32> m_placeOf;
    ContactSort m_sort = ContactSort::Id;
    bool m_valid = false;
    std::pair<qint64, qint64> m_stamp{-1, -1};
    ContactSort m_declinedSort = ContactSort::Id;
    std::pair<qint64, qint64> m_declinedStamp{-1, -1};
};

} // namespace rapport
