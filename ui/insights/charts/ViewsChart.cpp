#include "insights/charts/ViewsChart.h"

#include "common/ChartPanel.h"
#include "insights/InsightsPageExplanations.h"
#include "insights/charts/ChartKit.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

QString ViewsChart::title()
{
    return tr("Profile views and search");
}

void ViewsChart::fill(ChartPanel *panel, QList<NetworkSnapshot> weeks)
{
    weeks.erase(std::remove_if(weeks.begin(), weeks.end(),
                               [](const NetworkSnapshot &s) {
                                   return !s.profileViews && !s.searchAppearances;
                               }),
                weeks.end());
    if (weeks.isEmpty()) {
        panel->showEmpty(tr("No profile views or search appearances yet"),
                         tr("Each week, copy the profile views and search appearances from your "
                            "LinkedIn dashboard into Edit › Enter This Week's Numbers…. LinkedIn "
                            "forgets them; this chart keeps the series."));
        return;
    }
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(title());
    auto *views = ChartKit::line(tr("Profile views (last 7 days)"), ChartKit::accent(palette));
    auto *search = ChartKit::line(tr("Search appearances"), ChartKit::muted(palette));
    QList<NetworkSnapshot> viewWeeks, searchWeeks;
    int top = 0;
    QList<QStringList> rows;
    for (const NetworkSnapshot &s : weeks) {
        const qreal x = ChartKit::msOf(s.weekStart());
        if (s.profileViews) {
            views->append(x, *s.profileViews);
            viewWeeks << s;
            top = std::max(top, *s.profileViews);
        }
        if (s.searchAppearances) {
            search->append(x, *s.searchAppearances);
            searchWeeks << s;
            top = std::max(top, *s.searchAppearances);
        }
        rows << QStringList{ChartKit::iso(s.weekStart()),
                            s.profileViews ? QString::number(*s.profileViews) : QString(),
                            s.searchAppearances ? QString::number(*s.searchAppearances)
                                                : QString()};
    }
    auto *x = ChartKit::dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    auto *y = ChartKit::valueAxis(tr("Per week"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto &[series, list] :
         {std::pair{views, viewWeeks}, std::pair{search, searchWeeks}}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        ChartKit::attach(chart, series, x, y);
        panel->trackHover(series, [series = series, list = list](int i) {
            return tr("%1, %2: %3")
                .arg(series->name(), ChartKit::weekLabel(list.at(i)),
                     ChartKit::number(qint64(series->at(i).y())));
        });
    }
    panel->setChart(chart);
    panel->setSideText(QString());
    panel->setExplanation(InsightsPageExplanations::views());
    panel->setCsv({tr("Week starting"), tr("Profile views"), tr("Search appearances")}, rows,
                  u"profile-views-and-search.csv"_s);
}

} // namespace rapport
