#pragma once

// True followers as a share of connections per week against the typical
// 5–10 % band, with the band table beside the chart.
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "domain/NetworkSnapshot.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class ChartPanel;

class RatioChart
{
    Q_DECLARE_TR_FUNCTIONS(RatioChart)

public:
    static void fill(ChartPanel *panel, QList<NetworkSnapshot> weeks);
};

} // namespace rapport
