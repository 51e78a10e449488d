#pragma once

// What "How is this computed?" says beside each Insights chart's figures:
// the formula in words and the sum with today's inputs, so every number on
// the page can be checked by hand. (Posts versus articles explains its own.)

#include "domain/NetworkSnapshot.h"
#include "insights/FollowerRatio.h"
#include "insights/FunnelPeriod.h"
#include "insights/TierCount.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rapport {

class InsightsPageExplanations
{
    Q_DECLARE_TR_FUNCTIONS(InsightsPageExplanations)

public:
    // True followers of the latest week.
    static QString network(const NetworkSnapshot &latest);
    // The latest week's ratio and typical band.
    static QString ratio(const NetworkSnapshot &latest, const FollowerRatio &ratio);
    static QString views();
    // The acceptance rate over all the months, and the warning level.
    static QString invitations(const QList<FunnelPeriod> &months, double threshold);
    // The InMail response rate over all the months.
    static QString inmails(const QList<FunnelPeriod> &months);
    // The tier rule with the window, and the count per tier adding up.
    static QString tiers(const QList<TierCount> &counts, int windowDays);
};

} // namespace rapport
