#include "insights/charts/FunnelChart.h"

#include "common/ChartPanel.h"
#include "insights/InsightsPageExplanations.h"
#include "insights/charts/ChartKit.h"
#include "outreach/InvitationStats.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHash>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// "12.5 %" with its sign on the same line in the side text; "—" for none.
QString keepTogether(std::optional<double> rate)
{
    return rate ? ChartKit::percent(*rate).replace(u' ', u"&nbsp;"_s) : u"—"_s;
}

} // namespace

QString FunnelChart::invitationsTitle()
{
    return tr("Invitations per month");
}

QString FunnelChart::inmailsTitle()
{
    return tr("InMails per month");
}

QString FunnelChart::monthLabel(const FunnelPeriod &month)
{
    const QString name = QLocale().toString(month.start, u"MMM"_s);
    // On two lines, so the label fits its column and is not cut to "J…".
    return month.partial ? tr("%1<br>so far", "a month still running, on the axis").arg(name)
                         : name;
}

QString FunnelChart::monthName(const FunnelPeriod &month)
{
    const QString name = QLocale().toString(month.start, u"MMMM yyyy"_s);
    return month.partial ? tr("%1 (so far)", "a month still running").arg(name) : name;
}

QString FunnelChart::complete(const FunnelPeriod &month)
{
    return month.partial ? tr("no") : tr("yes");
}

void FunnelChart::fillInvitations(ChartPanel *panel, const QList<FunnelPeriod> &months,
                                  double threshold)
{
    if (std::all_of(months.begin(), months.end(),
                    [](const FunnelPeriod &p) { return p.invitationsSent == 0; })) {
        panel->showEmpty(tr("No invitations in the last 12 months"),
                         tr("Log the invitations you send with Contact ▸ Compose Message…, or "
                            "import your LinkedIn export with File ▸ Import LinkedIn Export. "
                            "This chart then shows how many were accepted each month."));
        return;
    }
    const Kind kind{invitationsTitle(),
                    tr("Sent"),
                    tr("Accepted"),
                    tr("Acceptance rate"),
                    &FunnelPeriod::invitationsSent,
                    &FunnelPeriod::invitationsAccepted,
                    &FunnelPeriod::acceptanceRate,
                    &FunnelChart::describeAcceptance,
                    &FunnelChart::describeInvitations};
    QValueAxis *rates = nullptr;
    QChart *chart = build(panel, months, kind, &rates);
    auto *warning = new QLineSeries;
    warning->setName(tr("Warning level (%1)").arg(ChartKit::percent(threshold)));
    warning->setPen(QPen(ChartKit::warning(), 1.5, Qt::DotLine));
    warning->append(-0.5, threshold * 100);
    warning->append(months.size() - 0.5, threshold * 100);
    ChartKit::attach(chart, warning, chart->axes(Qt::Horizontal).value(0), rates);
    panel->setChart(chart);

    const FunnelPeriod total = FunnelPeriod::total(months);
    QString side =
        tr("<p><b>Last 12 months</b></p><p>%1, %2 of %3 decided: <b>%4</b> accepted.</p>")
            .arg(ChartKit::count(total.invitationsSent,
                                 tr("%Ln invitation sent", nullptr, total.invitationsSent),
                                 tr("%Ln invitations sent", nullptr, total.invitationsSent)),
                 ChartKit::number(total.invitationsAccepted),
                 ChartKit::number(total.invitationsDecided), keepTogether(total.acceptanceRate));
    side += u"<p>"_s +
            ChartKit::count(
                total.followersConverted,
                tr("%Ln follower became a connection.", nullptr, total.followersConverted),
                tr("%Ln followers became connections.", nullptr, total.followersConverted)) +
            u"</p>"_s;
    const FunnelPeriod &latest = months.last();
    if (latest.acceptanceRate && *latest.acceptanceRate < threshold)
        side += tr("<p><b>Warning:</b> the acceptance rate of %1 is below %2. Send fewer "
                   "blind invitations and add a note that says why you want to connect.</p>")
                    .arg(monthName(latest), ChartKit::percent(threshold));
    side += notes(months, tr("nothing was decided"));
    side += u"<p>"_s + InvitationStats::decidedRule().toHtmlEscaped() + u" "_s +
            tr("A follower who connected is someone who followed you before the day you "
               "connected.</p>");
    panel->setSideText(side);
    panel->setExplanation(InsightsPageExplanations::invitations(months, threshold));
    QList<QStringList> rows;
    for (const FunnelPeriod &p : months) {
        rows << QStringList{p.start.toString(u"yyyy-MM"_s),
                            QString::number(p.invitationsSent),
                            QString::number(p.invitationsAccepted),
                            QString::number(p.invitationsDecided),
                            ChartKit::plain(p.acceptanceRate),
                            QString::number(p.followersConverted),
                            complete(p)};
    }
    panel->setCsv({tr("Month"), tr("Invitations sent"), tr("Invitations accepted"),
                   tr("Invitations decided"), tr("Acceptance rate (%)"),
                   tr("Followers who connected"), tr("Month complete")},
                  rows, u"invitations-per-month.csv"_s);
}

