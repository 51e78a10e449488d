#pragma once

// LinkedIn's daily impressions and engagements added up per week (Monday
// to Sunday), for the Insights chart and its CSV. A week the workbooks
// cover only in part says how many days it holds. Its engagement rate is
// Rapport's one definition (EngagementRate): engagements ÷ impressions.

#include "domain/AnalyticsWorkbookData.h"
#include "domain/EngagementRate.h"

#include <QDate>
#include <QList>

namespace rapport {

struct AnalyticsWeekTotals
{
    QDate weekStart; // Monday
    int days = 0;    // days of the week with a reading (7 when whole)
    qint64 impressions = 0;
    qint64 engagements = 0;

    EngagementRate rate() const { return EngagementRate::ofTotals(engagements, impressions); }

    // `days` by date; one entry per week with at least one day, oldest first.
    static QList<AnalyticsWeekTotals> of(const QList<AnalyticsDay> &days);
};

} // namespace rapport
