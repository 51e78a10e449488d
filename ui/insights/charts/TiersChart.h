#pragma once

// The contacts per engagement tier in the tiers' colours, the not engaged
// counted apart beside the bars (so they do not flatten them); `windowDays` is the tiers' recency
// window (Preferences).
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "insights/TierCount.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class ChartPanel;

class TiersChart
{
    Q_DECLARE_TR_FUNCTIONS(TiersChart)

public:
    // The chart's title, also its entry in the Insights list.
    static QString title();
    static void fill(ChartPanel *panel, const QList<TierCount> &counts, int windowDays);
};

} // namespace rapport
