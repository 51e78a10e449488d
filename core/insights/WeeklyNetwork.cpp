#include "insights/WeeklyNetwork.h"

#include "store/AnalyticsStore.h"
#include "store/SnapshotStore.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace rapport {

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

QMap<QDate, AnalyticsFollowerDay>
WeeklyNetwork::lastDayOfWeeks(const QList<AnalyticsFollowerDay> &followerDays)
{
    QMap<QDate, AnalyticsFollowerDay> last;
    for (const AnalyticsFollowerDay &d : followerDays) {
        const QDate monday = mondayOf(d.date);
        auto it = last.find(monday);
        if (it == last.end() || it->date < d.date)
            last.insert(monday, d);
    }
    return last;
}

QList<NetworkSnapshot> WeeklyNetwork::merge(const QList<NetworkSnapshot> &typed,
                                            const QList<AnalyticsFollowerDay> &followerDays,
                                            const QMap<QDate, int> &connections)
{
    QMap<QDate, NetworkSnapshot> weeks;
    for (const NetworkSnapshot &s : typed)
        weeks.insert(s.weekStart(), s);
    const QMap<QDate, AnalyticsFollowerDay> last = lastDayOfWeeks(followerDays);
    for (auto it = last.constBegin(); it != last.constEnd(); ++it) {
        if (weeks.contains(it.key()))
            continue;
        NetworkSnapshot s;
        s.takenOn = it->date;
        s.followers = int(std::clamp<qint64>(it->total, 0, INT_MAX));
        s.connections = connections.value(it->date);
        s.followersFromLinkedIn = it->date;
        weeks.insert(it.key(), s);
    }
    return weeks.values();
}

QList<NetworkSnapshot> WeeklyNetwork::weeks(Database &db, QString *error)
{
    const QList<NetworkSnapshot> typed = SnapshotStore(db).list(error);
    const AnalyticsStore analytics(db);
    const QList<AnalyticsFollowerDay> days = analytics.followerDays({}, {}, error);
    if (days.isEmpty())
        return typed;
    QSet<QDate> typedWeeks;
    for (const NetworkSnapshot &s : typed)
        typedWeeks.insert(s.weekStart());
    QList<QDate> needed;
    const QMap<QDate, AnalyticsFollowerDay> last = lastDayOfWeeks(days);
    for (auto it = last.constBegin(); it != last.constEnd(); ++it) {
        if (!typedWeeks.contains(it.key()))
            needed << it->date;
    }
    return merge(typed, days, analytics.connectionsOn(needed, error));
}

std::optional<NetworkSnapshot> WeeklyNetwork::forWeekOf(Database &db, const QDate &day)
{
    if (std::optional<NetworkSnapshot> typed = SnapshotStore(db).forWeekOf(day))
        return typed;
    const QDate monday = mondayOf(day);
    const AnalyticsStore analytics(db);
    const QList<AnalyticsFollowerDay> days = analytics.followerDays(monday, monday.addDays(6));
    if (days.isEmpty())
        return std::nullopt;
    const AnalyticsFollowerDay &d = days.last();
    const QList<NetworkSnapshot> one = merge({}, {d}, analytics.connectionsOn({d.date}, nullptr));
    return one.first();
}

std::optional<NetworkSnapshot> WeeklyNetwork::latest(Database &db)
{
    const QList<NetworkSnapshot> all = weeks(db);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

} // namespace rapport
