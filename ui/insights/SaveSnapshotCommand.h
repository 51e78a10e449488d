#pragma once

// Saving the week's numbers as one undo step: undo deletes a new entry, or
// puts back the week's earlier numbers when the save corrected them.

#include "domain/NetworkSnapshot.h"
#include "session/ContactCommand.h"

#include <optional>

namespace rapport {

class SnapshotStore;

class SaveSnapshotCommand : public ContactCommand
{
public:
    // The user's own weekly numbers (Today's strip, Insights).
    Changes changes() const override { return Change::Settings; }

    // `selectedContact` stays selected after each step.
    SaveSnapshotCommand(ContactStore &contacts, SnapshotStore &store,
                        const NetworkSnapshot &snapshot, qint64 selectedContact);

    const NetworkSnapshot &snapshot() const { return m_snapshot; }

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 contactAfterRedo() const override { return m_selected; }
    qint64 contactAfterUndo() const override { return m_selected; }

private:
    SnapshotStore &m_store;
    NetworkSnapshot m_snapshot;
    std::optional<NetworkSnapshot> m_replaced;
    qint64 m_selected;
};

} // namespace rapport
