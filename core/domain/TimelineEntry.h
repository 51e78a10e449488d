#pragma once

// One line of a contact's timeline: something that happened between the
// user and the person, newest first. Engagements now; outreach and value
// given join it as they are recorded.

#include "domain/EngagementKind.h"

#include <QDate>
#include <QString>

namespace rapport {

struct TimelineEntry
{
    enum Source { EngagementEvent };

    Source source = EngagementEvent;
    qint64 id = 0; // the row in its own table
    QDate date;
    EngagementKind kind = EngagementKind::Like;
    qint64 contentId = 0;
    QString contentTitle; // the piece it was on, if any
    QString note;
};

} // namespace rapport