void FunnelChart::fillInMails(ChartPanel *panel, const QList<FunnelPeriod> &months)
{
    if (std::all_of(months.begin(), months.end(),
                    [](const FunnelPeriod &p) { return p.inmailsSent == 0; })) {
        panel->showEmpty(tr("No InMails in the last 12 months"),
                         tr("Log the InMails you send with Contact ▸ Compose Message…, or "
                            "import your LinkedIn export with File ▸ Import LinkedIn Export. "
                            "This chart then shows how many were answered each month."));
        return;
    }
    const Kind kind{inmailsTitle(),
                    tr("Sent"),
                    tr("Answered"),
                    tr("Response rate"),
                    &FunnelPeriod::inmailsSent,
                    &FunnelPeriod::inmailsAnswered,
                    &FunnelPeriod::responseRate,
                    &FunnelChart::describeResponse,
                    &FunnelChart::describeInMails};
    QValueAxis *rates = nullptr;
    panel->setChart(build(panel, months, kind, &rates));
    const FunnelPeriod total = FunnelPeriod::total(months);
    QString side =
        tr("<p><b>Last 12 months</b></p><p>%1, %2 answered: <b>%3</b> response.</p>")
            .arg(ChartKit::count(total.inmailsSent,
                                 tr("%Ln InMail sent", nullptr, total.inmailsSent),
                                 tr("%Ln InMails sent", nullptr, total.inmailsSent)),
                 ChartKit::number(total.inmailsAnswered), keepTogether(total.responseRate));
    side += notes(months, tr("no InMail was sent"));
    side += tr("<p>Any answer counts, \"not interested\" included.</p>");
    panel->setSideText(side);
    panel->setExplanation(InsightsPageExplanations::inmails(months));
    QList<QStringList> rows;
    for (const FunnelPeriod &p : months) {
        rows << QStringList{p.start.toString(u"yyyy-MM"_s), QString::number(p.inmailsSent),
                            QString::number(p.inmailsAnswered), ChartKit::plain(p.responseRate),
                            complete(p)};
    }
    panel->setCsv({tr("Month"), tr("InMails sent"), tr("InMails answered"), tr("Response rate (%)"),
                   tr("Month complete")},
                  rows, u"inmails-per-month.csv"_s);
}

