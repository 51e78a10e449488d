#include "store/AnalyticsStore.h"

#include "db/Database.h"
#include "domain/DateText.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? DateText::isoDate(date) : u""_s;
}

QVariant orNull(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 orMinusOne(const QVariant &value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

const QString importColumns = u"id, file_name, period_start, period_end, imported_at, "
                              "impressions, members_reached, followers_total, "
                              "followers_total_on, run_id"_s;

AnalyticsStore::Import readImport(const QSqlQuery &q)
{
    AnalyticsStore::Import i;
    i.id = q.value(0).toLongLong();
    i.fileName = q.value(1).toString();
    i.periodStart = DateText::parseIsoDate(q.value(2).toString());
    i.periodEnd = DateText::parseIsoDate(q.value(3).toString());
    i.importedAt = DateText::parseIsoUtc(q.value(4).toString());
    i.impressions = orMinusOne(q.value(5));
    i.membersReached = orMinusOne(q.value(6));
    i.followersTotal = orMinusOne(q.value(7));
    i.followersTotalOn = DateText::parseIsoDate(q.value(8).toString());
    i.runId = q.value(9).toLongLong();
    return i;
}

} // namespace

AnalyticsStore::AnalyticsStore(Database &db)
    : m_db(db)
{}

bool AnalyticsStore::failed(const QString &what, const QSqlQuery &q, QString *error) const
{
    if (error)
        *error = tr("Could not save %1: %2").arg(what, m_db.describe(q.lastError()));
    return false;
}

QList<AnalyticsStore::Reading> AnalyticsStore::readings(const QString &table,
                                                        const QString &columns, const QDate &from,
                                                        const QDate &to, QString *error) const
{
    QList<Reading> list;
    QSqlQuery q(m_db.connection());
    // Winners first: the later export, on a tie the later import.
    q.prepare(u"SELECT d.day, d.import_id, i.period_end, %2 FROM %1 d "
              "JOIN analytics_import i ON i.id = d.import_id "
              "WHERE d.day >= ? AND d.day <= ? ORDER BY d.day, i.period_end DESC, i.id DESC"_s.arg(
                  table, columns));
    q.addBindValue(from.isValid() ? DateText::isoDate(from) : u""_s);
    q.addBindValue(to.isValid() ? DateText::isoDate(to) : u"9999-12-31"_s);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Could not read the LinkedIn analytics: %1").arg(m_db.describe(q.lastError()));
        return list;
    }
    while (q.next()) {
        Reading r;
        r.day = DateText::parseIsoDate(q.value(0).toString());
        r.importId = q.value(1).toLongLong();
        r.exportEnd = DateText::parseIsoDate(q.value(2).toString());
        r.first = q.value(3).toLongLong();
        r.second = q.value(4).toLongLong();
        list << r;
    }
    return list;
}

QList<AnalyticsStore::Reading> AnalyticsStore::dayReadings(const QDate &from, const QDate &to,
                                                           QString *error) const
{
    return readings(u"analytics_day"_s, u"d.impressions, d.engagements"_s, from, to, error);
}

QList<AnalyticsStore::Reading> AnalyticsStore::followerReadings(const QDate &from, const QDate &to,
                                                                QString *error) const
{
    return readings(u"analytics_follower_day"_s, u"d.new_followers, d.total"_s, from, to, error);
}

QList<AnalyticsDay> AnalyticsStore::days(const QDate &from, const QDate &to, QString *error) const
{
    QList<AnalyticsDay> list;
    for (const Reading &r : dayReadings(from, to, error)) {
        if (!list.isEmpty() && list.last().date == r.day)
            continue;
        list << AnalyticsDay{r.day, r.first, r.second};
    }
    return list;
}

QList<AnalyticsFollowerDay> AnalyticsStore::followerDays(const QDate &from, const QDate &to,
                                                         QString *error) const
{
    QList<AnalyticsFollowerDay> list;
    for (const Reading &r : followerReadings(from, to, error)) {
        if (!list.isEmpty() && list.last().date == r.day)
            continue;
        list << AnalyticsFollowerDay{r.day, r.first, r.second};
    }
    return list;
}

