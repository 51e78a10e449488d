#pragma once

// Undoable deletion of a contact. It keeps the whole contact, its
// engagement events, its outreach (with reply links) and the value given,
// so undo puts it back under the same id with its tags, timestamps,
// timeline, tier and numbers.

#include "ContactCommand.h"
#include "domain/Contact.h"
#include "domain/Engagement.h"
#include "domain/Outreach.h"
#include "domain/ValueGiven.h"

#include <QList>

namespace rapport {

class EngagementStore;
class OutreachStore;
class ValueGivenStore;

class DeleteContactCommand : public ContactCommand
{
public:
    // The contact and everything on it: events, outreach, value given, queue items.
    Changes changes() const override
    {
        return Changes(Change::Contacts) | Change::Engagement | Change::Outreach | Change::Queue;
    }

    // The other stores may be null (nothing of that kind to keep).
    DeleteContactCommand(ContactStore &store, EngagementStore *engagement, OutreachStore *outreach,
                         ValueGivenStore *values, const Contact &contact);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return 0; }
    qint64 contactAfterUndo() const override { return m_contact.id; }

private:
    EngagementStore *m_engagement = nullptr;
    OutreachStore *m_outreach = nullptr;
    ValueGivenStore *m_values = nullptr;
    Contact m_contact;
    QList<Engagement> m_events;
    bool m_followsBefore = false;
    QList<Outreach> m_outreachRows;
    QList<ValueGiven> m_valueRows;
};

} // namespace rapport
