#include "insights/SaveSnapshotCommand.h"

#include "store/SnapshotStore.h"

#include <QCoreApplication>

namespace rapport {

SaveSnapshotCommand::SaveSnapshotCommand(ContactStore &contacts, SnapshotStore &store,
                                         const NetworkSnapshot &snapshot, qint64 selectedContact)
    : ContactCommand(contacts,
                     QCoreApplication::translate("SaveSnapshotCommand", "Enter Weekly Numbers"))
    , m_store(store)
    , m_snapshot(snapshot)
    , m_selected(selectedContact)
{}

bool SaveSnapshotCommand::redoChange(QString *error)
{
    // A redo writes the same week again: it finds and corrects the entry the
    // undo put back, or adds it anew.
    return m_store.save(m_snapshot, error, &m_replaced);
}

bool SaveSnapshotCommand::undoChange(QString *error)
{
    if (m_replaced)
        return m_store.update(*m_replaced, error);
    return m_store.remove(m_snapshot.id, error);
}

} // namespace rapport
