#include "domain/TierRules.h"

namespace rapport {

namespace {

// The ranked kind behind the best rank, active (inside the window) or ever.
std::optional<EngagementKind> bestKind(const EngagementSummary &s, const QDate &today,
                                       int windowDays, bool activeOnly)
{
    for (int rank = EngagementKinds::BestRank; rank <= EngagementKinds::WorstRank; ++rank) {
        const EngagementKind kind = *EngagementKinds::fromRank(rank);
        if (kind == EngagementKind::Follow && !s.followsMe)
            continue;
        const QDate last = s.last(kind);
        if (!last.isValid())
            continue;
        if (!activeOnly || last.daysTo(today) <= windowDays)
            return kind;
    }
    return std::nullopt;
}

} // namespace

Tier TierRules::tierOf(const EngagementSummary &s, const QDate &today, int windowDays)
{
    Tier tier;
    if (const auto active = bestKind(s, today, windowDays, true)) {
        tier.rank = EngagementKinds::rank(*active);
    } else if (const auto ever = bestKind(s, today, windowDays, false)) {
        tier.rank = EngagementKinds::rank(*ever);
        tier.lapsed = true;
    }
    return tier;
}

QDate TierRules::validUntil(const EngagementSummary &s, const QDate &today, int windowDays)
{
    if (const auto active = bestKind(s, today, windowDays, true))
        return s.last(*active).addDays(windowDays);
    return {};
}

} // namespace rapport
