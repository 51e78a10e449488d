#pragma once

// Which outreach a list shows: any combination of channel, outcome,
// direction, contact and date range; empty fields do not filter.

#include <QDate>
#include <QString>

namespace rapport {

struct OutreachFilter
{
    QString channel;   // message, inmail, invitation, email, call
    QString outcome;   // one of Outreach::outcomes(), or "none" for no outcome yet
    QString direction; // out, in
    qint64 contactId = 0;
    QDate since; // inclusive, by the day it happened (UTC)
    QDate until; // inclusive
};

} // namespace rapport
