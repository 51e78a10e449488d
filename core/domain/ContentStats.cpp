#include "domain/ContentStats.h"

namespace rapport {

std::optional<double> ContentStats::engagementRate() const
{
    if (!latest || latest->views <= 0)
        return std::nullopt;
    return double(engagers) / double(latest->views);
}

std::optional<double> ContentStats::likeShare() const
{
    if (latest) {
        const int all = latest->reactions + latest->comments + latest->shares;
        if (all > 0)
            return double(latest->reactions) / double(all);
    }
    if (engagements > 0)
        return double(likes) / double(engagements);
    return std::nullopt;
}

} // namespace rapport
