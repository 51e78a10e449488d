#pragma once

// One invitation to connect as the acceptance statistics see it.

#include <QDate>
#include <QString>

namespace rapport {

struct InvitationRecord
{
    qint64 id = 0;
    qint64 contactId = 0;
    QDate sent;
    // "" (none yet), accepted, declined, ignored, dont-know or withdrawn.
    QString outcome;
    QDate outcomeOn; // when the outcome came; may be invalid for imported rows
};

} // namespace rapport
