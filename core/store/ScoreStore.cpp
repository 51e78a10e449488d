#include "store/ScoreStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "store/SettingStore.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString asOfKey = u"scores_as_of"_s;
constexpr int batchSize = 2000;

// Everything a score needs for one contact in one row: the engagement
// summary, and outreach and value given each packed into one text by a
// single index probe ("out|last out|in|last in|answered", "count|last"),
// NULL when there is none.
const QString inputColumns =
    u"c.id, s.n_follow, s.n_unfollow, s.n_comment, s.n_share_comment, s.n_share, s.n_view, "
    "s.n_like, s.last_follow, s.last_unfollow, s.last_comment, s.last_share_comment, "
    "s.last_share, s.last_view, s.last_like, "
    "(SELECT sum(o.direction = 'out') || '|' || "
    "coalesce(max(CASE WHEN o.direction = 'out' THEN o.happened_at END), '') || '|' || "
    "sum(o.direction = 'in') || '|' || "
    "coalesce(max(CASE WHEN o.direction = 'in' THEN o.happened_at END), '') || '|' || "
    "sum(o.direction = 'out' AND o.outcome IN ('replied', 'not-interested', 'accepted')) "
    "FROM outreach o WHERE o.contact_id = c.id), "
    "(SELECT count(*) || '|' || max(v.given_on) FROM value_given v WHERE v.contact_id = c.id) "
    "FROM contact c LEFT JOIN engagement_summary s ON s.contact_id = c.id "_s;

QDate localDay(const QString &utc)
{
    return utc.isEmpty() ? QDate() : DateText::parseIsoUtc(utc).toLocalTime().date();
}