QChart *FunnelChart::build(ChartPanel *panel, const QList<FunnelPeriod> &months, const Kind &kind,
                           QValueAxis **rates)
{
    const QPalette palette = panel->palette();
    QChart *chart = ChartKit::newChart(kind.title);
    auto *x = new QBarCategoryAxis;
    x->setTitleText(tr("Month (%1 – %2)")
                        .arg(QLocale().toString(months.first().start, u"MMM yyyy"_s),
                             QLocale().toString(months.last().start, u"MMM yyyy"_s)));
    for (const FunnelPeriod &p : months)
        x->append(monthLabel(p));

    auto *bars = new QBarSeries;
    bars->setBarWidth(0.7);
    auto *sent = new QBarSet(kind.sentName);
    auto *outcome = new QBarSet(kind.outcomeName);
    int top = 0;
    for (const FunnelPeriod &p : months) {
        sent->append(p.*kind.sent);
        outcome->append(p.*kind.outcome);
        top = std::max(top, p.*kind.sent);
    }
    for (const auto &[set, color] : {std::pair{sent, ChartKit::muted(palette)},
                                     std::pair{outcome, ChartKit::accent(palette)}}) {
        set->setColor(color);
        set->setBorderColor(color);
        bars->append(set);
    }
    auto *counts = ChartKit::valueAxis(tr("Count"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    ChartKit::attach(chart, bars, x, counts);
    const auto describeCount = kind.describeCount;
    panel->trackHover(bars, [months, outcome, describeCount](QBarSet *set, int i) {
        return describeCount(months.at(i), set == outcome);
    });

    *rates = ChartKit::valueAxis(tr("%1, %", "rate axis").arg(kind.rateName), 100, true);
    (*rates)->setRange(0, 100);
    (*rates)->setLabelFormat(u"%.0f %"_s);
    chart->addAxis(*rates, Qt::AlignRight);
    QList<qreal> xs;
    QList<std::optional<double>> values;
    for (int i = 0; i < months.size(); ++i) {
        xs << i;
        const std::optional<double> rate = months.at(i).*kind.rate;
        values << (rate ? std::optional<double>(*rate * 100) : std::nullopt);
    }
    QPen pen(ChartKit::ink(palette));
    pen.setWidthF(2.5);
    const bool partial = months.last().partial;
    const auto describeRate = kind.describeRate;
    for (const ChartKit::Run &run :
         ChartKit::gappedLine(chart, kind.rateName, pen, xs, values, partial, x, *rates)) {
        panel->trackHover(run.series, [months, describeRate, indexes = run.indexes](int i) {
            return describeRate(months.at(indexes.at(i)));
        });
    }
    return chart;
}

QString FunnelChart::describeAcceptance(const FunnelPeriod &month)
{
    return tr("Acceptance rate, %1: %2 (%3 accepted of %4 decided)")
        .arg(monthName(month), ChartKit::percent(month.acceptanceRate.value_or(0)),
             ChartKit::number(month.invitationsAccepted),
             ChartKit::number(month.invitationsDecided));
}

QString FunnelChart::describeResponse(const FunnelPeriod &month)
{
    return tr("Response rate, %1: %2 (%3 answered of %4 sent)")
        .arg(monthName(month), ChartKit::percent(month.responseRate.value_or(0)),
             ChartKit::number(month.inmailsAnswered), ChartKit::number(month.inmailsSent));
}

QString FunnelChart::describeInvitations(const FunnelPeriod &month, bool accepted)
{
    return accepted ? tr("Invitations accepted, %1: %2")
                          .arg(monthName(month), ChartKit::number(month.invitationsAccepted))
                    : tr("Invitations sent, %1: %2")
                          .arg(monthName(month), ChartKit::number(month.invitationsSent));
}

QString FunnelChart::describeInMails(const FunnelPeriod &month, bool answered)
{
    return answered ? tr("InMails answered, %1: %2")
                          .arg(monthName(month), ChartKit::number(month.inmailsAnswered))
                    : tr("InMails sent, %1: %2")
                          .arg(monthName(month), ChartKit::number(month.inmailsSent));
}

QString FunnelChart::notes(const QList<FunnelPeriod> &months, const QString &noRate)
{
    QString text = tr("<p>A month without a point has no rate: %1.</p>").arg(noRate);
    if (!months.isEmpty() && months.last().partial) {
        text += tr("<p>%1 is not over: its numbers are so far, and its rate (dashed) can "
                   "still change as answers come in.</p>")
                    .arg(QLocale().toString(months.last().start, u"MMMM"_s));
    }
    return text;
}

} // namespace rapport
