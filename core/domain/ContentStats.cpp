#include "domain/ContentStats.h"

namespace rapport {

std::optional<double> ContentStats::likeShare() const
{
    if (!latest)
        return std::nullopt;
    const std::optional<qint64> all = latest->engagements();
    if (!all || *all <= 0)
        return std::nullopt;
    return double(*latest->reactions) / double(*all);
}

} // namespace rapport
