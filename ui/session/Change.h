#pragma once

// What a write touched, so each view reloads only for what it shows: every
// StoreCommand declares its Changes, and Session::changed carries them.

#include <QFlags>
#include <QMetaType>

namespace rapport {

enum class Change : unsigned {
    Contacts = 0x01,   // contact rows, their tiers, scores, tags, value given, timeline
    Engagement = 0x02, // engagement events (who followed, commented, …)
    Outreach = 0x04,   // outreach logged, outcomes, replies
    Content = 0x08,    // pieces and their numbers
    Queue = 0x10,      // Today's queue and keep-in-touch settings
    Settings = 0x20,   // preferences and the user's own weekly numbers
    External = 0x40,   // written by another connection (the CLI, an import)
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

// Everything a view may show: what an external write may have touched.
inline constexpr Changes everyChange()
{
    return Changes(Change::Contacts) | Change::Engagement | Change::Outreach | Change::Content |
           Change::Queue | Change::Settings | Change::External;
}

} // namespace rapport

Q_DECLARE_METATYPE(rapport::Changes)
