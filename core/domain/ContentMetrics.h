#pragma once

// One snapshot of a piece's numbers as LinkedIn showed them on a date. The
// app keeps the history because LinkedIn drops post statistics after about
// a month.

#include <QDate>

namespace rapport {

struct ContentMetrics
{
    qint64 id = 0;
    qint64 contentId = 0;
    QDate takenOn;
    int views = 0;
    int reactions = 0;
    int comments = 0;
    int shares = 0;

    bool operator==(const ContentMetrics &o) const
    {
        return id == o.id && contentId == o.contentId && takenOn == o.takenOn && views == o.views &&
               reactions == o.reactions && comments == o.comments && shares == o.shares;
    }
    bool operator!=(const ContentMetrics &o) const { return !(*this == o); }
};

} // namespace rapport
