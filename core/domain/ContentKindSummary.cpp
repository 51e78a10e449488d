#include "domain/ContentKindSummary.h"

namespace rapport {

ContentKindSummary ContentKindSummary::of(const QList<ContentStats> &rows, ContentKind kind)
{
    ContentKindSummary s;
    s.kind = kind;
    qint64 viewsOfPiecesWithViews = 0;
    bool someCounts = false;
    for (const ContentStats &row : rows) {
        if (row.piece.kind != kind)
            continue;
        ++s.pieces;
        s.loggedEngagers += row.loggedEngagers;
        if (!row.latest)
            continue;
        ++s.piecesWithNumbers;
        const int views = row.latest->views.value_or(0);
        if (views <= 0)
            continue;
        ++s.piecesWithViews;
        viewsOfPiecesWithViews += views;
        someCounts = someCounts || row.latest->hasAnyCount();
        if (const auto engagements = row.latest->engagements()) {
            ++s.piecesCounted;
            s.views += views;
            s.engagements += *engagements;
        }
    }
    if (s.pieces > 0)
        s.averageLoggedEngagers = double(s.loggedEngagers) / s.pieces;
    if (s.piecesWithViews > 0)
        s.averageViews = double(viewsOfPiecesWithViews) / s.piecesWithViews;
    if (s.piecesCounted > 0) {
        s.averageEngagements = double(s.engagements) / s.piecesCounted;
        s.rate = EngagementRate::ofTotals(s.engagements, s.views);
    } else if (s.piecesWithViews > 0) {
        s.rate = EngagementRate::unknown(someCounts ? EngagementRate::Status::IncompleteCounts
                                                    : EngagementRate::Status::NoCounts);
    } else {
        s.rate =
            EngagementRate::unknown(s.piecesWithNumbers > 0 ? EngagementRate::Status::ZeroViews
                                                            : EngagementRate::Status::NoNumbers);
    }
    return s;
}

} // namespace rapport
