#include "insights/FunnelPeriod.h"

namespace rapport {

namespace {

// As InvitationStats (accepted ÷ decided) and InMailLedger (answered ÷
// sent) divide: nothing to divide by is no rate.
std::optional<double> rateOf(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

} // namespace

FunnelPeriod FunnelPeriod::total(const QList<FunnelPeriod> &months)
{
    FunnelPeriod sum;
    if (months.isEmpty())
        return sum;
    sum.start = months.first().start;
    sum.end = months.last().end;
    sum.partial = months.last().partial;
    for (const FunnelPeriod &p : months) {
        sum.invitationsSent += p.invitationsSent;
        sum.invitationsAccepted += p.invitationsAccepted;
        sum.invitationsDecided += p.invitationsDecided;
        sum.inmailsSent += p.inmailsSent;
        sum.inmailsAnswered += p.inmailsAnswered;
        sum.followersConverted += p.followersConverted;
    }
    sum.acceptanceRate = rateOf(sum.invitationsAccepted, sum.invitationsDecided);
    sum.responseRate = rateOf(sum.inmailsAnswered, sum.inmailsSent);
    return sum;
}

} // namespace rapport
