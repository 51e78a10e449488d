#pragma once

// The tier rules (DOMAIN.md): a contact's tier is the best rank shown within
// the window (default 90 days); with nothing inside it, the best rank ever
// shown, lapsed. An engagement on day D counts as recent through D + window.
// A follow counts only while the person still follows (no later unfollow).

#include "domain/EngagementSummary.h"
#include "domain/Tier.h"

namespace rapport {

class TierRules
{
public:
    static constexpr int DefaultWindowDays = 90;

    static Tier tierOf(const EngagementSummary &summary, const QDate &today, int windowDays);
    // The last day on which tierOf() keeps its answer without new events;
    // invalid when only a new event can change it (lapsed or none).
    static QDate validUntil(const EngagementSummary &summary, const QDate &today, int windowDays);
};

} // namespace rapport
