#include "insights/InsightsQueries.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "domain/InMailRecord.h"
#include "domain/InvitationRecord.h"
#include "domain/Tier.h"
#include "outreach/InMailLedger.h"
#include "outreach/InvitationStats.h"
#include "outreach/OutreachSettings.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"
#include "store/SnapshotStore.h"
#include "store/StatementCache.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool failed(const Database &db, const QSqlQuery &q, const QString &what, QString *error)
{
    if (error)
        *error = InsightsQueries::tr("Could not read %1: %2").arg(what, db.describe(q.lastError()));
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
    , m_statements(std::make_unique<StatementCache>(db))
    , m_snapshots(std::make_unique<SnapshotStore>(db))
{}

InsightsQueries::~InsightsQueries() = default;

QList<NetworkSnapshot> InsightsQueries::snapshots(QString *error) const
{
    return m_snapshots->list(error);
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
    // contact).
    //
    // contact.first_follow_on holds the earliest follow (kept by triggers),
    // and contact_followers_converted indexes exactly the contacts whose
    // first follow came before their connection day: the count is a short
    // index range. The WHERE repeats the index's condition so SQLite uses it.
    QSqlQuery &q =
        m_statements->prepared(u"SELECT substr(connected_on, 1, 7), count(*) FROM contact "
                               "WHERE first_follow_on <> '' AND first_follow_on < connected_on "
                               "AND connected_on >= ? AND connected_on <= ? "
                               "GROUP BY substr(connected_on, 1, 7)"_s);
    q.addBindValue(DateText::isoDate(periods.first().start));
    q.addBindValue(DateText::isoDate(periods.last().end));
    if (!q.exec())
        return failed(m_db, q, tr("the followers who became connections"), error);
    while (q.next()) {
        const QDate month = DateText::parseIsoDate(QString(q.value(0).toString() + u"-01"_s));
        const int i = monthIndex(periods.first().start, month);
        if (month.isValid() && i >= 0 && i < periods.size())
            periods[i].followersConverted = q.value(1).toInt();
    }
    q.finish();
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
    // Kept current by triggers on contact (migration 10): thirteen rows.
    QList<TierCount> counts;
    QSqlQuery &q =
        m_statements->prepared(u"SELECT tier_key, contacts FROM tier_count ORDER BY tier_key"_s);
    if (!q.exec()) {
        failed(m_db, q, tr("the contacts per tier"), error);
        return counts;
    }
    QHash<int, int> byKey;
    while (q.next())
        byKey.insert(q.value(0).toInt(), q.value(1).toInt());
    q.finish();
    for (int key = 1; key <= Tier::NoneKey; ++key)
        counts << TierCount{key, qMax(0, byKey.value(key))};
    return counts;
}

} // namespace rapport
