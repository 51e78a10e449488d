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

void FunnelChart::fill(ChartPanel *panel, const QList<FunnelPeriod> &months, double threshold)
{
    if (std::all_of(months.begin(), months.end(),
                    [](const FunnelPeriod &p) { return p.isEmpty(); })) {
        panel->showEmpty(tr("No outreach in the last 12 months"),
                         tr("Log the invitations and InMails you send with Contact › Compose "
                            "Message…, or import your LinkedIn export with File › Import LinkedIn "
                            "Export…. This chart then shows how many were accepted and answered, "
                            "and how many followers became connections."));
        return;
    }
    QChart *chart = ChartKit::newChart(tr("Outreach per month"));
    // Eight series: a column of legend entries reads better than a
    // truncated row.
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *x = new QBarCategoryAxis;
    x->setTitleText(tr("Month (%1 – %2)")
                        .arg(QLocale().toString(months.first().start, u"MMM yyyy"_s),
                             QLocale().toString(months.last().start, u"MMM yyyy"_s)));
    // Month names alone fit twelve columns beside the legend; the axis
    // title gives the years.
    for (const FunnelPeriod &p : months)
        x->append(QLocale().toString(p.start, u"MMM"_s));
    auto *rates = ChartKit::valueAxis(tr("Rate, %"), 100, true);
    rates->setRange(0, 100);
    addCounts(chart, panel, months, x);
    chart->addAxis(rates, Qt::AlignRight);
    addRates(chart, panel, months, threshold, x, rates);
    panel->setChart(chart);
    panel->setSideText(sideText(months, threshold));
    panel->setExplanation(InsightsPageExplanations::funnel(months, threshold));
    QList<QStringList> rows;
    for (const FunnelPeriod &p : months) {
        rows << QStringList{
            p.start.toString(u"yyyy-MM"_s),         QString::number(p.invitationsSent),
            QString::number(p.invitationsAccepted), QString::number(p.invitationsDecided),
            ChartKit::plain(p.acceptanceRate),      QString::number(p.inmailsSent),
            QString::number(p.inmailsAnswered),     ChartKit::plain(p.responseRate),
            QString::number(p.followersConverted)};
    }
    panel->setCsv({tr("Month"), tr("Invitations sent"), tr("Invitations accepted"),
                   tr("Invitations decided"), tr("Acceptance rate (%)"), tr("InMails sent"),
                   tr("InMails answered"), tr("Response rate (%)"), tr("Followers who connected")},
                  rows, u"outreach-funnel.csv"_s);
}

