#pragma once

// Where one contact stands in a contact list: its row in a query's order
// (search, tag, tier and review filters, sort and direction), counted in
// the database without reading the rows before it. Lets a view jump to a
// contact far outside the rows it has loaded ("Open Contact" on Today).

#include "domain/ContactQuery.h"

#include <QCoreApplication>

namespace rapport {

class Database;

class ContactPosition
{
    Q_DECLARE_TR_FUNCTIONS(ContactPosition)

public:
    // The 0-based row of `contactId` in `query`'s order, as
    // ContactStore::page() lists it; -1 when the query does not list the
    // contact (filtered out, or no such contact), or the read failed
    // (*error says why).
    static int rowOf(Database &db, const ContactQuery &query, qint64 contactId,
                     QString *error = nullptr);
};

} // namespace rapport
