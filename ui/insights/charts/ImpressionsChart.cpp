#include "insights/charts/ImpressionsChart.h"

#include "common/ChartPanel.h"
#include "insights/AnalyticsWeekTotals.h"
#include "insights/charts/ChartKit.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

QString ImpressionsChart::title()
{
    return tr("Impressions and engagements");
}

void ImpressionsChart::fill(ChartPanel *panel, const QList<AnalyticsDay> &days)
{
    if (days.isEmpty()) {
        panel->showEmpty();
        return;
    }
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(title());
    qint64 topImpressions = 0;
    qint64 topEngagements = 0;
    QList<QStringList> rows;
    for (const AnalyticsDay &d : days) {
        topImpressions = std::max(topImpressions, d.impressions);
        topEngagements = std::max(topEngagements, d.engagements);
        rows << QStringList{ChartKit::iso(d.date), QString::number(d.impressions),
                            QString::number(d.engagements)};
    }
    auto *x = ChartKit::dateAxis(days.first().date, days.last().date, tr("Day"));
    // Engagements are a small part of impressions: each on its own scale.
    auto *left = ChartKit::valueAxis(tr("Impressions per day"), double(topImpressions) * 1.1);
    auto *right = ChartKit::valueAxis(tr("Engagements per day"), double(topEngagements) * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    QLineSeries *impressions = ChartKit::line(tr("Impressions"), ChartKit::accent(palette), 1.5);
    QLineSeries *engagements = ChartKit::line(tr("Engagements"), ChartKit::ink(palette), 1.5);
    // Four hundred days: the lines alone, no dot per day.
    impressions->setPointsVisible(false);
    engagements->setPointsVisible(false);
    for (const AnalyticsDay &d : days) {
        impressions->append(ChartKit::msOf(d.date), double(d.impressions));
        engagements->append(ChartKit::msOf(d.date), double(d.engagements));
    }
    ChartKit::attach(chart, impressions, x, left);
    ChartKit::attach(chart, engagements, x, right);
    const auto describe = [days](int i) {
        const AnalyticsDay &d = days.at(i);
        return tr("%1: %2 impressions, %3 engagements")
            .arg(ChartKit::shortDate(d.date), ChartKit::number(d.impressions),
                 ChartKit::number(d.engagements));
    };
    panel->trackHover(impressions, describe);
    panel->trackHover(engagements, describe);
    panel->setChart(chart);

    // The latest weeks' totals, newest first.
    const QList<AnalyticsWeekTotals> weeks = AnalyticsWeekTotals::of(days);
    const QLocale locale;
    QString side = tr("<p><b>Per week</b></p>");
    const qsizetype first = std::max<qsizetype>(0, weeks.size() - WeeksBeside);
    for (qsizetype i = weeks.size() - 1; i >= first; --i) {
        const AnalyticsWeekTotals &w = weeks.at(i);
        QString week = tr("Week of %1").arg(ChartKit::shortDate(w.weekStart));
        if (w.days < 7)
            week = tr("%1 (%Ln days)", nullptr, w.days).arg(week);
        side += tr("<p><b>%1</b><br>%2 impressions<br>%3 engagements<br>Engagement rate %4</p>")
                    .arg(week.toHtmlEscaped(), ChartKit::number(w.impressions),
                         ChartKit::number(w.engagements), w.rate().text(locale).toHtmlEscaped());
    }
    panel->setSideText(side);
    const AnalyticsWeekTotals &last = weeks.last();
    panel->setExplanation(
        tr("From LinkedIn's analytics workbooks: impressions and engagements per day as the "
           "latest export that covers the day says. Engagements are LinkedIn's: reactions + "
           "comments + reposts. A week's totals add up its days; its engagement rate is "
           "engagements ÷ impressions, Rapport's one engagement rate. Week of %1: %2")
            .arg(ChartKit::shortDate(last.weekStart),
                 EngagementRate::ofTotals(last.engagements, last.impressions).explanation(locale)));
    panel->setCsv({tr("Day"), tr("Impressions"), tr("Engagements")}, rows,
                  u"impressions-and-engagements.csv"_s);
}

} // namespace rapport
