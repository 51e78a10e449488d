#pragma once

// One post or article on the Insights page with the numbers of its latest
// metrics snapshot: views, and engagements (reactions + comments + shares,
// as LinkedIn counts them).

#include "domain/ContentPiece.h"

#include <QDate>
#include <QString>
#include <optional>

namespace rapport {

struct ContentPoint
{
    qint64 id = 0;
    ContentKind kind = ContentKind::Post;
    QString title;
    QDate publishedOn;
    QDate takenOn; // day of the snapshot the numbers come from
    int views = 0;
    int engagements = 0;

    // engagements ÷ views; nullopt without views.
    std::optional<double> rate() const
    {
        if (views <= 0)
            return std::nullopt;
        return double(engagements) / double(views);
    }
};

} // namespace rapport
