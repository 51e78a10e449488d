#pragma once

// Undoable deletion of a contact: an adapter over ContactRemoval, which
// keeps everything that hangs on the contact (keep-in-touch settings, tags,
// events, outreach with reply links and outcomes, value given, queue items)
// so undo puts it back under the same id, exactly as it was.

#include "domain/Contact.h"
#include "session/ContactCommand.h"
#include "store/ContactRemoval.h"

#include <optional>

namespace rapport {

class DeleteContactCommand : public ContactCommand
{
public:
    // The contact and everything on it: events, outreach, value given, queue items.
    Changes changes() const override
    {
        return Changes(Change::Contacts) | Change::Engagement | Change::Content | Change::Outreach |
               Change::Queue;
    }

    // ContactRemoval reads and restores everything on the contact itself.
    DeleteContactCommand(ContactStore &store, const Contact &contact);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return 0; }
    qint64 contactAfterUndo() const override { return m_contact.id; }

private:
    Contact m_contact;
    std::optional<ContactRemoval::Snapshot> m_removed;
};

} // namespace rapport
