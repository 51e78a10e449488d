#include "insights/charts/NetworkChart.h"

#include "common/ChartPanel.h"
#include "insights/FollowerRatio.h"
#include "insights/InsightsPageExplanations.h"
#include "insights/charts/ChartKit.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

QString NetworkChart::title()
{
    return tr("Followers and connections");
}

void NetworkChart::fill(ChartPanel *panel, const QList<NetworkSnapshot> &weeks)
{
    if (weeks.isEmpty()) {
        panel->showEmpty();
        return;
    }
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(title());
    int top = 0;
    QList<QStringList> rows;
    for (const NetworkSnapshot &s : weeks) {
        const FollowerRatio r = FollowerRatio::compute(s.followers, s.connections);
        top = std::max({top, s.followers, s.connections});
        rows << QStringList{ChartKit::iso(s.weekStart()), ChartKit::iso(s.takenOn),
                            QString::number(s.followers), QString::number(s.connections),
                            QString::number(r.trueFollowers)};
    }
    auto *x = ChartKit::dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    auto *y = ChartKit::valueAxis(tr("People"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    using Value = std::function<std::optional<double>(const NetworkSnapshot &)>;
    const struct
    {
        QString name;
        QColor color;
        Value value;
    } lines[] = {
        {tr("Followers (as LinkedIn shows them)"), ChartKit::accent(palette),
         [](const NetworkSnapshot &s) {
             return std::optional<double>(s.followers);
         }},
        {tr("Connections"), ChartKit::muted(palette),
         [](const NetworkSnapshot &s) {
             return std::optional<double>(s.connections);
         }},
        {tr("True followers (followers − connections)"), ChartKit::ink(palette),
         [](const NetworkSnapshot &s) {
             return std::optional<double>(
                 FollowerRatio::compute(s.followers, s.connections).trueFollowers);
         }},
    };
    // A week not entered is a gap in the lines, not a straight line across.
    for (const auto &line : lines) {
        for (const ChartKit::Run &run :
             ChartKit::weeklyLine(chart, line.name, line.color, weeks, line.value, x, y)) {
            panel->trackHover(run.series, [weeks, name = line.name, value = line.value,
                                           indexes = run.indexes](int i) {
                const NetworkSnapshot &s = weeks.at(indexes.at(i));
                return tr("%1, %2: %3")
                    .arg(name, ChartKit::weekLabel(s),
                         ChartKit::number(qint64(value(s).value_or(0))));
            });
        }
    }
    panel->setChart(chart);
    const NetworkSnapshot &last = weeks.last();
    const int trueNow = FollowerRatio::compute(last.followers, last.connections).trueFollowers;
    QString side =
        tr("<p><b>Latest, %1</b></p><p>%2<br>%3<br>%4</p>")
            .arg(ChartKit::weekLabel(last),
                 ChartKit::count(last.followers, tr("%Ln follower", nullptr, last.followers),
                                 tr("%Ln followers", nullptr, last.followers)),
                 ChartKit::count(last.connections, tr("%Ln connection", nullptr, last.connections),
                                 tr("%Ln connections", nullptr, last.connections)),
                 ChartKit::count(trueNow, tr("%Ln true follower", nullptr, trueNow),
                                 tr("%Ln true followers", nullptr, trueNow)));
    if (!last.isTyped())
        side += tr("<p>Followers from LinkedIn analytics, %1; connections counted from your "
                   "contacts. Numbers you type for a week win.</p>")
                    .arg(ChartKit::shortDate(last.followersFromLinkedIn));
    panel->setSideText(side);
    panel->setExplanation(InsightsPageExplanations::network(last));
    panel->setCsv({tr("Week starting"), tr("Entered on"), tr("Followers"), tr("Connections"),
                   tr("True followers")},
                  rows, u"followers-and-connections.csv"_s);
}

} // namespace rapport
