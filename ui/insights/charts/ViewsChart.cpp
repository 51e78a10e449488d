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
                            "LinkedIn dashboard into Edit ▸ Enter This Week's Numbers. LinkedIn "
                            "forgets them; this chart keeps the series."));
        return;
    }
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(title());
    int top = 0;
    QList<QStringList> rows;
    for (const NetworkSnapshot &s : weeks) {
        top = std::max({top, s.profileViews.value_or(0), s.searchAppearances.value_or(0)});
        rows << QStringList{ChartKit::iso(s.weekStart()),
                            s.profileViews ? QString::number(*s.profileViews) : QString(),
                            s.searchAppearances ? QString::number(*s.searchAppearances)
                                                : QString()};
    }
    auto *x = ChartKit::dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    auto *y = ChartKit::valueAxis(tr("Per week"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // A week without a number has no point, and the line does not cross it.
    const struct
    {
        QString name;
        QColor color;
        std::optional<int> NetworkSnapshot::*field;
    } lines[] = {
        {tr("Profile views (last 7 days)"), ChartKit::accent(palette),
         &NetworkSnapshot::profileViews},
        {tr("Search appearances"), ChartKit::muted(palette), &NetworkSnapshot::searchAppearances},
    };
    for (const auto &line : lines) {
        const auto field = line.field;
        const auto value = [field](const NetworkSnapshot &s) {
            return s.*field ? std::optional<double>(*(s.*field)) : std::nullopt;
        };
        for (const ChartKit::Run &run :
             ChartKit::weeklyLine(chart, line.name, line.color, weeks, value, x, y)) {
            panel->trackHover(run.series, [weeks, name = line.name, field,
                                           indexes = run.indexes](int i) {
                const NetworkSnapshot &s = weeks.at(indexes.at(i));
                return tr("%1, %2: %3")
                    .arg(name, ChartKit::weekLabel(s), ChartKit::number((s.*field).value_or(0)));
            });
        }
    }
    panel->setChart(chart);
    panel->setSideText(QString());
    panel->setExplanation(InsightsPageExplanations::views());
    panel->setCsv({tr("Week starting"), tr("Profile views"), tr("Search appearances")}, rows,
                  u"profile-views-and-search.csv"_s);
}

} // namespace rapport
