#include "insights/charts/TiersChart.h"

#include "common/ChartPanel.h"
#include "common/TierStyle.h"
#include "domain/Tier.h"
#include "insights/InsightsPageExplanations.h"
#include "insights/charts/ChartKit.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

QString TiersChart::title()
{
    return tr("Contacts per tier");
}

void TiersChart::fill(ChartPanel *panel, const QList<TierCount> &counts, int windowDays)
{
    qint64 total = 0;
    for (const TierCount &c : counts)
        total += c.count;
    if (total == 0) {
        panel->showEmpty(tr("No contacts yet"),
                         tr("Import your LinkedIn export with File ▸ Import LinkedIn Export…, or "
                            "add a contact, then log who follows, comments, shares, views and "
                            "likes with Contact ▸ Quick Capture. This chart then counts your "
                            "contacts per engagement tier."));
        return;
    }
    // "Not engaged" is usually most of a network: as a bar it would flatten
    // every tier's bar, so it is counted apart, beside the chart.
    int notEngaged = 0;
    QList<TierCount> shown; // bottom row first: the best tier ends on top
    for (auto it = counts.crbegin(); it != counts.crend(); ++it) {
        if (Tier::fromKey(it->key).isNone())
            notEngaged += it->count;
        else
            shown << *it;
    }
    QChart *chart = ChartKit::newChart(title());
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList categories;
    int top = 0;
    for (int row = 0; row < shown.size(); ++row) {
        const TierCount &c = shown.at(row);
        const Tier tier = Tier::fromKey(c.key);
        const QString name = tier.lapsed ? tr("%1 (lapsed)").arg(TierStyle::pluralLabel(tier.rank))
                                         : TierStyle::pluralLabel(tier.rank);
        categories << tr("%1: %2").arg(name, ChartKit::number(c.count));
        // One set per tier so each bar has its tier's colour; the other
        // rows of the set are zero.
        auto *set = new QBarSet(name);
        QColor color = TierStyle::color(tier.rank);
        if (tier.lapsed)
            color.setAlpha(110);
        set->setColor(color);
        set->setBorderColor(color);
        for (int i = 0; i < shown.size(); ++i)
            set->append(i == row ? c.count : 0);
        series->append(set);
        top = std::max(top, c.count);
    }
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTitleText(tr("Tier"));
    auto *x = ChartKit::valueAxis(
        tr("Contacts with a tier (%1 not engaged, not drawn)").arg(ChartKit::number(notEngaged)),
        top * 1.05);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    ChartKit::attach(chart, series, x, y);
    chart->legend()->hide(); // the axis names every bar
    panel->trackHover(series, [shown](QBarSet *set, int i) {
        const int n = shown.at(i).count;
        return tr("%1: %2").arg(set->label(), ChartKit::count(n, tr("%Ln contact", nullptr, n),
                                                              tr("%Ln contacts", nullptr, n)));
    });
    panel->setChart(chart);
    const int window = windowDays;
    const qint64 engaged = total - notEngaged;
    panel->setSideText(
        tr("<p><b>%1</b></p><p>%2 with a tier, in the bars.</p><p><b>%3 not engaged</b>: "
           "nothing logged yet; counted apart so the tiers keep their scale.</p><p>A tier is "
           "the best engagement a person showed in the last %4 days; lapsed when it is "
           "older.</p>")
            .arg(ChartKit::count(total, tr("%Ln contact", nullptr, int(total)),
                                 tr("%Ln contacts", nullptr, int(total))),
                 ChartKit::number(engaged), ChartKit::number(notEngaged),
                 ChartKit::number(window)));
    panel->setExplanation(InsightsPageExplanations::tiers(counts, window));
    QList<QStringList> rows;
    for (const TierCount &c : counts) {
        const Tier tier = Tier::fromKey(c.key);
        rows << QStringList{QString::number(c.key),
                            tier.isNone() ? tr("none") : TierStyle::label(tier),
                            QString::number(c.count)};
    }
    panel->setCsv({tr("Tier key"), tr("Tier"), tr("Contacts")}, rows, u"contacts-per-tier.csv"_s);
}

} // namespace rapport
