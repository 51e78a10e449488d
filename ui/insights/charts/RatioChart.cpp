#include "insights/charts/RatioChart.h"

#include "common/ChartPanel.h"
#include "insights/FollowerRatio.h"
#include "insights/InsightsPageExplanations.h"
#include "insights/charts/ChartKit.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

QString RatioChart::title()
{
    return tr("True-follower ratio");
}

void RatioChart::fill(ChartPanel *panel, QList<NetworkSnapshot> weeks)
{
    weeks.erase(std::remove_if(weeks.begin(), weeks.end(),
                               [](const NetworkSnapshot &s) { return s.connections <= 0; }),
                weeks.end());
    if (weeks.isEmpty()) {
        panel->showEmpty(tr("No weekly numbers yet"),
                         tr("Enter your followers and connections from your LinkedIn profile in "
                            "Edit ▸ Enter This Week's Numbers. This chart then compares the "
                            "people who follow you without being connected with the typical "
                            "5–10 % of connections."));
        return;
    }
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(title());
    auto *x = ChartKit::dateAxis(weeks.first().weekStart(), weeks.last().weekStart(), tr("Week"));
    double top = FollowerRatio::BandHigh * 100;
    QList<QStringList> rows;
    QList<FollowerRatio> ratios;
    for (const NetworkSnapshot &s : weeks) {
        const FollowerRatio r = FollowerRatio::compute(s.followers, s.connections);
        ratios << r;
        top = std::max(top, r.ratio.value_or(0) * 100);
        rows << QStringList{
            ChartKit::iso(s.weekStart()),        QString::number(r.connections),
            QString::number(r.trueFollowers),    ChartKit::plain(r.ratio),
            QString::number(r.bandLowFollowers), QString::number(r.bandHighFollowers)};
    }
    auto *y = ChartKit::valueAxis(tr("True followers, % of connections"), top * 1.15, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    ChartKit::attach(chart, typicalBand(x, ChartKit::muted(palette)), x, y);
    // A week without connections, or not entered, is a gap: no ratio.
    const auto value = [](const NetworkSnapshot &s) {
        const std::optional<double> r = FollowerRatio::compute(s.followers, s.connections).ratio;
        return r ? std::optional<double>(*r * 100) : std::nullopt;
    };
    for (const ChartKit::Run &run :
         ChartKit::weeklyLine(chart, tr("Your true-follower ratio"), ChartKit::accent(palette),
                              weeks, value, x, y)) {
        panel->trackHover(run.series, [weeks, ratios, indexes = run.indexes](int point) {
            const int i = indexes.at(point);
            const FollowerRatio &r = ratios.at(i);
            return tr("%1: %2 for %3, %4")
                .arg(ChartKit::weekLabel(weeks.at(i)),
                     ChartKit::count(r.trueFollowers,
                                     tr("%Ln true follower", nullptr, r.trueFollowers),
                                     tr("%Ln true followers", nullptr, r.trueFollowers)),
                     ChartKit::count(r.connections, tr("%Ln connection", nullptr, r.connections),
                                     tr("%Ln connections", nullptr, r.connections)),
                     ChartKit::percent(r.ratio.value_or(0)));
        });
    }
    panel->setChart(chart);

    const FollowerRatio &now = ratios.last();
    panel->setSideText(sideText(now));
    panel->setExplanation(InsightsPageExplanations::ratio(weeks.last(), now));
    panel->setCsv({tr("Week starting"), tr("Connections"), tr("True followers"), tr("Ratio (%)"),
                   tr("Typical low"), tr("Typical high")},
                  rows, u"true-follower-ratio.csv"_s);
}

QAreaSeries *RatioChart::typicalBand(QDateTimeAxis *x, const QColor &color)
{
    const QDate from = x->min().date();
    const QDate to = x->max().date();
    auto *low = new QLineSeries;
    auto *high = new QLineSeries;
    low->append(ChartKit::msOf(from), FollowerRatio::BandLow * 100);
    low->append(ChartKit::msOf(to), FollowerRatio::BandLow * 100);
    high->append(ChartKit::msOf(from), FollowerRatio::BandHigh * 100);
    high->append(ChartKit::msOf(to), FollowerRatio::BandHigh * 100);
    auto *band = new QAreaSeries(high, low);
    band->setName(tr("Typical (5–10 %)"));
    QColor fill = color;
    fill.setAlpha(70);
    band->setBrush(fill);
    band->setPen(QPen(color, 1));
    return band;
}

QString RatioChart::sideText(const FollowerRatio &now)
{
    // The latest week in words, and where it sits on the seed's table.
    QString standing;
    switch (now.standing) {
    case FollowerRatio::Standing::Above:
        standing = tr("above");
        break;
    case FollowerRatio::Standing::Below:
        standing = tr("below");
        break;
    default:
        standing = tr("within");
        break;
    }
    QString text =
        tr("<p><b>%1 for %2: %3, %4 the typical 5–10 % (%5–%6).</b></p>")
            .arg(ChartKit::count(now.trueFollowers,
                                 tr("%Ln true follower", nullptr, now.trueFollowers),
                                 tr("%Ln true followers", nullptr, now.trueFollowers)),
                 ChartKit::count(now.connections, tr("%Ln connection", nullptr, now.connections),
                                 tr("%Ln connections", nullptr, now.connections)),
                 ChartKit::percent(now.ratio.value_or(0)), standing,
                 ChartKit::number(now.bandLowFollowers), ChartKit::number(now.bandHighFollowers));
    text += tr("<p>Typical true followers by connections:</p>");
    text += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    text += tr("<tr><th align=\"right\">Connections</th><th align=\"right\">Typical</th></tr>");
    bool placed = false;
    const auto youRow = [&] {
        return tr("<tr><td align=\"right\"><b>%1 (you)</b></td><td align=\"right\"><b>%2</b>"
                  "</td></tr>")
            .arg(ChartKit::number(now.connections), ChartKit::number(now.trueFollowers));
    };
    for (const FollowerRatio::BandRow &row : FollowerRatio::bandTable()) {
        if (!placed && now.connections < row.connections) {
            text += youRow();
            placed = true;
        }
        text += u"<tr><td align=\"right\">%1</td><td align=\"right\">%2–%3</td></tr>"_s.arg(
            ChartKit::number(row.connections), ChartKit::number(row.low),
            ChartKit::number(row.high));
    }
    if (!placed)
        text += youRow();
    text += u"</table>"_s;
    return text;
}

} // namespace rapport
