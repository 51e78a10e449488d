#pragma once

// One reading of a piece's numbers as LinkedIn showed them on a date. The
// app keeps the history because LinkedIn drops post statistics after about
// a month. A count the user did not read is unknown (nullopt), never zero.

#include <QDate>
#include <optional>

namespace rapport {

struct ContentMetrics
{
    qint64 id = 0;
    qint64 contentId = 0;
    QDate takenOn;
    std::optional<int> views;
    std::optional<int> reactions;
    std::optional<int> comments;
    std::optional<int> shares;
    // LinkedIn's engagements (reactions + comments + reposts) as one number,
    // when the reading came without a breakdown (the analytics workbook).
    std::optional<qint64> total = std::nullopt;

    // reactions + comments + shares, LinkedIn's engagements: their sum when
    // all three are known, else the total LinkedIn gave, else nullopt.
    std::optional<qint64> engagements() const
    {
        if (reactions && comments && shares)
            return qint64(*reactions) + *comments + *shares;
        return total;
    }
    // Whether any of reactions, comments, shares or the total is known.
    bool hasAnyCount() const { return reactions || comments || shares || total; }

    bool operator==(const ContentMetrics &o) const
    {
        return id == o.id && contentId == o.contentId && takenOn == o.takenOn && views == o.views &&
               reactions == o.reactions && comments == o.comments && shares == o.shares &&
               total == o.total;
    }
    bool operator!=(const ContentMetrics &o) const { return !(*this == o); }
};

} // namespace rapport
