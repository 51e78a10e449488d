#pragma once

// LinkedIn's length limits per channel and part, and the character count
// the compose window shows against them.
//
// Counting is in user-perceived characters: Qt's QTextBoundaryFinder
// (Grapheme) implements Unicode extended grapheme clusters, so on Qt 6.4 an
// emoji with a skin-tone modifier, a ZWJ family, a flag (two regional
// indicators), a keycap, a letter with combining accents and a CR LF pair
// each count once. LinkedIn's own counter may count some of these as more
// than one, so a text full of emoji right at the limit can still be cut.

#include "store/DatabaseSettings.h"

#include <QString>

namespace rapport {

class CharacterLimits
{
public:
    enum class Part { Subject, Body };

    static constexpr int DefaultInvitationNoteLimit =
        DatabaseSettings::InvitationNoteLimit.defaultValue;
    static constexpr int InMailSubjectLimit = 200;
    static constexpr int InMailBodyLimit = 2000;
    static constexpr int MessageLimit = 8000;

    // The most characters LinkedIn accepts in that part of that channel, or
    // 0 when it sets none (e-mail, call notes) or the channel has no such
    // part (a message or invitation has no subject). invitationNoteLimit is
    // the user's setting (free accounts may get fewer than 300); a value
    // below 1 means the default.
    static int limit(const QString &channel, Part part,
                     int invitationNoteLimit = DefaultInvitationNoteLimit);

    // User-perceived characters (grapheme clusters) in text.
    static int count(const QString &text);

    // Where the text goes over limit: the UTF-16 index of the first grapheme
    // beyond it, or -1 when the text fits (or limit is 0, no limit).
    static int overflowStart(const QString &text, int limit);
};

} // namespace rapport
