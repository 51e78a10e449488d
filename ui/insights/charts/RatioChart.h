#pragma once

// True followers as a share of connections per week against the typical
// 5–10 % band, with the band table beside the chart.
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "domain/NetworkSnapshot.h"
#include "insights/FollowerRatio.h"

#include <QCoreApplication>
#include <QList>

class QAreaSeries;
class QColor;
class QDateTimeAxis;

namespace rapport {

class ChartPanel;

class RatioChart
{
    Q_DECLARE_TR_FUNCTIONS(RatioChart)

public:
    // The chart's title, also its entry in the Insights list.
    static QString title();
    static void fill(ChartPanel *panel, QList<NetworkSnapshot> weeks);

private:
    // The typical 5–10 % as a shaded band across the date axis.
    static QAreaSeries *typicalBand(QDateTimeAxis *x, const QColor &color);
    // The latest week in words, and where it sits on the typical table.
    static QString sideText(const FollowerRatio &now);
};

} // namespace rapport
