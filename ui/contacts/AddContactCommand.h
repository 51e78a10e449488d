#pragma once

// Undoable "add a contact". Redo after undo re-inserts under the same id, so
// later commands that refer to it stay valid.

#include "domain/Contact.h"
#include "session/ContactCommand.h"

namespace rapport {

class AddContactCommand : public ContactCommand
{
public:
    // A new contact row.
    Changes changes() const override { return Change::Contacts; }

    AddContactCommand(ContactStore &store, const Contact &contact);

    qint64 contactId() const { return m_contact.id; }

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_contact.id; }
    qint64 contactAfterUndo() const override { return 0; }

private:
    Contact m_contact;
};

} // namespace rapport
