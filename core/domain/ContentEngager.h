#pragma once

// One engagement logged on a content piece, with who it was: a row of the
// Content page's "who engaged" list (ContentStore::engagers).

#include "domain/EngagementKind.h"

#include <QDate>
#include <QString>

namespace rapport {

struct ContentEngager
{
    qint64 engagementId = 0;
    qint64 contactId = 0;
    QString name; // the contact's full name
    EngagementKind kind = EngagementKind::Like;
    QDate date;

    bool operator==(const ContentEngager &o) const
    {
        return engagementId == o.engagementId && contactId == o.contactId && name == o.name &&
               kind == o.kind && date == o.date;
    }
    bool operator!=(const ContentEngager &o) const { return !(*this == o); }
};

} // namespace rapport
