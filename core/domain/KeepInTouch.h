#pragma once

// How the daily queue treats one contact: its own keep-in-touch cadence (or
// none: its tags', then the default), archived, do-not-contact and the day
// a snooze ends. The tag cadence it would otherwise inherit comes along for
// showing, not for saving.

#include <QDate>
#include <QString>
#include <optional>

namespace rapport {

struct KeepInTouch
{
    std::optional<int> cadenceDays; // nullopt: inherit
    bool archived = false;
    bool doNotContact = false;
    QDate snoozedUntil; // invalid: not snoozed

    // Read only: the shortest cadence among the contact's tags, and that tag.
    std::optional<int> tagCadenceDays;
    QString cadenceTag;

    // The settings a save writes (not the inherited tag cadence).
    bool sameSettings(const KeepInTouch &other) const
    {
        return cadenceDays == other.cadenceDays && archived == other.archived &&
               doNotContact == other.doNotContact && snoozedUntil == other.snoozedUntil;
    }
};

} // namespace rapport
