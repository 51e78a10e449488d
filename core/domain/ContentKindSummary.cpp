#include "domain/ContentKindSummary.h"

namespace rapport {

ContentKindSummary ContentKindSummary::of(const QList<ContentStats> &rows, ContentKind kind)
{
    ContentKindSummary s;
    qint64 views = 0;
    qint64 engagersWithViews = 0;
    qint64 engagers = 0;
    for (const ContentStats &row : rows) {
        if (row.piece.kind != kind)
            continue;
        ++s.pieces;
        engagers += row.engagers;
        if (row.latest && row.latest->views > 0) {
            ++s.piecesWithViews;
            views += row.latest->views;
            engagersWithViews += row.engagers;
        }
    }
    if (s.pieces > 0)
        s.averageEngagers = double(engagers) / s.pieces;
    if (s.piecesWithViews > 0) {
        s.averageViews = double(views) / s.piecesWithViews;
        s.rate = double(engagersWithViews) / double(views);
    }
    return s;
}

} // namespace rapport
