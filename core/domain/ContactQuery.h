#pragma once

// What a contact list shows: an optional search text, tag, tier and network
// review filter, and the order.

#include "domain/ContactReviewFilter.h"

#include <QString>
#include <QVariant>

namespace rapport {

enum class ContactSort {
    Name,
    Company,
    Position,
    Location,
    Industry,
    ConnectedOn,
    Degree,
    Created,
    Tier,        // best first: active tiers, then lapsed, then never engaged
    LastEngaged, // date of the last engagement
    Id,          // order of adding; descending = newest first, the cheap order for searches
    Score,       // stored connection score; descending = strongest first
};

struct ContactQuery
{
    QString search;   // free text, prefix-matched word by word
    QString tag;      // exact tag name, case-insensitive
    int tierRank = 0; // 1..6: only contacts whose active tier is that rank; 0 = any
    ContactReviewFilter review;
    ContactSort sort = ContactSort::Name;
    bool descending = false;

    // A tag, tier or review filter (the search text aside).
    bool hasFilter() const { return !tag.isEmpty() || tierRank > 0 || review.isActive(); }

    bool operator==(const ContactQuery &o) const
    {
        return search == o.search && tag == o.tag && tierRank == o.tierRank && review == o.review &&
               sort == o.sort && descending == o.descending;
    }
    bool operator!=(const ContactQuery &o) const { return !(*this == o); }
};

// A position in a sorted list: the sort value and id of one row. Keyset
// paging continues strictly after (or before) it.
struct ContactCursor
{
    QVariant key;
    qint64 id = 0;
    QString order; // orderName() of the sort it was made for; empty if unknown

    bool isValid() const { return id > 0; }
    // Opaque text form for the CLI's --after.
    QString toString() const;
    static ContactCursor fromString(const QString &text, bool *ok);
    // A stable name per sort ("name", "company", ...), kept in saved cursors.
    static QString orderName(ContactSort sort);
    // Whether the key has the type the sort's column holds.
    bool fits(ContactSort sort) const;
};

} // namespace rapport
