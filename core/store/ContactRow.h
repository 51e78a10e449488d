#pragma once

// How a Contact maps onto a row of the contact table: the columns read,
// the values bound when writing, the column each sort order uses, and the
// clean-up of tags. Shared by every query ContactStore runs.

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

namespace rapport {

class ContactRow
{
public:
    // "c.id, c.first_name, ...": what read() expects, for "SELECT ... FROM contact c".
    static const QString &columns();
    static Contact read(const QSqlQuery &query);
    // Binds the 15 written columns, first_name to tags_text, in table order.
    static void bind(QSqlQuery &query, const Contact &contact);
    // A null QString binds as SQL NULL; our text columns hold '' instead.
    static QVariant text(const QString &value);
    // " COLLATE NOCASE" for sorts on columns declared so, else empty: what
    // ORDER BY needs where the column's own collation is not known (a
    // compound SELECT's result).
    static QString sortCollation(ContactSort sort);
    // The column (with the "c." alias) a sort order uses.
    static QString sortColumn(ContactSort sort);
    // Trimmed, comma-split, case-insensitively unique and sorted tags.
    static QStringList cleanTags(const QStringList &tags);
    // Stored timestamps: ISO-8601 UTC with milliseconds.
    static QString timestamp(const QDateTime &time);
};

} // namespace rapport
