#include "insights/InsightsQueries.h"

#include "domain/InMailRecord.h"
#include "domain/InvitationRecord.h"
#include "domain/Tier.h"
#include "insights/WeeklyNetwork.h"
#include "outreach/InMailLedger.h"
#include "outreach/InvitationStats.h"
#include "outreach/OutreachSettings.h"
#include "store/AnalyticsStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/InsightsStore.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool failed(const QString &what, const QString &why, QString *error)
{
    if (error)
        *error = InsightsQueries::tr("Could not read %1: %2").arg(what, why);
    return false;
}

// Months from `first` to `day`: 0 for first's month; negative before it.
int monthIndex(const QDate &first, const QDate &day)
{
    return (day.year() - first.year()) * 12 + day.month() - first.month();
}

} // namespace

InsightsQueries::InsightsQueries(Database &db)
    : m_db(db)
    , m_store(std::make_unique<InsightsStore>(db))
{}

InsightsQueries::~InsightsQueries() = default;

QList<NetworkSnapshot> InsightsQueries::snapshots(QString *error) const
{
    return WeeklyNetwork::weeks(m_db, error);
}

QList<AnalyticsDay> InsightsQueries::analyticsDays(QString *error) const
{
    return AnalyticsStore(m_db).days({}, {}, error);
}

QList<AnalyticsDemographic> InsightsQueries::audience(QDate *periodEnd) const
{
    AnalyticsStore::Import from;
    const QList<AnalyticsDemographic> rows = AnalyticsStore(m_db).demographics(&from);
    if (periodEnd)
        *periodEnd = from.periodEnd;
    return rows;
}

QList<ContentStats> InsightsQueries::content() const
{
    QList<ContentStats> rows = ContentStore(m_db).stats();
    std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<FunnelPeriod> InsightsQueries::funnel(const QDate &today, int months, QString *error) const
{
    QList<FunnelPeriod> periods;
    if (!today.isValid() || months <= 0)
        return periods;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(months - 1));
    for (int i = 0; i < months; ++i) {
        FunnelPeriod p;
        p.start = first.addMonths(i);
        p.end = p.start.addMonths(1).addDays(-1);
        p.partial = today < p.end;
        periods << p;
    }

    // The records the Outreach page's numbers read, so "accepted",
    // "decided" and "answered" mean exactly what they mean there; each
    // month is then measured with the same calculations.
    OutreachStore outreach(m_db);
    QList<QList<InvitationRecord>> invitations(months);
    for (const InvitationRecord &r : outreach.invitationRecords()) {
        const int i = monthIndex(first, r.sent);
        if (r.sent.isValid() && i >= 0 && i < months)
            invitations[i] << r;
    }
    QList<QList<InMailRecord>> inmails(months);
    for (const InMailRecord &r : outreach.inmailRecords({})) {
        const int i = monthIndex(first, r.sent);
        if (r.sent.isValid() && i >= 0 && i < months)
            inmails[i] << r;
    }
    for (int i = 0; i < months; ++i) {
        FunnelPeriod &p = periods[i];
        const QList<InvitationRecord> &sent = invitations.at(i);
        // lastN = all of the month's invitations: the "last N" figures are
        // then the month's own.
        const InvitationStats stats = InvitationStats::compute(sent, today, int(sent.size()));
        p.invitationsSent = stats.lastNSent;
        p.invitationsAccepted = stats.lastNAccepted;
        p.invitationsDecided = stats.lastNDecided;
        p.acceptanceRate = stats.lastNRate;
        const InMailLedger ledger =
            InMailLedger::compute(inmails.at(i), InMailPlan{}, QDate(), today);
        p.inmailsSent = ledger.sent;
        p.inmailsAnswered = ledger.answered;
        p.responseRate = ledger.responseRate;
    }
    if (!countFollowersConverted(periods, error))
        return {};
    return periods;
}

bool InsightsQueries::countFollowersConverted(QList<FunnelPeriod> &periods, QString *error) const
{
    // A follower converted to a connection: a contact whose connection day
    // (connected_on, set only for people who connected) falls in the period
    // and who has a 'follow' engagement logged strictly before that day.
    // Counted in the month they connected. A follow on the connection day
    // itself does not count: connecting makes LinkedIn follow both ways, so
    // it says nothing about a follower who came first. A later unfollow, or
    // a later removal of the connection, does not undo the conversion, so
    // the current degree is not read (that also saves a row lookup per
    // contact). InsightsStore counts them from an index.
    QMap<QDate, int> byMonth;
    QString why;
    if (!m_store->followersConverted(periods.first().start, periods.last().end, &byMonth, &why))
        return failed(tr("the followers who became connections"), why, error);
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        const int i = monthIndex(periods.first().start, it.key());
        if (i >= 0 && i < periods.size())
            periods[i].followersConverted = it.value();
    }
    return true;
}

double InsightsQueries::acceptanceThreshold() const
{
    const SettingStore settings(m_db);
    return OutreachSettings::load(settings).acceptanceThreshold;
}

int InsightsQueries::tierWindowDays() const
{
    return EngagementStore(m_db).windowDays();
}

QList<TierCount> InsightsQueries::tierCounts(QString *error) const
{
    QList<TierCount> counts;
    QHash<int, int> byKey;
    QString why;
    if (!m_store->tierCounts(&byKey, &why)) {
        failed(tr("the contacts per tier"), why, error);
        return counts;
    }
    for (int key = 1; key <= Tier::NoneKey; ++key)
        counts << TierCount{key, qMax(0, byKey.value(key))};
    return counts;
}

} // namespace rapport