QList<AnalyticsDemographic> AnalyticsStore::demographics(Import *from, const QDate &periodEnd) const
{
    QList<AnalyticsDemographic> list;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + importColumns +
              u" FROM analytics_import WHERE id = (SELECT i.id FROM analytics_import i WHERE "
              "EXISTS (SELECT 1 FROM analytics_demographic d WHERE d.import_id = i.id) "
              "AND (? = '' OR i.period_end = ?) "
              "ORDER BY i.period_end DESC, i.id DESC LIMIT 1)"_s);
    q.addBindValue(isoOrEmpty(periodEnd));
    q.addBindValue(isoOrEmpty(periodEnd));
    if (!q.exec() || !q.next())
        return list;
    const Import import = readImport(q);
    if (from)
        *from = import;
    q.prepare(u"SELECT category, value, share, below_one_percent FROM analytics_demographic "
              "WHERE import_id = ? ORDER BY position"_s);
    q.addBindValue(import.id);
    if (q.exec()) {
        while (q.next()) {
            AnalyticsDemographic d;
            d.category = q.value(0).toString();
            d.value = q.value(1).toString();
            d.share = q.value(2).toDouble();
            d.belowOnePercent = q.value(3).toBool();
            list << d;
        }
    }
    return list;
}

QList<AnalyticsStore::Import> AnalyticsStore::imports() const
{
    QList<Import> list;
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT "_s + importColumns + u" FROM analytics_import ORDER BY id"_s)) {
        while (q.next())
            list << readImport(q);
    }
    return list;
}

qint64 AnalyticsStore::contentForActivity(const QString &activityId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT content_id FROM analytics_post WHERE activity_id = ?"_s);
    q.addBindValue(activityId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QMap<qint64, QString> AnalyticsStore::contentUrls() const
{
    QMap<qint64, QString> urls;
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT id, url FROM content WHERE url <> ''"_s)) {
        while (q.next())
            urls.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return urls;
}

QMap<QDate, int> AnalyticsStore::connectionsOn(const QList<QDate> &days, QString *error) const
{
    QMap<QDate, int> counts;
    if (days.isEmpty())
        return counts;
    // One walk of contact_by_connected, then running totals.
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT connected_on, count(*) FROM contact WHERE connected_on <> '' "
                "AND degree = 1 GROUP BY connected_on ORDER BY connected_on"_s)) {
        if (error)
            *error = tr("Could not count the connections: %1").arg(m_db.describe(q.lastError()));
        return counts;
    }
    QMap<QDate, int> perDay;
    while (q.next())
        perDay.insert(DateText::parseIsoDate(q.value(0).toString()), q.value(1).toInt());
    QList<QDate> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    int running = 0;
    auto it = perDay.constBegin();
    for (const QDate &day : std::as_const(sorted)) {
        for (; it != perDay.constEnd() && it.key() <= day; ++it)
            running += it.value();
        counts.insert(day, running);
    }
    return counts;
}

bool AnalyticsStore::addImport(Import &import, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO analytics_import (file_name, period_start, period_end, imported_at, "
              "impressions, members_reached, followers_total, followers_total_on, run_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(import.fileName);
    q.addBindValue(isoOrEmpty(import.periodStart));
    q.addBindValue(isoOrEmpty(import.periodEnd));
    q.addBindValue(DateText::isoUtc(import.importedAt, true));
    q.addBindValue(orNull(import.impressions));
    q.addBindValue(orNull(import.membersReached));
    q.addBindValue(orNull(import.followersTotal));
    q.addBindValue(isoOrEmpty(import.followersTotalOn));
    q.addBindValue(import.runId);
    if (!q.exec())
        return failed(tr("the workbook's import record"), q, error);
    import.id = q.lastInsertId().toLongLong();
    return true;
}

bool AnalyticsStore::addDays(qint64 importId, const QList<AnalyticsDay> &days, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO analytics_day (day, import_id, impressions, engagements) "
              "VALUES (?, ?, ?, ?)"_s);
    for (const AnalyticsDay &d : days) {
        q.addBindValue(DateText::isoDate(d.date));
        q.addBindValue(importId);
        q.addBindValue(d.impressions);
        q.addBindValue(d.engagements);
        if (!q.exec())
            return failed(tr("the impressions of %1").arg(DateText::isoDate(d.date)), q, error);
    }
    return true;
}

