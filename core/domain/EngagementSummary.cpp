#include "domain/EngagementSummary.h"

namespace rapport {

QDate EngagementSummary::lastEngagedOn() const
{
    QDate latest;
    for (EngagementKind kind : EngagementKinds::all()) {
        if (kind == EngagementKind::Unfollow)
            continue;
        const QDate d = last(kind);
        if (d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    }
    return latest;
}

int EngagementSummary::total() const
{
    int n = 0;
    for (EngagementKind kind : EngagementKinds::all()) {
        if (kind != EngagementKind::Unfollow)
            n += count(kind);
    }
    return n;
}

} // namespace rapport
