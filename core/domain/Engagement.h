#pragma once

// One engagement event: someone followed, commented, shared, viewed the
// profile or liked, on a date, optionally on one content piece.

#include "domain/EngagementKind.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rapport {

struct Engagement
{
    qint64 id = 0;
    qint64 contactId = 0;
    EngagementKind kind = EngagementKind::Like;
    QDate date;
    qint64 contentId = 0; // 0 = not on a particular piece
    QString note;
    QDateTime createdAt; // UTC, set by the store

    bool operator==(const Engagement &o) const
    {
        return id == o.id && contactId == o.contactId && kind == o.kind && date == o.date &&
               contentId == o.contentId && note == o.note;
    }
    bool operator!=(const Engagement &o) const { return !(*this == o); }
};

} // namespace rapport
