#pragma once

// A display name as pasted from LinkedIn, reduced to the name to store for a
// new contact and to the key that finds an existing one in the contact table.

#include <QPair>
#include <QString>

namespace rapport {

class NameKey
{
public:
    // "🚀 Dr. Jane Doe, PhD | Talent Partner" -> "Jane Doe": emoji, leading
    // honorifics, trailing credentials and suffixes, whatever follows " | " or
    // " - ", and parenthesised parts ("(she/her)") removed; stylised letters
    // made plain; whitespace collapsed. Empty only when no letter of a name is
    // left ("Dr." alone).
    static QString clean(const QString &displayName);
    // TextFold::fold(clean(displayName)): what the sort_name column holds.
    static QString key(const QString &displayName);
    // The first and last word of a key ("maria luisa gomez" -> "maria gomez");
    // the key itself when it has two words or fewer.
    static QString firstLastKey(const QString &key);
    // First name and last name of a clean name, by PersonName::split (the
    // rule every import uses): the last word, with the particles before it
    // ("van", "de", ...), is the last name.
    static QPair<QString, QString> split(const QString &cleanName);
    // PersonName::isParticle: "van", "de", "al", ...
    static bool isParticle(const QString &word);
    // The text without emoji, pictographs and the joiners and variation
    // selectors that build them.
    static QString withoutEmoji(const QString &text);
};

} // namespace rapport
