#pragma once

// Changing how the daily queue treats a contact (cadence, snooze, archived,
// do-not-contact) as one undo step: undo writes back the settings exactly as
// they were, and puts back on today's queue the items do-not-contact took off.

#include "ContactCommand.h"
#include "domain/KeepInTouch.h"

namespace rapport {

class KeepInTouchStore;

class SetKeepInTouchCommand : public ContactCommand
{
public:
    // The contact's keep-in-touch columns and today's queue item.
    Changes changes() const override { return Changes(Change::Contacts) | Change::Queue; }

    SetKeepInTouchCommand(ContactStore &contacts, KeepInTouchStore &store, qint64 contactId,
                          const QString &contactName, const KeepInTouch &before,
                          const KeepInTouch &after);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_contactId; }
    qint64 contactAfterUndo() const override { return m_contactId; }

private:
    KeepInTouchStore &m_store;
    qint64 m_contactId;
    KeepInTouch m_before;
    KeepInTouch m_after;
    QList<qint64> m_retired; // queue items do-not-contact took off, put back by undo
};

} // namespace rapport
