#pragma once

// One line of a contact's timeline: something that happened between the
// user and the person, newest first — engagement they showed, outreach
// either way, and value the user gave.

#include "domain/EngagementKind.h"

#include <QDate>
#include <QString>

namespace rapport {

struct TimelineEntry
{
    enum Source { EngagementEvent, OutreachRecord, ValueGivenRecord };

    Source source = EngagementEvent;
    qint64 id = 0; // the row in its own table
    QDate date;
    // Engagement
    EngagementKind kind = EngagementKind::Like;
    qint64 contentId = 0;
    QString contentTitle; // the piece it was on, if any
    // Outreach: channel, direction, outcome, subject; value given: its kind
    QString channel;
    QString direction;
    QString outcome;
    QString subject;
    QString valueKind;
    QString note; // engagement note, outreach body's first line, value note
};

} // namespace rapport
