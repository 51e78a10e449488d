#include "insights/AnalyticsWeekTotals.h"

namespace rapport {

QList<AnalyticsWeekTotals> AnalyticsWeekTotals::of(const QList<AnalyticsDay> &days)
{
    QList<AnalyticsWeekTotals> weeks;
    for (const AnalyticsDay &d : days) {
        const QDate monday = d.date.addDays(1 - d.date.dayOfWeek());
        if (weeks.isEmpty() || weeks.last().weekStart != monday)
            weeks.append(AnalyticsWeekTotals{monday, 0, 0, 0});
        AnalyticsWeekTotals &w = weeks.last();
        ++w.days;
        w.impressions += d.impressions;
        w.engagements += d.engagements;
    }
    return weeks;
}

} // namespace rapport
