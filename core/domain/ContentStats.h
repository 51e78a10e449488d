#pragma once

// A piece with its latest numbers and what the user logged against it: the
// rows of the Content page and `content list`.

#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"

#include <QList>
#include <optional>

namespace rapport {

struct ContentStats
{
    ContentPiece piece;
    std::optional<ContentMetrics> latest; // newest snapshot, if any
    int engagers = 0;                     // distinct people logged as engaging with the piece
    int likes = 0;                        // logged like events on the piece
    int engagements = 0;                  // logged likes, comments and shares on the piece

    // engagers ÷ latest views; nullopt without views.
    std::optional<double> engagementRate() const;
    // Share of likes among likes, comments and shares — from the latest
    // snapshot when it has any, else from what was logged. Lower is better.
    std::optional<double> likeShare() const;
};

} // namespace rapport
