#pragma once

// Undoable deletion of a contact. It keeps the whole contact, so undo puts
// it back under the same id with its tags and timestamps.

#include "ContactCommand.h"
#include "domain/Contact.h"

namespace rapport {

class DeleteContactCommand : public ContactCommand
{
public:
    DeleteContactCommand(ContactStore &store, const Contact &contact);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return 0; }
    qint64 contactAfterUndo() const override { return m_contact.id; }

private:
    Contact m_contact;
};

} // namespace rapport
