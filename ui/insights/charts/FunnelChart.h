#pragma once

// The outreach funnel per month: invitations sent and accepted, InMails sent
// and answered, followers who became connections, and the acceptance and
// response rates against the warning level (`threshold`, a fraction).
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "insights/FunnelPeriod.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class ChartPanel;

class FunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(FunnelChart)

public:
    static void fill(ChartPanel *panel, const QList<FunnelPeriod> &months, double threshold);
};

} // namespace rapport
