#pragma once

// A piece with its latest reading and what the user logged against it: the
// rows of the Content page, the Insights page's posts versus articles,
// `content list` and `stats content`.

#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"
#include "domain/EngagementRate.h"

#include <QList>
#include <optional>

namespace rapport {

struct ContentStats
{
    ContentPiece piece;
    std::optional<ContentMetrics> latest; // newest reading, if any
    // What the user logged, shown beside the rate and never mixed into it.
    int loggedEngagers = 0;    // distinct people logged as engaging with the piece
    int loggedLikes = 0;       // logged like events on the piece
    int loggedEngagements = 0; // logged likes, comments and shares on the piece

    // (reactions + comments + shares) ÷ views of the latest reading.
    EngagementRate rate() const { return EngagementRate::ofReading(latest); }
    std::optional<double> engagementRate() const { return rate().value(); }
    // reactions ÷ (reactions + comments + shares) of the latest reading;
    // nullopt unless all three are known and not all zero. Lower is better.
    std::optional<double> likeShare() const;
};

} // namespace rapport
