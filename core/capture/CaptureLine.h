#pragma once

// One line of a list pasted for quick capture, as CaptureParser read it: a
// person's name (perhaps with a profile URL and company), or a line ignored
// and why, or a blank line.

#include <QString>

namespace rapport {

struct CaptureLine
{
    enum Kind { Name, Noise, Blank };

    int lineNumber = 0; // 1-based, in the pasted text
    QString text;       // the line as pasted, without its line break
    Kind kind = Blank;
    // Name lines: the name to store (NameKey::clean); empty when the line is
    // only a profile URL.
    QString name;
    QString profileUrl;      // canonical https://www.linkedin.com/in/<slug>
    QString company;         // from the headline under the name
    int duplicateOfLine = 0; // Noise lines naming someone already listed
    QString ignoredReason;   // Noise lines: "headline", "duplicate of line 3", ...
};

} // namespace rapport
