#pragma once

// The order a pasted list gives each person's lines in, and from it who is
// named where. LinkedIn's own order is name, degree marker ("• 2nd"),
// headline; copied from other views the headline comes before the degree
// marker. For every degree marker this decides which line above it is the
// person's name and which their headline, and whether the paste as a whole
// puts headlines first (then the line after a degree marker starts the next
// person, not a headline).

#include <QList>
#include <QString>

namespace rapport {

class CaptureLayout
{
public:
    // What CaptureParser read in one line, as far as the layout needs it.
    struct Line
    {
        enum Kind {
            Blank,
            Neutral, // pronouns, badges, "View Jane Doe's profile": skipped over
            Degree,  // a degree marker on its own line
            Stop,    // buttons, times, counts, profile URLs: a person's lines end here
            Text,    // anything else: a name, a headline, comment text
        };
        Kind kind = Blank;
        // Text lines: whether the line reads as a name on its own (capitalised
        // words, no headline words), or only when a degree marker confirms it
        // (lower case); and the name key it would have.
        bool name = false;
        bool nameIfConfirmed = false;
        QString nameKey;
        QString viewedNameKey;      // Neutral lines: the key of "View <name>'s profile"
        bool commentAction = false; // Stop lines with a Reply button: "Like · Reply"
        bool followers = false;     // Stop lines: "12,480 followers"
    };
    enum class Role { None, Name, Headline };

    // One role per line: Name for the line a degree marker confirms as a
    // name, Headline for a line that is that person's headline.
    static QList<Role> roles(const QList<Line> &lines, bool *headlineFirst);
    // Whether the next non-blank line after `line` has a comment's Reply
    // button: then `line` is the end of a comment, not a person.
    static bool endsComment(const QList<Line> &lines, qsizetype line);
    // Whether `line` is a follower count right under `nameLine` (nothing but
    // blank or neutral lines between): a company page, not a person (people
    // have a degree marker and a headline there).
    static bool isCompanyPage(const QList<Line> &lines, qsizetype line, qsizetype nameLine);
};

} // namespace rapport
