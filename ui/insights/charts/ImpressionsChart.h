#pragma once

// LinkedIn's impressions and engagements per day, from the analytics
// workbooks (File ▸ Import LinkedIn Analytics…), with the latest weeks'
// totals and their engagement rate beside the chart. Fills its panel, or
// shows the panel's empty state saying how to get the numbers.

#include "domain/AnalyticsWorkbookData.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class ChartPanel;

class ImpressionsChart
{
    Q_DECLARE_TR_FUNCTIONS(ImpressionsChart)

public:
    // The chart's title, also its entry in the Insights list.
    static QString title();
    static void fill(ChartPanel *panel, const QList<AnalyticsDay> &days);
    // How many of the latest weeks the side text lists.
    static constexpr int WeeksBeside = 6;
};

} // namespace rapport
