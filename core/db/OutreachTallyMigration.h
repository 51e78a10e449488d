#pragma once

// The statements of schema migration 16 (issue 21, "every chart within
// 20 ms"): outreach_tally, what the Insights page's outreach funnel counts
// per UTC day of sending — invitations sent and accepted, InMails sent and
// answered — kept current by triggers on outreach, and an index on outcome
// times so the funnel finds the few rows whose outcome is dated after
// today. Also the statements that count the tally afresh (the integrity
// check's repair). Migrations numbers and applies them; this only holds
// their SQL text. InsightsQueries::funnel says how the tally is read.

#include <QString>
#include <QStringList>

namespace rapport {

class OutreachTallyMigration
{
public:
    // The statements of migration 16.
    static QStringList statements();
    // Triggers on outreach that keep outreach_tally current.
    static QStringList triggers();
    // Counts outreach_tally afresh from outreach.
    static QStringList recountStatements();
    // A SELECT of what outreach_tally should hold (day, channel, sent,
    // accepted, answered), counted from outreach: the integrity check
    // compares the table with it.
    static QString countQuery();
};

} // namespace rapport
