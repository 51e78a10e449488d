#pragma once

// A search shown in a column order (a header clicked while searching), when
// the search matches many contacts: walks the column's sort index (key, id)
// from the page's anchor and keeps the rows the search matches, so a page
// costs what lies between its rows rather than sorting every match. Two
// ways to tell a match: probing the full-text index row by row (each probe
// costs tens of microseconds when every word fits a prefix index: only for
// very dense searches, where a page needs few; a longer word makes FTS5
// merge every term it begins, up to milliseconds per probe) or reading the
// matches' ids into a set once (a fraction of a microsecond per match, and
// per index entry walked). A walk looks at a window of index entries and
// gives up beyond it; ContactListQuery sorts the matches instead when they
// are few, or when a windowed walk gives up. For very many matches a walk
// of the whole index (bounded by the index, about a quarter of a
// microsecond per entry) costs less than sorting them (over a microsecond
// per match), however far along the order they are bunched.

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QList>
#include <utility>

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
        Probe,  // rowid = id AND MATCH, per row of the window
        Set,    // id IN (every match), the set built once
        Keyset, // as Set, walking the keyset (see buildKeyset) instead of the sort index
    };
    // A keyset holds at most this many matches.
    static constexpr int KeysetMatchesBelow = 2 * ProbeMatchesFrom;
    // Index entries one walk looks at before it gives up.
    static constexpr int ProbeWindow = 1000;
    static constexpr int SetWindow = 20000;
    // A set walk may look at this many entries per match before sorting the
    // matches costs less.
    static constexpr int SetWindowPerMatch = 5;
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

    // The keyset: the matches of one search with their keys in `query`'s
    // column order, in a temporary table ordered by (key, id), filled once
    // (about what sorting the matches costs). Each keystroke narrows the
    // search before it (its text starts with the earlier text: every word
    // is ANDed and the last one is a prefix), so while nothing is written,
    // every later keystroke's matches are in it and a walk of the keyset
    // (Membership::Keyset) costs what lies between its rows among the
    // earlier matches, not among every contact. False when the search has
    // KeysetMatchesBelow matches or more (nothing kept) or on an error.
    bool buildKeyset(const ContactQuery &query, const QString &expression, QString *error) const;
    // Whether the keyset holds every match of `query` with its current key:
    // built for the same column from a search that `query`'s text extends,
    // and nothing written since, by this connection or another.
    bool keysetAnswers(const ContactQuery &query) const;

private:
    // Rows changed by this connection, and data_version (moves when
    // another connection commits).
    std::pair<qint64, qint64> changeStamp() const;

    Database &m_db;
    StatementCache &m_statements;
    // What the keyset holds (m_keysetValid false: nothing).
    mutable bool m_keysetValid = false;
    mutable ContactSort m_keysetSort = ContactSort::Name;
    mutable QString m_keysetSearch;
    mutable std::pair<qint64, qint64> m_keysetStamp{-1, -1};
};

} // namespace rapport
