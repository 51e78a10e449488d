#pragma once

// The numbers behind the Insights page's charts, read with a few indexed
// statements each so every chart builds quickly on a million contacts and
// ten million events: the weekly snapshots, posts versus articles (read
// through ContentStore, one definition of engagement rate), the
// monthly outreach funnel and the contacts per engagement tier.

#include "domain/AnalyticsWorkbookData.h"
#include "domain/ContentStats.h"
#include "domain/NetworkSnapshot.h"
#include "insights/FunnelPeriod.h"
#include "insights/TierCount.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <memory>

namespace rapport {

class Database;
class InsightsStore;

class InsightsQueries
{
    Q_DECLARE_TR_FUNCTIONS(InsightsQueries)

public:
    explicit InsightsQueries(Database &db);
    ~InsightsQueries();
    InsightsQueries(const InsightsQueries &) = delete;
    InsightsQueries &operator=(const InsightsQueries &) = delete;

    // The weekly numbers, oldest first, as WeeklyNetwork combines typed and
    // imported ones.
    QList<NetworkSnapshot> snapshots(QString *error = nullptr) const;

    // Every post and article with its latest reading and the people logged
    // on it, oldest published first: ContentStore's rows, so the chart's
    // rates are the Content page's (ContentStats, ContentKindSummary).
    QList<ContentStats> content() const;

    // LinkedIn's daily impressions and engagements from the analytics
    // workbooks, the later export deciding each day; by date.
    QList<AnalyticsDay> analyticsDays(QString *error = nullptr) const;
    // The audience of the latest workbook that has one, in the sheet's
    // order; `periodEnd` receives that workbook's last day.
    QList<AnalyticsDemographic> audience(QDate *periodEnd = nullptr) const;

    // One period per month, from `months` - 1 months before today's month
    // through today's month, oldest first; as of today (later outcomes and
    // answers are not yet known). Today's month is partial unless today is
    // its last day; a month with nothing to divide by has no rate.
    QList<FunnelPeriod> funnel(const QDate &today, int months = 12, QString *error = nullptr) const;
    // The acceptance rate below which the Outreach page warns (settings).
    double acceptanceThreshold() const;

    // The recency window of the tiers, in days (Preferences).
    int tierWindowDays() const;

    // Thirteen entries, keys 1..13 in order, zeros included.
    QList<TierCount> tierCounts(QString *error = nullptr) const;

private:
    bool countFollowersConverted(QList<FunnelPeriod> &periods, QString *error) const;
    bool countOutreach(QList<FunnelPeriod> &periods, const QDate &today, QString *error) const;

    Database &m_db;
    std::unique_ptr<InsightsStore> m_store;
};

} // namespace rapport
