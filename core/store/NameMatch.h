#pragma once

// Which stored contact a captured name refers to, as NameMatcher found it:
// none, exactly one, or several that only the person can tell apart.

#include <QList>
#include <QString>

namespace rapport {

struct NameMatch
{
    enum Status { None, One, Ambiguous };

    Status status = None;
    qint64 contactId = 0;     // One: the contact
    QList<qint64> candidates; // One: the contact; Ambiguous: every contact that fits, best first
    QString how;              // "profile URL", "name and company", "name"; empty for None
};

} // namespace rapport