bool AnalyticsStore::addFollowerDays(qint64 importId, const QList<AnalyticsFollowerDay> &days,
                                     QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO analytics_follower_day (day, import_id, new_followers, total) "
              "VALUES (?, ?, ?, ?)"_s);
    for (const AnalyticsFollowerDay &d : days) {
        q.addBindValue(DateText::isoDate(d.date));
        q.addBindValue(importId);
        q.addBindValue(d.newFollowers);
        q.addBindValue(d.total);
        if (!q.exec())
            return failed(tr("the followers of %1").arg(DateText::isoDate(d.date)), q, error);
    }
    return true;
}

bool AnalyticsStore::addDemographics(qint64 importId, const QList<AnalyticsDemographic> &rows,
                                     QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO analytics_demographic (import_id, position, category, value, share, "
              "below_one_percent) VALUES (?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (const AnalyticsDemographic &d : rows) {
        q.addBindValue(importId);
        q.addBindValue(++position);
        q.addBindValue(d.category);
        q.addBindValue(d.value);
        q.addBindValue(d.belowOnePercent ? 0.0 : d.share);
        q.addBindValue(d.belowOnePercent ? 1 : 0);
        if (!q.exec())
            return failed(tr("the audience (%1: %2)").arg(d.category, d.value), q, error);
    }
    return true;
}

bool AnalyticsStore::linkPost(const QString &activityId, qint64 contentId, qint64 importId,
                              bool created, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO analytics_post (activity_id, content_id, import_id, created) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(activityId);
    q.addBindValue(contentId);
    q.addBindValue(importId > 0 ? QVariant(importId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(created ? 1 : 0);
    if (!q.exec())
        return failed(tr("the post with activity id %1").arg(activityId), q, error);
    return true;
}

bool AnalyticsStore::writePostReading(qint64 contentId, const QDate &day, std::optional<int> views,
                                      std::optional<qint64> engagements, Write *what,
                                      QString *error)
{
    const QVariant viewsValue = views ? QVariant(*views) : QVariant(QMetaType(QMetaType::Int));
    const QVariant totalValue =
        engagements ? QVariant(*engagements) : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, views, engagements FROM content_metric "
              "WHERE content_id = ? AND taken_on = ?"_s);
    q.addBindValue(contentId);
    q.addBindValue(DateText::isoDate(day));
    if (!q.exec())
        return failed(tr("the numbers of post %1").arg(contentId), q, error);
    if (!q.next()) {
        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT INTO content_metric (content_id, taken_on, views, engagements) "
                       "VALUES (?, ?, ?, ?)"_s);
        insert.addBindValue(contentId);
        insert.addBindValue(DateText::isoDate(day));
        insert.addBindValue(viewsValue);
        insert.addBindValue(totalValue);
        if (!insert.exec())
            return failed(tr("the numbers of post %1").arg(contentId), insert, error);
        *what = Write::Added;
        return true;
    }
    const qint64 id = q.value(0).toLongLong();
    // What LinkedIn does not say is left as it was read on that day.
    const QVariant newViews = views ? viewsValue : q.value(1);
    const QVariant newTotal = engagements ? totalValue : q.value(2);
    if (newViews.isNull() == q.value(1).isNull() &&
        newViews.toLongLong() == q.value(1).toLongLong() &&
        newTotal.isNull() == q.value(2).isNull() &&
        newTotal.toLongLong() == q.value(2).toLongLong()) {
        *what = Write::Unchanged;
        return true;
    }
    QSqlQuery update(m_db.connection());
    update.prepare(u"UPDATE content_metric SET views = ?, engagements = ? WHERE id = ?"_s);
    update.addBindValue(newViews);
    update.addBindValue(newTotal);
    update.addBindValue(id);
    if (!update.exec())
        return failed(tr("the numbers of post %1").arg(contentId), update, error);
    *what = Write::Changed;
    return true;
}

bool AnalyticsStore::removeRun(qint64 runId, int *removed, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM content WHERE id IN (SELECT p.content_id FROM analytics_post p "
              "JOIN analytics_import i ON i.id = p.import_id WHERE p.created = 1 "
              "AND i.run_id = ?)"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return failed(tr("the undo of the analytics import"), q, error);
    q.prepare(u"DELETE FROM analytics_import WHERE run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return failed(tr("the undo of the analytics import"), q, error);
    if (removed)
        *removed = q.numRowsAffected();
    return true;
}

} // namespace rapport
