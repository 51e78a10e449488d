#pragma once

// One month of the outreach funnel on the Insights page: invitations sent
// and accepted with the acceptance rate (InvitationStats' meaning), InMails
// sent and answered with the response rate (InMailLedger's meaning), and
// followers who became connections that month. A rate with nothing to
// divide by is undefined (nullopt), never 0: charts leave a gap there. The
// month that contains the day it was read is partial: its numbers are so
// far, and its rates may still change.

#include <QDate>
#include <QList>
#include <optional>

namespace rapport {

struct FunnelPeriod
{
    QDate start;          // first day of the month
    QDate end;            // last day of the month
    bool partial = false; // the month was still running on the day it was read

    int invitationsSent = 0;
    int invitationsAccepted = 0;
    int invitationsDecided = 0;           // an outcome, or pending for more than a week
    std::optional<double> acceptanceRate; // accepted ÷ decided; nullopt with none decided
    int inmailsSent = 0;
    int inmailsAnswered = 0;            // any answer, "not interested" included
    std::optional<double> responseRate; // answered ÷ sent; nullopt with none sent
    int followersConverted = 0;         // see InsightsQueries::funnel

    bool isEmpty() const
    {
        return invitationsSent == 0 && inmailsSent == 0 && followersConverted == 0;
    }

    // The months added up, from the first month's start to the last one's
    // end: the sums, and rates over the sums (not an average of the
    // months' rates); partial when the last month is.
    static FunnelPeriod total(const QList<FunnelPeriod> &months);
};

} // namespace rapport
