#include "store/EngagementSummaryTable.h"

#include "db/Database.h"
#include "domain/DateText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Column suffixes of engagement_summary, in EngagementKind order.
const char16_t *const summarySuffix[EngagementKinds::Count] = {
    u"follow", u"unfollow", u"comment", u"share_comment", u"share", u"view", u"like"};

} // namespace

// Its messages keep EngagementStore's translation context.

QString EngagementSummaryTable::columns()
{
    QStringList cols;
    for (const char16_t *s : summarySuffix)
        cols << u"n_"_s + QStringView(s).toString();
    for (const char16_t *s : summarySuffix)
        cols << u"last_"_s + QStringView(s).toString();
    return cols.join(u", "_s);
}

QVariant EngagementSummaryTable::dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(DateText::isoDate(d)) : QVariant(QMetaType(QMetaType::QString));
}

QString EngagementSummaryTable::selectSql()
{
    return u"SELECT "_s + columns() +
           u", follows_me FROM engagement_summary WHERE contact_id = ?"_s;
}

EngagementSummary EngagementSummaryTable::fromRow(const QSqlQuery &q, qint64 contactId)
{
    EngagementSummary s;
    s.contactId = contactId;
    for (int i = 0; i < EngagementKinds::Count; ++i) {
        s.counts[i] = q.value(i).toInt();
        s.lastOn[i] = DateText::parseIsoDate(q.value(EngagementKinds::Count + i).toString());
    }
    s.followsMe = q.value(2 * EngagementKinds::Count).toBool();
    return s;
}

QString EngagementSummaryTable::upsertSql()
{
    QStringList updates;
    for (const char16_t *suffix : summarySuffix) {
        const QString n = QStringView(suffix).toString();
        updates << u"n_%1 = excluded.n_%1, last_%1 = excluded.last_%1"_s.arg(n);
    }
    return u"INSERT INTO engagement_summary (contact_id, "_s + columns() +
           u", follows_me, follows_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
           "?) ON CONFLICT(contact_id) DO UPDATE SET "_s +
           updates.join(u", "_s) +
           u", follows_me = excluded.follows_me, follows_before = excluded.follows_before"_s;
}

void EngagementSummaryTable::bindValues(QSqlQuery &q, const EngagementSummary &s,
                                        bool followsBefore)
{
    q.addBindValue(s.contactId);
    for (int i = 0; i < EngagementKinds::Count; ++i)
        q.addBindValue(s.counts[i]);
    for (int i = 0; i < EngagementKinds::Count; ++i)
        q.addBindValue(dateOrNull(s.lastOn[i]));
    q.addBindValue(s.followsMe ? 1 : 0);
    q.addBindValue(followsBefore ? 1 : 0);
}

bool EngagementSummaryTable::rebuildFromEvents(
    Database &db, const std::function<bool(qint64 contactId, QString *error)> &retier,
    const std::function<bool(int percent)> &progress, QString *error)
{
    QStringList aggregates;
    QStringList updates;
    for (const char16_t *suffix : summarySuffix) {
        const QString n = QStringView(suffix).toString();
        const QString kind = n == u"share_comment"_s ? u"share-comment"_s : n;
        aggregates << u"sum(kind = '%1')"_s.arg(kind);
        updates << u"n_%1 = excluded.n_%1, last_%1 = excluded.last_%1"_s.arg(n);
    }
    for (const char16_t *suffix : summarySuffix) {
        const QString n = QStringView(suffix).toString();
        const QString kind = n == u"share_comment"_s ? u"share-comment"_s : n;
        aggregates << u"max(CASE WHEN kind = '%1' THEN happened_on END)"_s.arg(kind);
    }
    const QStringList statements = {
        u"DELETE FROM engagement_summary WHERE contact_id NOT IN "
        "(SELECT contact_id FROM engagement)"_s,
        u"INSERT INTO engagement_summary (contact_id, "_s + columns() +
            u", follows_me, follows_before) SELECT contact_id, "_s + aggregates.join(u", "_s) +
            u", 0, (SELECT follows_me FROM contact c WHERE c.id = contact_id) "
            "FROM engagement WHERE true GROUP BY contact_id "
            "ON CONFLICT(contact_id) DO UPDATE SET "_s +
            updates.join(u", "_s),
        u"UPDATE engagement_summary SET follows_me = coalesce((SELECT e.kind = 'follow' FROM "
        "engagement e WHERE e.contact_id = engagement_summary.contact_id AND e.kind IN "
        "('follow', 'unfollow') ORDER BY e.happened_on DESC, e.id DESC LIMIT 1), 0) "
        "WHERE n_follow + n_unfollow > 0"_s,
        u"UPDATE contact SET follows_me = (SELECT s.follows_me FROM engagement_summary s "
        "WHERE s.contact_id = contact.id) WHERE id IN (SELECT contact_id FROM "
        "engagement_summary WHERE n_follow + n_unfollow > 0)"_s,
        u"UPDATE contact SET tier_key = 13, tier_until = NULL, last_engaged_on = '' "
        "WHERE tier_key <> 13 OR last_engaged_on <> ''"_s,
    };
    QSqlQuery q(db.connection());
    for (int i = 0; i < statements.size(); ++i) {
        if (!q.exec(statements[i])) {
            if (error)
                *error = QCoreApplication::translate(
                             "EngagementStore", "Could not rebuild the engagement summaries: %1")
                             .arg(db.describe(q.lastError()));
            return false;
        }
        if (progress && !progress(10 + 8 * i)) {
            if (error)
                *error = QCoreApplication::translate("EngagementStore",
                                                     "Cancelled; nothing was changed.");
            return false;
        }
    }
    int total = 0;
    if (q.exec(u"SELECT count(*) FROM engagement_summary"_s) && q.next())
        total = q.value(0).toInt();
    QSqlQuery ids(db.connection());
    ids.setForwardOnly(true);
    if (!ids.exec(u"SELECT contact_id FROM engagement_summary"_s)) {
        if (error)
            *error = db.describe(ids.lastError());
        return false;
    }
    int done = 0;
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        if (!retier(id, error))
            return false;
        if (progress && ++done % 10000 == 0 && !progress(50 + 50 * done / qMax(1, total))) {
            if (error)
                *error = QCoreApplication::translate("EngagementStore",
                                                     "Cancelled; nothing was changed.");
            return false;
        }
    }
    return true;
}

} // namespace rapport
