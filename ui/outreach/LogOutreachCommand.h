#pragma once

// Logging one outreach (a message, InMail, invitation, e-mail or call, sent
// or received) as one undo step. Undo removes it, and a reply takes back
// the "replied" it gave; redo puts it back under the same id.

#include "domain/Outreach.h"
#include "session/ContactCommand.h"

namespace rapport {

class OutreachStore;

class LogOutreachCommand : public ContactCommand
{
public:
    // The outreach row; today's item for the person may be done; the contact's last contact and
    // score.
    Changes changes() const override
    {
        return Changes(Change::Outreach) | Change::Queue | Change::Contacts;
    }

    LogOutreachCommand(ContactStore &contacts, OutreachStore &outreach, const Outreach &record);

    const Outreach &record() const { return m_record; }

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_record.contactId; }
    qint64 contactAfterUndo() const override { return m_record.contactId; }

private:
    OutreachStore &m_outreach;
    Outreach m_record;
};

} // namespace rapport
