#pragma once

// How engagement tiers and kinds look everywhere in the window: one colour
// per tier (table badge, detail panel, timeline, charts), a word beside
// every colour, and relative dates where recency matters.

#include "domain/EngagementKind.h"
#include "domain/Tier.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QIcon>
#include <QString>

namespace rapport {

class TierStyle
{
    Q_DECLARE_TR_FUNCTIONS(TierStyle)

public:
    // The tier colour of a rank (1 follower .. 6 liker); grey for none.
    static QColor color(int rank);
    // "Commenter", "Liker (lapsed)"; empty for none.
    static QString label(const Tier &tier);
    // Plural for filters: "Followers", "Commenters", ...
    static QString pluralLabel(int rank);
    // What the person did: "Followed you", "Commented", ...
    static QString kindLabel(EngagementKind kind);
    // A dot in the tier colour: filled when active, a ring when lapsed.
    static QIcon icon(const Tier &tier);
    static QIcon kindIcon(EngagementKind kind);
};

} // namespace rapport
