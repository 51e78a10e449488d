#pragma once

// What one queue action (Done, Skip, Snooze, Never, Reopen) or one
// keep-in-touch change altered, as it was before: the contact's keep-in-touch
// settings, when the change wrote them, and the contact's queue items it may
// have changed (the day worked, and for a keep-in-touch change any later
// day's too). KeepInTouchStore::restore puts exactly this back (undo).

#include "domain/KeepInTouch.h"
#include "domain/QueueItem.h"

#include <QDate>
#include <QList>
#include <optional>

namespace rapport {

struct QueueRestorePoint
{
    // A queue item's own state (what the actions change; never its place,
    // action or reason).
    struct ItemState
    {
        QDate day;
        QueueItem::Status status = QueueItem::Status::Open;
        QDate snoozedUntil;
        qint64 doneOutreachId = 0;

        bool operator==(const ItemState &other) const
        {
            return day == other.day && status == other.status &&
                   snoozedUntil == other.snoozedUntil && doneOutreachId == other.doneOutreachId;
        }
        bool operator!=(const ItemState &other) const { return !(*this == other); }
    };

    qint64 contactId = 0;
    QDate day;                           // the queue worked
    std::optional<KeepInTouch> settings; // nullopt: the change left them alone
    QList<ItemState> items;              // oldest day first; empty: none

    // The item of `on`; nullptr when it holds none.
    const ItemState *item(const QDate &on) const
    {
        for (const ItemState &state : items) {
            if (state.day == on)
                return &state;
        }
        return nullptr;
    }
};

} // namespace rapport