void FunnelChart::addCounts(QChart *chart, ChartPanel *panel, const QList<FunnelPeriod> &months,
                            QBarCategoryAxis *x)
{
    auto *bars = new QBarSeries;
    const struct
    {
        QString name;
        QString full; // for the hover text
        QColor color;
        int FunnelPeriod::*field;
    } sets[] = {
        {tr("Invitations"), tr("Invitations sent"), ChartKit::blue(),
         &FunnelPeriod::invitationsSent},
        {tr("Accepted"), tr("Invitations accepted"), ChartKit::blue().lighter(150),
         &FunnelPeriod::invitationsAccepted},
        {tr("InMails"), tr("InMails sent"), ChartKit::purple(), &FunnelPeriod::inmailsSent},
        {tr("Answered"), tr("InMails answered"), ChartKit::purple().lighter(140),
         &FunnelPeriod::inmailsAnswered},
        {tr("Followers connected"), tr("Followers who became connections"), ChartKit::green(),
         &FunnelPeriod::followersConverted},
    };
    QHash<const QBarSet *, QString> fullNames;
    int top = 0;
    for (const auto &s : sets) {
        auto *set = new QBarSet(s.name);
        fullNames.insert(set, s.full);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        for (const FunnelPeriod &p : months) {
            set->append(p.*s.field);
            top = std::max(top, p.*s.field);
        }
        bars->append(set);
    }
    auto *y = ChartKit::valueAxis(tr("Count"), top * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    ChartKit::attach(chart, bars, x, y);
    panel->trackHover(bars, [months, fullNames](QBarSet *set, int i) {
        return tr("%1, %2: %3")
            .arg(fullNames.value(set), QLocale().toString(months.at(i).start, u"MMMM yyyy"_s),
                 ChartKit::number(qint64(set->at(i))));
    });
}

void FunnelChart::addRates(QChart *chart, ChartPanel *panel, const QList<FunnelPeriod> &months,
                           double threshold, QAbstractAxis *x, QAbstractAxis *rates)
{
    auto *acceptance = ChartKit::line(tr("Acceptance rate"), ChartKit::orange());
    auto *response = ChartKit::line(tr("Response rate"), ChartKit::teal());
    QList<int> acceptanceMonths, responseMonths;
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i).acceptanceRate) {
            acceptance->append(i, *months.at(i).acceptanceRate * 100);
            acceptanceMonths << i;
        }
        if (months.at(i).responseRate) {
            response->append(i, *months.at(i).responseRate * 100);
            responseMonths << i;
        }
    }
    auto *warning = new QLineSeries;
    warning->setName(tr("Warning level (%1)").arg(ChartKit::percent(threshold)));
    warning->setPen(QPen(ChartKit::red(), 1.5, Qt::DashLine));
    warning->append(0, threshold * 100);
    warning->append(months.size() - 1, threshold * 100);
    ChartKit::attach(chart, warning, x, rates);
    for (const auto &[series, indexes] :
         {std::pair{acceptance, acceptanceMonths}, std::pair{response, responseMonths}}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        ChartKit::attach(chart, series, x, rates);
        panel->trackHover(series, [months, series = series, indexes = indexes](int i) {
            const FunnelPeriod &p = months.at(indexes.at(i));
            const bool invitations = series->name() == tr("Acceptance rate");
            return invitations ? tr("Acceptance rate, %1: %2 (%3 accepted of %4 decided)")
                                     .arg(QLocale().toString(p.start, u"MMMM yyyy"_s),
                                          ChartKit::percent(p.acceptanceRate.value_or(0)),
                                          ChartKit::number(p.invitationsAccepted),
                                          ChartKit::number(p.invitationsDecided))
                               : tr("InMail response rate, %1: %2 (%3 answered of %4 sent)")
                                     .arg(QLocale().toString(p.start, u"MMMM yyyy"_s),
                                          ChartKit::percent(p.responseRate.value_or(0)),
                                          ChartKit::number(p.inmailsAnswered),
                                          ChartKit::number(p.inmailsSent));
        });
    }
}

QString FunnelChart::sideText(const QList<FunnelPeriod> &months, double threshold)
{
    int sent = 0, accepted = 0, decided = 0, inmails = 0, answered = 0, converted = 0;
    for (const FunnelPeriod &p : months) {
        sent += p.invitationsSent;
        accepted += p.invitationsAccepted;
        decided += p.invitationsDecided;
        inmails += p.inmailsSent;
        answered += p.inmailsAnswered;
        converted += p.followersConverted;
    }
    QString side =
        tr("<p><b>Last 12 months</b></p><p>%1 invitations, %2 accepted of %3 "
           "decided%4<br>%5 InMails, %6 answered%7<br>%8 followers became "
           "connections</p>")
            .arg(
                ChartKit::number(sent), ChartKit::number(accepted), ChartKit::number(decided),
                decided ? u" (%1)"_s.arg(ChartKit::percent(double(accepted) / decided)) : QString(),
                ChartKit::number(inmails), ChartKit::number(answered),
                inmails ? u" (%1)"_s.arg(ChartKit::percent(double(answered) / inmails)) : QString(),
                ChartKit::number(converted));
    const FunnelPeriod &latest = months.last();
    if (latest.acceptanceRate && *latest.acceptanceRate < threshold)
        side += tr("<p><b>Warning:</b> this month's acceptance rate is below %1. Send fewer "
                   "blind invitations and add a note that says why you want to connect.</p>")
                    .arg(ChartKit::percent(threshold));
    side += u"<p>"_s + InvitationStats::decidedRule().toHtmlEscaped() + u" "_s +
            tr("A follower who connected is someone who followed you before the day you "
               "connected.</p>");
    return side;
}

} // namespace rapport