ConnectionScore::Inputs readInputs(const QSqlQuery &q)
{
    ConnectionScore::Inputs in;
    in.engagement.contactId = q.value(0).toLongLong();
    for (int i = 0; i < EngagementKinds::Count; ++i) {
        in.engagement.counts[i] = q.value(1 + i).toInt();
        in.engagement.lastOn[i] =
            DateText::parseIsoDate(q.value(1 + EngagementKinds::Count + i).toString());
    }
    const int outreachColumn = 1 + 2 * EngagementKinds::Count;
    const QStringList outreach = q.value(outreachColumn).toString().split(u'|');
    if (outreach.size() == 5) {
        in.outreachOut = outreach.at(0).toInt();
        in.lastOut = localDay(outreach.at(1));
        in.outreachIn = outreach.at(2).toInt();
        in.lastIn = localDay(outreach.at(3));
        in.answered = outreach.at(4).toInt();
    }
    const QStringList value = q.value(outreachColumn + 1).toString().split(u'|');
    if (value.size() == 2) {
        in.valueGiven = value.at(0).toInt();
        in.lastValue = DateText::parseIsoDate(value.at(1));
    }
    return in;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(DateText::isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

ScoreStore::ScoreStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

ScoreStore::~ScoreStore() = default;

bool ScoreStore::fail(const QString &what, const QString &why, QString *error) const
{
    if (error)
        *error = tr("%1: %2").arg(what, why);
    return false;
}

bool ScoreStore::refresh(const QDate &today, QString *error, int *recomputed)
{
    if (recomputed)
        *recomputed = 0;
    const QString day = DateText::isoDate(today);
    const QString asOf = SettingStore(m_db).value(asOfKey);
    // Scores computed for a later day (the clock went back) may be too low
    // anywhere; that rare case recomputes every scored contact.
    const bool backwards = !asOf.isEmpty() && asOf > day;
    if (!backwards) {
        QSqlQuery &pending = m_statements->prepared(
            u"SELECT EXISTS (SELECT 1 FROM contact WHERE score_dirty = 1) OR EXISTS (SELECT 1 "
            "FROM contact WHERE score_until IS NOT NULL AND score_until < ?)"_s);
        pending.addBindValue(day);
        const bool any = !pending.exec() || !pending.next() || pending.value(0).toBool();
        pending.finish();
        if (!any)
            return true;
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tr("Could not bring the connection scores up to date"), tx.errorText(), error);
    QSqlQuery mark(m_db.connection());
    if (backwards) {
        if (!mark.exec(u"UPDATE contact SET score_dirty = 1 WHERE score > 0 AND score_dirty = 0"_s))
            return fail(tr("Could not mark the scores to recompute"),
                        m_db.describe(mark.lastError()), error);
    } else {
        mark.prepare(u"UPDATE contact SET score_dirty = 1 WHERE score_until IS NOT NULL "
                     "AND score_until < ? AND score_dirty = 0"_s);
        mark.addBindValue(day);
        if (!mark.exec())
            return fail(tr("Could not mark the expired scores"), m_db.describe(mark.lastError()),
                        error);
    }

    QSqlQuery &select = m_statements->prepared(u"SELECT "_s + inputColumns +
                                               u"WHERE c.score_dirty = 1 AND c.id > ? "
                                               "ORDER BY c.id LIMIT ?"_s);
    QSqlQuery &write = m_statements->prepared(
        u"UPDATE contact SET score = ?, score_until = ?, score_dirty = 0 WHERE id = ?"_s);
    qint64 after = 0;
    int done = 0;
    for (;;) {
        select.addBindValue(after);
        select.addBindValue(batchSize);
        if (!select.exec())
            return fail(tr("Could not read the facts to score"), m_db.describe(select.lastError()),
                        error);
        QList<ConnectionScore::Inputs> batch;
        batch.reserve(batchSize);
        while (select.next())
            batch << readInputs(select);
        select.finish();
        for (const ConnectionScore::Inputs &in : std::as_const(batch)) {
            const ConnectionScore::Parts parts = ConnectionScore::compute(in, today);
            write.addBindValue(parts.total());
            write.addBindValue(dateOrNull(parts.validUntil));
            write.addBindValue(in.engagement.contactId);
            if (!write.exec())
                return fail(
                    tr("Could not store the score of contact #%1").arg(in.engagement.contactId),
                    m_db.describe(write.lastError()), error);
        }
        done += int(batch.size());
        if (batch.size() < batchSize)
            break;
        after = batch.last().engagement.contactId;
    }
    if (asOf != day && !SettingStore(m_db).setValue(asOfKey, day, error))
        return false;
    if (!tx.commit(error))
        return false;
    if (recomputed)
        *recomputed = done;
    return true;
}

ConnectionScore::Inputs ScoreStore::inputs(qint64 contactId) const
{
    QSqlQuery &q = m_statements->prepared(u"SELECT "_s + inputColumns + u"WHERE c.id = ?"_s);
    q.addBindValue(contactId);
    ConnectionScore::Inputs in;
    if (q.exec() && q.next())
        in = readInputs(q);
    q.finish();
    return in;
}

std::optional<ConnectionScore::Parts> ScoreStore::get(qint64 contactId, const QDate &today) const
{
    const ConnectionScore::Inputs in = inputs(contactId);
    if (in.engagement.contactId != contactId || contactId <= 0)
        return std::nullopt;
    return ConnectionScore::compute(in, today);
}

int ScoreStore::storedScore(qint64 contactId) const
{
    QSqlQuery &q = m_statements->prepared(u"SELECT score FROM contact WHERE id = ?"_s);
    q.addBindValue(contactId);
    const int score = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return score;
}

int ScoreStore::dirtyCount() const
{
    QSqlQuery &q = m_statements->prepared(u"SELECT count(*) FROM contact WHERE score_dirty = 1"_s);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

NetworkScore ScoreStore::networkScore(const QDate &today, const QString &ownIndustry,
                                      const QStringList &relatedIndustries, QString *error) const
{
    NetworkScore n;
    n.asOf = today;
    n.ownIndustry = ownIndustry.simplified();
    for (const QString &r : relatedIndustries) {
        const QString name = r.simplified();
        if (!name.isEmpty() && name.compare(n.ownIndustry, Qt::CaseInsensitive) != 0 &&
            !n.relatedIndustries.contains(name, Qt::CaseInsensitive))
            n.relatedIndustries << name;
    }
    bool ok = true;
    QString why;
    const auto number = [&](const QString &sql, const QVariantList &binds) {
        QSqlQuery &q = m_statements->prepared(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        int value = 0;
        if (q.exec() && q.next()) {
            value = q.value(0).toInt();
        } else if (ok) {
            ok = false;
            why = m_db.describe(q.lastError());
        }
        q.finish();
        return value;
    };
    // The connections per industry come from connection_group, kept current
    // by triggers on contact (migration 15): a few rows instead of a count
    // over every connection. The name is COLLATE NOCASE, as industry is.
    n.connections = number(u"SELECT coalesce(sum(connections), 0) FROM connection_group "
                           "WHERE field = 'industry'"_s,
                           {});
    n.withIndustry = number(u"SELECT coalesce(sum(connections), 0) FROM connection_group "
                            "WHERE field = 'industry' AND name <> ''"_s,
                            {});
    if (n.ownIndustry.isEmpty()) {
        QSqlQuery &q = m_statements->prepared(
            u"SELECT name FROM connection_group WHERE field = 'industry' AND name <> '' "
            "AND connections > 0 ORDER BY connections DESC, name LIMIT 1"_s);
        if (q.exec() && q.next()) {
            n.ownIndustry = q.value(0).toString();
            n.ownIndustryGuessed = true;
        } else if (q.lastError().isValid()) {
            ok = false;
            why = m_db.describe(q.lastError());
        }
        q.finish();
    }
    QStringList relevant = n.relatedIndustries;
    if (!n.ownIndustry.isEmpty())
        relevant.prepend(n.ownIndustry);
    for (const QString &industry : std::as_const(relevant))
        n.relevantConnections +=
            number(u"SELECT coalesce(sum(connections), 0) FROM connection_group "
                   "WHERE field = 'industry' AND name = ?"_s,
                   {industry});
    // Within 90 days as everywhere else (tiers, InMail answers): something
    // on day D still counts on day D + 90. Engaged: last_engaged_on on or
    // after the cut-off day D, or last_contacted_at on or after T, the UTC
    // time of D's local midnight. connection_touch (migration 15) counts the
    // connections by the later of the two days, which is on or after D
    // exactly when last_engaged_on >= D or last_contacted_at >= D; between
    // D and T (less than a day, either way round) lie the few contacted at
    // the boundary, read from contact_connections_by_contacted.
    const QDate cutoff = today.addDays(-NetworkScore::EngagementDays);
    const QString cutoffDay = DateText::isoDate(cutoff);
    const QString cutoffTime = DateText::isoUtc(QDateTime(cutoff, QTime(0, 0)).toUTC(), true);
    const QString between =
        u"SELECT count(*) FROM contact INDEXED BY contact_connections_by_contacted "
        "WHERE degree = 1 AND last_contacted_at >= ? AND last_contacted_at < ? "
        "AND last_engaged_on < ?"_s;
    n.engagedConnections =
        number(u"SELECT coalesce(sum(connections), 0) FROM connection_touch WHERE day >= ?"_s,
               {cutoffDay});
    if (cutoffTime < cutoffDay)
        n.engagedConnections += number(between, {cutoffTime, cutoffDay, cutoffDay});
    else
        n.engagedConnections -= number(between, {cutoffDay, cutoffTime, cutoffDay});
    if (!ok && error)
        *error = tr("Could not compute the network score: %1").arg(why);
    n.computePoints();
    return n;
}

} // namespace rapport
