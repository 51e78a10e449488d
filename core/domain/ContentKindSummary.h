#pragma once

#include "domain/ContentStats.h"

namespace rapport {

// Posts versus articles (DOMAIN.md: views of the two are not comparable;
// engagement is what matters). The rate is total engagements ÷ total views
// over the pieces whose latest reading has views and all three counts, so
// one viral piece weighs by its views, not as one vote.
struct ContentKindSummary
{
    ContentKind kind = ContentKind::Post;
    int pieces = 0;                   // all pieces of the kind
    int piecesWithNumbers = 0;        // with a reading
    int piecesWithViews = 0;          // latest reading has views above 0
    int piecesCounted = 0;            // ... and reactions, comments and shares: in the rate
    qint64 views = 0;                 // total over the counted pieces
    qint64 engagements = 0;           // total over the counted pieces
    double averageViews = 0;          // over the pieces with views
    double averageEngagements = 0;    // over the counted pieces
    qint64 loggedEngagers = 0;        // people logged, summed over the pieces
    double averageLoggedEngagers = 0; // over all pieces
    EngagementRate rate;              // engagements ÷ views

    static ContentKindSummary of(const QList<ContentStats> &rows, ContentKind kind);
};

} // namespace rapport
