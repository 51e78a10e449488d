#pragma once

// What one queue action (Done, Skip, Snooze, Never, Reopen) or one
// keep-in-touch change altered, as it was before: the contact's keep-in-touch
// settings, when the change wrote them, and the contact's queue item of the
// day worked. KeepInTouchStore::restore puts exactly this back (undo).

#include "domain/KeepInTouch.h"
#include "planning/QueueItem.h"

#include <QDate>
#include <optional>

namespace rapport {

struct QueueRestorePoint
{
    // A queue item's own state (what the actions change; never its place,
    // action or reason).
    struct ItemState
    {
        QueueItem::Status status = QueueItem::Status::Open;
        QDate snoozedUntil;
        qint64 doneOutreachId = 0;

        bool operator==(const ItemState &other) const
        {
            return status == other.status && snoozedUntil == other.snoozedUntil &&
                   doneOutreachId == other.doneOutreachId;
        }
        bool operator!=(const ItemState &other) const { return !(*this == other); }
    };

    qint64 contactId = 0;
    QDate day;                           // the queue worked
    std::optional<KeepInTouch> settings; // nullopt: the change left them alone
    std::optional<ItemState> item;       // nullopt: no item that day
};

} // namespace rapport
