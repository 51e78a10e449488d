#pragma once

// A search shown in a column order (a header clicked while searching), when
// the search matches many contacts: walks the column's sort index (key, id)
// from the page's anchor and keeps the rows the full-text index matches,
// probing it row by row, so a page costs what lies between its rows, not
// the number of matches. ContactListQuery sorts the matches instead when
// they are few, or when the walk gives up (matches bunched far along the
// order, e.g. a first name while sorted by name).

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
    static constexpr int SortMatchesBelow = 8000;
    // Index entries one walk looks at before it gives up.
    static constexpr int WalkBudget = 6000;

    ContactSortedSearch(Database &db, StatementCache &statements);

    // Rows offset..offset+limit-1 after `after` of the search `expression`
    // (an FTS5 MATCH expression) in `query`'s column order (reversed when
    // `backwards`). True with `rows` filled when the walk found them all;
    // false when it gave up (`rows` empty) or failed (`error` set).
    bool walk(const ContactQuery &query, const QString &expression, const ContactCursor &after,
              int limit, int offset, bool backwards, QList<Contact> *rows, QString *error) const;

private:
    Database &m_db;
    StatementCache &m_statements;
};

} // namespace rapport
