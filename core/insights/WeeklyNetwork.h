#pragma once

// The weekly network numbers as every reader shows them (Insights charts,
// the follower ratio, the weekly numbers dialog, Today's strip, `rapport-cli
// stats` and `snapshot list`): the weeks the user typed, and each week an
// analytics workbook covers, with LinkedIn's followers at the end of the
// last day of that week it covers. Typed numbers for a week win; a week
// known only from LinkedIn counts its connections from the contacts
// (first-degree, connected on or before that day).

#include "domain/AnalyticsWorkbookData.h"
#include "domain/NetworkSnapshot.h"

#include <QList>
#include <QMap>
#include <optional>

namespace rapport {

class Database;

class WeeklyNetwork
{
public:
    // Oldest first, one entry per week (keyed by its Monday).
    static QList<NetworkSnapshot> weeks(Database &db, QString *error = nullptr);
    static std::optional<NetworkSnapshot> forWeekOf(Database &db, const QDate &day);
    static std::optional<NetworkSnapshot> latest(Database &db);

    // The rule itself: `typed` entries, and for each other week with a
    // follower day, that week's last day's total; `connections` maps those
    // days to their connection count.
    static QList<NetworkSnapshot> merge(const QList<NetworkSnapshot> &typed,
                                        const QList<AnalyticsFollowerDay> &followerDays,
                                        const QMap<QDate, int> &connections);
    // The last follower day of each week: Monday -> day.
    static QMap<QDate, AnalyticsFollowerDay>
    lastDayOfWeeks(const QList<AnalyticsFollowerDay> &followerDays);
};

} // namespace rapport
