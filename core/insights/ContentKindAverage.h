#pragma once

// Posts or articles on average for the Insights page: the mean views and
// engagements per piece with views, and the rate over their sums, so one
// viral piece weighs by its views, not as one vote.

#include "domain/ContentPiece.h"

#include <optional>

namespace rapport {

struct ContentKindAverage
{
    ContentKind kind = ContentKind::Post;
    int pieces = 0; // pieces with views in their latest snapshot
    double averageViews = 0;
    double averageEngagements = 0;
    std::optional<double> rate; // sum of engagements ÷ sum of views; nullopt without pieces
};

} // namespace rapport
