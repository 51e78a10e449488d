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

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSet>

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

    if (!countOutreach(periods, today, error))
        return {};
    if (!countFollowersConverted(periods, error))
        return {};
    return periods;
}

namespace {

// The UTC time local midnight of `day` is, as the ISO text outreach rows are
// compared with (no zone letter, so a stored time with milliseconds at that
// very second still sorts after it).
QDateTime utcStart(const QDate &day)
{
    return day.startOfDay().toUTC();
}

QString isoPrefix(const QDateTime &utc)
{
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString isoPrefix(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

bool InsightsQueries::countOutreach(QList<FunnelPeriod> &periods, const QDate &today,
                                    QString *error) const
{
    // What each month counts is defined by the records the Outreach page's
    // numbers read (OutreachStore) and the same calculations
    // (InvitationStats, InMailLedger), so "accepted", "decided" and
    // "answered" mean exactly what they mean there. Reading every record
    // of the year costs a scan, so most of it comes from outreach_tally
    // (migration 16): per UTC day, invitations sent and accepted, InMails
    // sent and answered. A tallied day counts as those calculations would
    // when every row on it is settled as of today: sent more than a week
    // ago (so every invitation is decided), and no outcome or reply dated
    // after today (which today would not count yet). The rows of every
    // other day are read and measured as records: the days since a week
    // before the earliest unsettled sending, the UTC days a local month
    // starts in (they belong to two months), and the days with an outcome
    // or a reply dated after today.
    const int months = int(periods.size());
    const QDate first = periods.first().start;
    const QDate settledBefore = utcStart(today.addDays(-(InvitationStats::SettledDays + 1))).date();
    QSet<QDate> unsettled;
    // The UTC day each month starts in, ascending.
    QList<QDate> startDays;
    for (int i = 0; i <= months; ++i) {
        const QDateTime start = utcStart(first.addMonths(i));
        unsettled << start.date() << start.addSecs(-1).date();
        startDays << start.date();
    }
    QString why;
    if (!m_store->outreachAnsweredSince(isoPrefix(utcStart(today.addDays(1))), &unsettled, &why))
        return failed(tr("the outreach of the last twelve months"), why, error);

    // The tallied days, each inside one local month.
    const QDate firstDay = utcStart(first).date();
    QList<InsightsStore::OutreachDay> days;
    if (firstDay < settledBefore &&
        !m_store->outreachDays(firstDay, settledBefore.addDays(-1), &days, &why))
        return failed(tr("the outreach of the last twelve months"), why, error);
    QList<FunnelPeriod> tallied(months);
    for (const InsightsStore::OutreachDay &d : std::as_const(days)) {
        if (unsettled.contains(d.day))
            continue;
        // The month whose start day came last before this day.
        const int i = int(std::upper_bound(startDays.cbegin(), startDays.cend(), d.day) -
                          startDays.cbegin()) -
                      1;
        if (i < 0 || i >= months)
            continue;
        FunnelPeriod &t = tallied[i];
        if (d.inmail) {
            t.inmailsSent += d.sent;
            t.inmailsAnswered += d.answered;
        } else {
            t.invitationsSent += d.sent;
            t.invitationsAccepted += d.accepted;
            t.invitationsDecided += d.sent;
        }
    }

    // The rest, read as records: contiguous runs of unsettled days before
    // settledBefore, then everything from settledBefore on.
    QList<QDate> runs = QList<QDate>(unsettled.cbegin(), unsettled.cend());
    std::sort(runs.begin(), runs.end());
    QList<QPair<QString, QString>> ranges;
    for (qsizetype k = 0; k < runs.size(); ++k) {
        const QDate from = runs.at(k);
        if (from < firstDay.addDays(-1) || from >= settledBefore)
            continue;
        QDate to = from;
        while (k + 1 < runs.size() && runs.at(k + 1) == to.addDays(1) &&
               runs.at(k + 1) < settledBefore)
            to = runs.at(++k);
        ranges.append({isoPrefix(from), isoPrefix(to.addDays(1))});
    }
    ranges.append({isoPrefix(qMax(settledBefore, firstDay.addDays(-1))), QString()});
    OutreachStore outreach(m_db);
    QList<QList<InvitationRecord>> invitations(months);
    QList<QList<InMailRecord>> inmails(months);
    for (const auto &[from, to] : std::as_const(ranges)) {
        for (const InvitationRecord &r : outreach.invitationRecords(from, to)) {
            const int i = monthIndex(first, r.sent);
            if (r.sent.isValid() && i >= 0 && i < months)
                invitations[i] << r;
        }
        for (const InMailRecord &r : outreach.inmailRecords(from, to)) {
            const int i = monthIndex(first, r.sent);
            if (r.sent.isValid() && i >= 0 && i < months)
                inmails[i] << r;
        }
    }
    for (int i = 0; i < months; ++i) {
        FunnelPeriod &p = periods[i];
        const FunnelPeriod &t = tallied.at(i);
        const QList<InvitationRecord> &sent = invitations.at(i);
        // lastN = all of the month's invitations: the "last N" figures are
        // then the month's own.
        const InvitationStats stats = InvitationStats::compute(sent, today, int(sent.size()));
        p.invitationsSent = t.invitationsSent + stats.lastNSent;
        p.invitationsAccepted = t.invitationsAccepted + stats.lastNAccepted;
        p.invitationsDecided = t.invitationsDecided + stats.lastNDecided;
        if (p.invitationsDecided > 0)
            p.acceptanceRate = double(p.invitationsAccepted) / double(p.invitationsDecided);
        const InMailLedger ledger =
            InMailLedger::compute(inmails.at(i), InMailPlan{}, QDate(), today);
        p.inmailsSent = t.inmailsSent + ledger.sent;
        p.inmailsAnswered = t.inmailsAnswered + ledger.answered;
        if (p.inmailsSent > 0)
            p.responseRate = double(p.inmailsAnswered) / double(p.inmailsSent);
    }
    return true;
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
