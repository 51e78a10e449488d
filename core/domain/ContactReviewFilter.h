#pragma once

// A network review list as a contact filter (DOMAIN.md, Network review):
// connections (degree 1) with one industry, location or company, and/or by
// interaction — never, or not since a day ("do you remember why you
// connected?"). Inactive by default; active, it limits the list to
// connections.

#include <QDate>
#include <QString>

namespace rapport {

struct ContactReviewFilter
{
    enum class Field { None, Industry, Location, Company };
    enum class Interaction { Any, Never, QuietBefore };

    Field field = Field::None;
    QString value; // with a field: the value, case-insensitive; empty = not filled in
    Interaction interaction = Interaction::Any;
    QDate before; // QuietBefore: no engagement or outreach on or after this day

    bool isActive() const { return field != Field::None || interaction != Interaction::Any; }

    bool operator==(const ContactReviewFilter &o) const
    {
        return field == o.field && value == o.value && interaction == o.interaction &&
               before == o.before;
    }
    bool operator!=(const ContactReviewFilter &o) const { return !(*this == o); }
};

} // namespace rapport
