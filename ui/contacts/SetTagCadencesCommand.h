#pragma once

// Changing the keep-in-touch cadences of tags as one undo step; undo puts
// back every tag's cadence as it was.

#include "domain/TagCadence.h"
#include "session/ContactCommand.h"

#include <QList>

namespace rapport {

class KeepInTouchStore;

class SetTagCadencesCommand : public ContactCommand
{
public:
    // Cadences of every contact with the tags.
    Changes changes() const override { return Changes(Change::Contacts) | Change::Queue; }

    // `selectedContact` stays selected after each step.
    SetTagCadencesCommand(ContactStore &contacts, KeepInTouchStore &store,
                          const QList<TagCadence> &before, const QList<TagCadence> &after,
                          qint64 selectedContact);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_selected; }
    qint64 contactAfterUndo() const override { return m_selected; }

private:
    KeepInTouchStore &m_store;
    QList<TagCadence> m_before;
    QList<TagCadence> m_after;
    qint64 m_selected;
};

} // namespace rapport
