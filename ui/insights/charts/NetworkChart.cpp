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
        panel->showEmpty(tr("No weekly numbers yet"),
                         tr("Each week, copy your followers and connections from your LinkedIn "
                            "profile into Edit › Enter This Week's Numbers…. This chart then shows "
                            "how they grow, and how many follow you without being connected."));
        return;
    }
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(title());
    auto *followers =
        ChartKit::line(tr("Followers (as LinkedIn shows them)"), ChartKit::accent(palette));
    auto *connections = ChartKit::line(tr("Connections"), ChartKit::muted(palette));
    auto *trueFollowers =
        ChartKit::line(tr("True followers (followers − connections)"), ChartKit::ink(palette));
    int top = 0;
    QList<QStringList> rows;
    for (const NetworkSnapshot &s : weeks) {
        const FollowerRatio r = FollowerRatio::compute(s.followers, s.connections);
        const qreal x = ChartKit::msOf(s.weekStart());
        followers->append(x, s.followers);
        connections->append(x, s.connections);
        trueFollowers->append(x, r.trueFollowers);
        top = std::max({top, s.followers, s.connections});
        rows << QStringList{ChartKit::iso(s.weekStart()), ChartKit::iso(s.takenOn),
                            QString::number(s.followers), QString::number(s.connections),
                            QString::number(r.trueFollowers)};
    }
    auto *x = ChartKit::dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    auto *y = ChartKit::valueAxis(tr("People"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {followers, connections, trueFollowers}) {
        ChartKit::attach(chart, s, x, y);
        panel->trackHover(s, [weeks, s](int i) {
            return tr("%1, %2: %3")
                .arg(s->name(), ChartKit::weekLabel(weeks.at(i)),
                     ChartKit::number(qint64(s->at(i).y())));
        });
    }
    panel->setChart(chart);
    const NetworkSnapshot &last = weeks.last();
    const int trueNow = FollowerRatio::compute(last.followers, last.connections).trueFollowers;
    panel->setSideText(
        tr("<p><b>Latest, %1</b></p><p>%2<br>%3<br>%4</p>")
            .arg(ChartKit::weekLabel(last),
                 ChartKit::count(last.followers, tr("%Ln follower", nullptr, last.followers),
                                 tr("%Ln followers", nullptr, last.followers)),
                 ChartKit::count(last.connections, tr("%Ln connection", nullptr, last.connections),
                                 tr("%Ln connections", nullptr, last.connections)),
                 ChartKit::count(trueNow, tr("%Ln true follower", nullptr, trueNow),
                                 tr("%Ln true followers", nullptr, trueNow))));
    panel->setExplanation(InsightsPageExplanations::network(last));
    panel->setCsv({tr("Week starting"), tr("Entered on"), tr("Followers"), tr("Connections"),
                   tr("True followers")},
                  rows, u"followers-and-connections.csv"_s);
}

} // namespace rapport
