#include "domain/RelativeDate.h"

namespace rapport {

int RelativeDate::monthsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    // A month is complete on the same day of the month (or the month's last
    // day, when it is shorter: 31 Jan to 28 Feb is a month).
    const QDate anniversary = from.addMonths(months);
    if (anniversary > to)
        --months;
    return months;
}

QString RelativeDate::text(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return {};
    const qint64 days = date.daysTo(today);
    if (days < 0)
        return tr("in the future");
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days < 14)
        return tr("%1 days ago").arg(days);
    const int months = monthsBetween(date, today);
    if (months < 2)
        return tr("%1 weeks ago").arg(days / 7);
    if (months < 12)
        return tr("%1 months ago").arg(months);
    const int years = months / 12;
    if (years == 1)
        return tr("a year ago");
    return tr("%1 years ago").arg(years);
}

QString RelativeDate::inDays(const QDate &date, const QDate &today)
{
    if (date.isValid() && monthsBetween(date, today) < 12 && date.daysTo(today) >= 14)
        return tr("%1 days ago").arg(date.daysTo(today));
    return text(date, today);
}

} // namespace rapport
