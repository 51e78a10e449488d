#pragma once

// Finds the people in a list copied from LinkedIn (who reacted to or
// commented on a post): names, profile URLs and companies, with the button
// labels, degree markers, headlines, comment text and repeats set aside.
// The headline may come after the degree marker (LinkedIn's order) or
// before it; CaptureLayout tells which, and a headline is never a name.

#include "capture/CaptureLine.h"

#include <QList>
#include <QString>

namespace rapport {

class CaptureParser
{
public:
    // One CaptureLine per line of the text (a final line break does not
    // start another line); none for empty text.
    static QList<CaptureLine> parse(const QString &pastedText);
};

} // namespace rapport
