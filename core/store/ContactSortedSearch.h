#pragma once

// A search shown in a column order (a header clicked while searching), when
// the search matches very many contacts: walks the column's sort index
// (key, id) from the page's anchor and keeps the rows the search matches,
// so a page costs what lies between its rows. Two ways to tell a match:
// probing the full-text index row by row (tens of microseconds a probe
// when every word fits a prefix index: for very dense searches, where a
// short window fills the page) or reading the matches' ids into a set once
// (a fraction of a microsecond per match and per index entry walked).
// ContactListQuery tries a probe's window first for very dense searches,
// then ContactSortRanks (every contact's place in the order, which picks
// any page from the match ids); the set's walk of the whole index answers
// when the places cannot be mapped.

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
    // From this many matches reading every match id (ContactSortRanks, about
    // a tenth of a microsecond each) costs more than a probe's window that
    // fills the page; below it, a window that fails (the matches lie further
    // along: a thousand probes, tens of milliseconds) is not worth the try.
    static constexpr int DenseMatchesFrom = 350000;

    enum class Membership {
        Probe, // rowid = id AND MATCH, per row of the window
        Set,   // id IN (every match), the set built once
    };
    // Index entries one walk looks at before it gives up.
    static constexpr int ProbeWindow = 1000;
    static constexpr int SetWindow = 20000;
    // window: the whole index from the anchor on.
    static constexpr int WholeIndex = 0;

    // True when probing `search` (the text typed) is cheap: every word fits
    // the full-text index's prefix indexes (1-3 bytes).
    static bool probesCheaply(const QString &search);

    ContactSortedSearch(Database &db, StatementCache &statements);

    // Rows offset..offset+limit-1 after `after` of the search `expression`
    // (an FTS5 MATCH expression) in `query`'s column order (reversed when
    // `backwards`), telling matches `how`, looking at `window` index
    // entries at most (WholeIndex: all of them). True with `rows` filled
    // when the walk found them all (a walk of the whole index also when the
    // list ends before `limit` rows); false when it gave up (`rows` empty)
    // or failed (`error` set).
    bool walk(const ContactQuery &query, const QString &expression, const ContactCursor &after,
              int limit, int offset, bool backwards, Membership how, int window,
              QList<Contact> *rows, QString *error) const;

private:
    Database &m_db;
    StatementCache &m_statements;
};

} // namespace rapport
