#pragma once

// Profile views and search appearances per week, from the weekly numbers.
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "domain/NetworkSnapshot.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class ChartPanel;

class ViewsChart
{
    Q_DECLARE_TR_FUNCTIONS(ViewsChart)

public:
    // The chart's title, also its entry in the Insights list.
    static QString title();
    static void fill(ChartPanel *panel, QList<NetworkSnapshot> weeks);
};

} // namespace rapport
