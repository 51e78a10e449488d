#pragma once

// Changing how the daily queue treats a contact (cadence, snooze, archived,
// do-not-contact) as one undo step: a thin adapter over KeepInTouchStore::set
// (today's queue item follows the settings, the one rule Today and the CLI
// use too); undo puts back exactly what it changed (KeepInTouchStore::restore).

#include "domain/KeepInTouch.h"
#include "session/ContactCommand.h"
#include "store/QueueRestorePoint.h"

#include <QDate>

namespace rapport {

class KeepInTouchStore;

class SetKeepInTouchCommand : public ContactCommand
{
public:
    // The contact's keep-in-touch columns and today's queue item.
    Changes changes() const override { return Changes(Change::Contacts) | Change::Queue; }

    SetKeepInTouchCommand(ContactStore &contacts, KeepInTouchStore &store, qint64 contactId,
                          const QString &contactName, const KeepInTouch &before,
                          const KeepInTouch &after, const QDate &day = QDate::currentDate());

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_contactId; }
    qint64 contactAfterUndo() const override { return m_contactId; }

private:
    KeepInTouchStore &m_store;
    qint64 m_contactId;
    KeepInTouch m_after;
    QDate m_day; // the queue whose item follows
    QueueRestorePoint m_before;
};

} // namespace rapport
