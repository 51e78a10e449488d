#pragma once

#include "domain/Outreach.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

// One contact of the run, what the stories need to know about them, and the
// outreach their story gave them (in time order once linked).
struct DemoPerson
{
    qint64 id = 0;
    QString firstName;
    int degree = 0;
    QDate connectedOn;
    bool followsMe = false;
    QDate lastEngaged; // latest engagement of the last 30 days, any kind
    QDate lastWarm;    // latest comment or share of the last 30 days
    bool notInterested = false;
    int conversations = 0;
    QList<Outreach> rows;
    QList<int> replyTo; // per row: the index of the row it answers, or -1
};

} // namespace rapport
