#include "domain/ContentStats.h"

namespace rapport {

std::optional<double> ContentStats::likeShare() const
{
    if (!latest)
        return std::nullopt;
    const std::optional<qint64> all = latest->engagements();
    // A total without a breakdown (the analytics workbook) has no reactions.
    if (!all || *all <= 0 || !latest->reactions)
        return std::nullopt;
    return double(*latest->reactions) / double(*all);
}

} // namespace rapport
