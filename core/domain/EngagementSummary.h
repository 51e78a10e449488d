#pragma once

// What a contact's engagement events add up to, kept current by
// EngagementStore in the same transaction as the events: how many of each
// kind, the last date of each, and whether the person follows the user.

#include "domain/EngagementKind.h"

#include <QDate>
#include <array>

namespace rapport {

struct EngagementSummary
{
    qint64 contactId = 0;
    std::array<int, EngagementKinds::Count> counts{};
    std::array<QDate, EngagementKinds::Count> lastOn{};
    // Latest follow or unfollow (by date, then entry order) is a follow.
    bool followsMe = false;

    int count(EngagementKind kind) const { return counts[EngagementKinds::index(kind)]; }
    QDate last(EngagementKind kind) const { return lastOn[EngagementKinds::index(kind)]; }
    // The latest date of any ranked engagement (unfollow is not engagement).
    QDate lastEngagedOn() const;
    int total() const;
};

} // namespace rapport
