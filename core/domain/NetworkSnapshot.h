#pragma once

// The numbers a user reads off LinkedIn once a week and types in: displayed
// followers, connections, profile views (last 7 days), search appearances
// (this week), network size (2nd + 3rd degree), and optionally the top
// companies and job titles of the people who found them in search. One
// entry per week (Monday to Sunday); entering again in a week corrects it.

#include <QDate>
#include <QStringList>
#include <optional>

namespace rapport {

struct NetworkSnapshot
{
    qint64 id = 0;
    QDate takenOn; // the day the numbers were read; its week is the key
    int followers = 0;
    int connections = 0;
    std::optional<int> profileViews;
    std::optional<int> searchAppearances;
    std::optional<int> networkSize;
    QStringList topCompanies;
    QStringList topTitles;
    // Set when nobody typed this week's numbers and its followers are
    // LinkedIn's count at the end of this day, from an analytics workbook
    // (WeeklyNetwork); the connections are then counted from the contacts.
    QDate followersFromLinkedIn;

    bool isTyped() const { return !followersFromLinkedIn.isValid(); }

    // Monday of takenOn's week.
    QDate weekStart() const { return takenOn.addDays(1 - takenOn.dayOfWeek()); }

    bool operator==(const NetworkSnapshot &o) const
    {
        return id == o.id && takenOn == o.takenOn && followers == o.followers &&
               connections == o.connections && profileViews == o.profileViews &&
               searchAppearances == o.searchAppearances && networkSize == o.networkSize &&
               topCompanies == o.topCompanies && topTitles == o.topTitles &&
               followersFromLinkedIn == o.followersFromLinkedIn;
    }
};

} // namespace rapport
