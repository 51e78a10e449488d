#include "contacts/SetTagCadencesCommand.h"

#include "store/KeepInTouchStore.h"

#include <QCoreApplication>

namespace rapport {

SetTagCadencesCommand::SetTagCadencesCommand(ContactStore &contacts, KeepInTouchStore &store,
                                             const QList<TagCadence> &before,
                                             const QList<TagCadence> &after, qint64 selectedContact)
    : ContactCommand(contacts,
                     QCoreApplication::translate("SetTagCadencesCommand", "Set Tag Cadences"))
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_selected(selectedContact)
{}

bool SetTagCadencesCommand::redoChange(QString *error)
{
    return m_store.setTagCadences(m_after, error);
}

bool SetTagCadencesCommand::undoChange(QString *error)
{
    return m_store.setTagCadences(m_before, error);
}

} // namespace rapport
