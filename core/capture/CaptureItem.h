#pragma once

// One line of a quick capture after matching: who it is (an existing
// contact, a new one, several to choose from) or why it is ignored. The
// preview shows these; the person may change the choice before anything is
// written.

#include "capture/CaptureLine.h"

#include <QList>

namespace rapport {

struct CaptureItem
{
    enum Status { Matched, New, Ambiguous, Ignored };

    CaptureLine line;
    Status status = Ignored;
    qint64 contactId = 0;     // Matched: the contact (for Ambiguous: the one chosen, 0 until then)
    QList<qint64> candidates; // Ambiguous: every contact that fits, best first
    QString how;              // how it matched: "profile URL", "name", "name and company"

    // Whether applying this item logs an event (and, for New, creates a contact).
    bool logs() const
    {
        return status == Matched || status == New || (status == Ambiguous && contactId > 0);
    }
};

} // namespace rapport
