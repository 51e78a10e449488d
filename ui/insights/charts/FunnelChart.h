#pragma once

// The outreach funnel per month as two charts: invitations sent and
// accepted with the acceptance rate against the warning level (`threshold`,
// a fraction), and InMails sent and answered with the response rate. The
// rates are core's (FunnelPeriod); a month with nothing to divide by has no
// point, and the month still running is marked "so far".
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "insights/FunnelPeriod.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class QBarCategoryAxis;
class QChart;
class QValueAxis;

namespace rapport {

class ChartPanel;

class FunnelChart
{
    Q_DECLARE_TR_FUNCTIONS(FunnelChart)

public:
    // The charts' titles, also their entries in the Insights list.
    static QString invitationsTitle();
    static QString inmailsTitle();

    static void fillInvitations(ChartPanel *panel, const QList<FunnelPeriod> &months,
                                double threshold);
    static void fillInMails(ChartPanel *panel, const QList<FunnelPeriod> &months);

    // A month's label on the axis: "Jun", or "Jun<br>so far" when partial.
    static QString monthLabel(const FunnelPeriod &month);

private:
    // What one of the two charts counts and divides.
    struct Kind
    {
        QString title;
        QString sentName;    // legend: "Sent"
        QString outcomeName; // legend: "Accepted"
        QString rateName;    // legend: "Acceptance rate"
        int FunnelPeriod::*sent;
        int FunnelPeriod::*outcome;
        std::optional<double> FunnelPeriod::*rate;
        // The hover text of a month's rate.
        QString (*describeRate)(const FunnelPeriod &month);
        // The hover text of a month's count.
        QString (*describeCount)(const FunnelPeriod &month, bool outcome);
    };
    // The chart of one kind: sent and outcome as bars on the left axis, the
    // rate as a gapped line on the right (0–100 %); `rates` is that axis.
    static QChart *build(ChartPanel *panel, const QList<FunnelPeriod> &months, const Kind &kind,
                         QValueAxis **rates);
    static QString describeAcceptance(const FunnelPeriod &month);
    static QString describeResponse(const FunnelPeriod &month);
    static QString describeInvitations(const FunnelPeriod &month, bool accepted);
    static QString describeInMails(const FunnelPeriod &month, bool answered);
    static QString monthName(const FunnelPeriod &month);
    // The note on the month still running and the months with no rate.
    static QString notes(const QList<FunnelPeriod> &months, const QString &noRate);
    // "yes" for a month that is over, "no" for the one still running.
    static QString complete(const FunnelPeriod &month);
};

} // namespace rapport
