#pragma once

// A search shown in a column order (a header clicked while searching), when
// the search matches many contacts: walks a window of the column's sort
// index (key, id) from the page's anchor and keeps the rows the search
// matches, so a page costs what lies between its rows rather than sorting
// every match. Two ways to tell a match: probing the full-text index row by
// row (each probe costs tens of microseconds: only for very dense searches,
// where a page needs few) or reading the matches' ids into a set once
// (a fraction of a microsecond per match). ContactListQuery sorts the
// matches instead when they are few, or when a walk gives up (matches
// bunched far along the order, e.g. a first name while sorted by name).

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QList>

namespace rapport {

class Database;
class StatementCache;

class ContactSortedSearch
{
public:
    // Below this many matches sorting them all is cheaper than any walk.
    static constexpr int SortMatchesBelow = 4000;
    // From this many matches a page needs so few probes that they cost
    // less than reading every match into a set (at a million contacts
    // both cost about the same around here).
    static constexpr int ProbeMatchesFrom = 130000;

    enum class Membership {
        Probe, // rowid = id AND MATCH, per row of the window
        Set,   // id IN (every match), the set built once
    };
    // Index entries one walk looks at before it gives up.
    static constexpr int ProbeWindow = 1000;
    static constexpr int SetWindow = 20000;

    ContactSortedSearch(Database &db, StatementCache &statements);

    // Rows offset..offset+limit-1 after `after` of the search `expression`
    // (an FTS5 MATCH expression) in `query`'s column order (reversed when
    // `backwards`), telling matches `how`. True with `rows` filled when the
    // walk found them all; false when it gave up (`rows` empty) or failed
    // (`error` set).
    bool walk(const ContactQuery &query, const QString &expression, const ContactCursor &after,
              int limit, int offset, bool backwards, Membership how, QList<Contact> *rows,
              QString *error) const;

private:
    Database &m_db;
    StatementCache &m_statements;
};

} // namespace rapport
