#pragma once

// One month of the outreach funnel on the Insights page: invitations sent
// and accepted with the acceptance rate (InvitationStats' meaning), InMails
// sent and answered with the response rate (InMailLedger's meaning), and
// followers who became connections that month.

#include <QDate>
#include <optional>

namespace rapport {

struct FunnelPeriod
{
    QDate start; // first day of the month
    QDate end;   // last day of the month

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
};

} // namespace rapport
