#pragma once

// A tag's keep-in-touch cadence: everyone with the tag is due for a call
// after this many days without contact, unless they have their own.

#include <QString>
#include <optional>

namespace rapport {

struct TagCadence
{
    QString tag;
    std::optional<int> days; // nullopt: none, the default applies
    int contacts = 0;        // how many contacts carry the tag

    bool operator==(const TagCadence &other) const
    {
        return tag == other.tag && days == other.days && contacts == other.contacts;
    }
};

} // namespace rapport
