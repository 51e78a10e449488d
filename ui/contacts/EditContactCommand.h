#pragma once

// Undoable change of a contact's fields: keeps the contact as it was and as
// it became, and writes one or the other.

#include "domain/Contact.h"
#include "session/ContactCommand.h"

namespace rapport {

class EditContactCommand : public ContactCommand
{
public:
    // The contact row; its tags may change its keep-in-touch cadence.
    Changes changes() const override { return Changes(Change::Contacts) | Change::Queue; }

    EditContactCommand(ContactStore &store, const Contact &before, const Contact &after);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_after.id; }
    qint64 contactAfterUndo() const override { return m_before.id; }

private:
    Contact m_before;
    Contact m_after;
};

} // namespace rapport
