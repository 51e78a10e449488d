#include "domain/EngagementRate.h"

using namespace Qt::StringLiterals;

namespace rapport {

EngagementRate EngagementRate::unknown(Status why)
{
    EngagementRate r;
    r.m_status = why;
    return r;
}

EngagementRate EngagementRate::ofReading(const std::optional<ContentMetrics> &reading)
{
    if (!reading)
        return unknown(Status::NoNumbers);
    if (!reading->views)
        return unknown(Status::NoViews);
    if (*reading->views == 0)
        return unknown(Status::ZeroViews);
    const std::optional<qint64> engagements = reading->engagements();
    if (!engagements)
        return unknown(reading->hasAnyCount() ? Status::IncompleteCounts : Status::NoCounts);
    return ofTotals(*engagements, *reading->views);
}

EngagementRate EngagementRate::ofTotals(qint64 engagements, qint64 views)
{
    EngagementRate r;
    r.m_engagements = engagements;
    r.m_views = views;
    if (views <= 0) {
        r.m_status = Status::ZeroViews;
        return r;
    }
    r.m_status = Status::Known;
    r.m_value = double(engagements) / double(views);
    return r;
}

QString EngagementRate::percent(double fraction, const QLocale &locale)
{
    return tr("%1 %").arg(locale.toString(fraction * 100.0, 'f', 1));
}

QString EngagementRate::text(const QLocale &locale) const
{
    switch (m_status) {
    case Status::Known:
        return percent(*m_value, locale);
    case Status::NoCounts:
        return tr("no counts");
    case Status::IncompleteCounts:
        return tr("counts incomplete");
    case Status::NoNumbers:
    case Status::NoViews:
    case Status::ZeroViews:
        break;
    }
    return u"—"_s;
}

QString EngagementRate::explanation(const QLocale &locale) const
{
    const QString formula = tr("(reactions + comments + shares) ÷ views");
    switch (m_status) {
    case Status::Known:
        return tr("%1 = %2 ÷ %3 = %4")
            .arg(formula, locale.toString(m_engagements), locale.toString(m_views),
                 percent(*m_value, locale));
    case Status::NoNumbers:
        return tr("%1; no numbers recorded yet.").arg(formula);
    case Status::NoViews:
        return tr("%1; the views are not known.").arg(formula);
    case Status::ZeroViews:
        return tr("%1; no views, so nothing to divide by.").arg(formula);
    case Status::NoCounts:
        return tr("%1; reactions, comments and shares are not known, so no rate is guessed.")
            .arg(formula);
    case Status::IncompleteCounts:
        return tr("%1; some of reactions, comments and shares are not known, so no rate is "
                  "guessed.")
            .arg(formula);
    }
    return formula;
}

QString EngagementRate::statusName() const
{
    switch (m_status) {
    case Status::Known:
        return u"ok"_s;
    case Status::NoNumbers:
        return u"no_numbers"_s;
    case Status::NoViews:
        return u"no_views"_s;
    case Status::ZeroViews:
        return u"zero_views"_s;
    case Status::NoCounts:
        return u"no_counts"_s;
    case Status::IncompleteCounts:
        break;
    }
    return u"counts_incomplete"_s;
}

} // namespace rapport
