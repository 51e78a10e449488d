#pragma once

// The outreach funnel per month: invitations sent and accepted, InMails sent
// and answered, followers who became connections, and the acceptance and
// response rates against the warning level (`threshold`, a fraction).
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "insights/FunnelPeriod.h"

#include <QCoreApplication>
#include <QList>

class QAbstractAxis;
class QBarCategoryAxis;
class QChart;

namespace rapport {

class ChartPanel;

class FunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(FunnelChart)

public:
    static void fill(ChartPanel *panel, const QList<FunnelPeriod> &months, double threshold);

private:
    // The five counts per month as bars against a count axis on the left.
    static void addCounts(QChart *chart, ChartPanel *panel, const QList<FunnelPeriod> &months,
                          QBarCategoryAxis *x);
    // The acceptance and response rates and the warning level as lines
    // against the rate axis.
    static void addRates(QChart *chart, ChartPanel *panel, const QList<FunnelPeriod> &months,
                         double threshold, QAbstractAxis *x, QAbstractAxis *rates);
    // The twelve months' totals, the warning, and the rules in words.
    static QString sideText(const QList<FunnelPeriod> &months, double threshold);
};

} // namespace rapport
