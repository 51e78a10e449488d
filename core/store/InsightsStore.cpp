#include "store/InsightsStore.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

InsightsStore::InsightsStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

InsightsStore::~InsightsStore() = default;

bool InsightsStore::tierCounts(QHash<int, int> *byKey, QString *error) const
{
    // Kept current by triggers on contact (migration 10): thirteen rows.
    QSqlQuery &q =
        m_statements->prepared(u"SELECT tier_key, contacts FROM tier_count ORDER BY tier_key"_s);
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next())
        byKey->insert(q.value(0).toInt(), q.value(1).toInt());
    q.finish();
    return true;
}

bool InsightsStore::followersConverted(const QDate &first, const QDate &last,
                                       QMap<QDate, int> *byMonth, QString *error) const
{
    // contact.first_follow_on holds the earliest follow (kept by triggers),
    // and contact_followers_converted indexes exactly the contacts whose
    // first follow came before their connection day: the count is a short
    // index range. The WHERE repeats the index's condition so SQLite uses it.
    QSqlQuery &q =
        m_statements->prepared(u"SELECT substr(connected_on, 1, 7), count(*) FROM contact "
                               "WHERE first_follow_on <> '' AND first_follow_on < connected_on "
                               "AND connected_on >= ? AND connected_on <= ? "
                               "GROUP BY substr(connected_on, 1, 7)"_s);
    q.addBindValue(DateText::isoDate(first));
    q.addBindValue(DateText::isoDate(last));
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next()) {
        const QDate month = DateText::parseIsoDate(QString(q.value(0).toString() + u"-01"_s));
        if (month.isValid())
            byMonth->insert(month, q.value(1).toInt());
    }
    q.finish();
    return true;
}

bool InsightsStore::outreachDays(const QDate &first, const QDate &last, QList<OutreachDay> *days,
                                 QString *error) const
{
    // Kept current by triggers on outreach (migration 16): two rows a day.
    QSqlQuery &q =
        m_statements->prepared(u"SELECT day, channel, sent, accepted, answered FROM outreach_tally "
                               "WHERE day >= ? AND day <= ? ORDER BY day, channel"_s);
    q.addBindValue(DateText::isoDate(first));
    q.addBindValue(DateText::isoDate(last));
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next()) {
        OutreachDay d;
        d.day = DateText::parseIsoDate(q.value(0).toString());
        d.inmail = q.value(1).toString() == u"inmail"_s;
        d.sent = q.value(2).toInt();
        d.accepted = q.value(3).toInt();
        d.answered = q.value(4).toInt();
        if (d.day.isValid())
            days->append(d);
    }
    q.finish();
    return true;
}

bool InsightsStore::outreachAnsweredSince(const QString &sinceUtc, QSet<QDate> *days,
                                          QString *error) const
{
    // Outcomes through outreach_by_outcome_time, replies through
    // outreach_by_time: both ranges are empty unless something is dated
    // after today.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT date(happened_at) FROM outreach WHERE outcome_at <> '' AND outcome_at >= ? "
        "AND +direction = 'out' AND +channel IN ('invitation', 'inmail') "
        "UNION SELECT date(p.happened_at) FROM outreach r CROSS JOIN outreach p "
        "ON p.id = r.reply_to WHERE r.happened_at >= ? AND +p.direction = 'out' "
        "AND +p.channel = 'inmail'"_s);
    q.addBindValue(sinceUtc);
    q.addBindValue(sinceUtc);
    if (!q.exec()) {
        if (error)
            *error = m_db.describe(q.lastError());
        return false;
    }
    while (q.next()) {
        const QDate day = DateText::parseIsoDate(q.value(0).toString());
        if (day.isValid())
            days->insert(day);
    }
    q.finish();
    return true;
}

} // namespace rapport
