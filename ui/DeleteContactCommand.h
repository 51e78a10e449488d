#pragma once

// Undoable deletion of a contact. It keeps the whole contact and its
// engagement events, so undo puts it back under the same id with its tags,
// timestamps, timeline and tier.

#include "ContactCommand.h"
#include "domain/Contact.h"
#include "domain/Engagement.h"

#include <QList>

namespace rapport {

class EngagementStore;

class DeleteContactCommand : public ContactCommand
{
public:
    // `engagement` may be null (no events to keep).
    DeleteContactCommand(ContactStore &store, EngagementStore *engagement, const Contact &contact);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return 0; }
    qint64 contactAfterUndo() const override { return m_contact.id; }

private:
    EngagementStore *m_engagement = nullptr;
    Contact m_contact;
    QList<Engagement> m_events;
    bool m_followsBefore = false;
};

} // namespace rapport
