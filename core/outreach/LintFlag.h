#pragma once

// One thing MessageLinter found in a draft that recipients tend not to want,
// with why, what to do instead, and where it is so the editor can mark it.

#include <QString>

namespace rapport {

struct LintFlag
{
    // Stable, for code and settings: product-news, sales-meeting, phone,
    // number-one, self-congratulation, missing-not-interested, too-long,
    // no-personal-detail.
    QString code;
    QString title;       // short, for a list or a tooltip heading
    QString explanation; // why recipients dislike it and what to do instead
    // The span that triggered it, in UTF-16 units of the subject or the body;
    // start -1 when the flag is about the whole message (nothing to mark).
    int start = -1;
    int length = 0;
    bool inSubject = false; // the span is in the subject, else in the body
};

} // namespace rapport
