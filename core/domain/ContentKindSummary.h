#pragma once

#include "domain/ContentStats.h"

namespace rapport {

// Posts versus articles (DOMAIN.md: views of the two are not comparable;
// engagement is what matters).
struct ContentKindSummary
{
    int pieces = 0;
    int piecesWithViews = 0;
    double averageViews = 0;    // over pieces with views
    double averageEngagers = 0; // over all pieces
    std::optional<double> rate; // sum of engagers ÷ sum of views, pieces with views

    static ContentKindSummary of(const QList<ContentStats> &rows, ContentKind kind);
};

} // namespace rapport
