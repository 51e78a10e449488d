#include "SetKeepInTouchCommand.h"

#include "store/KeepInTouchStore.h"

#include <QCoreApplication>

namespace rapport {

SetKeepInTouchCommand::SetKeepInTouchCommand(ContactStore &contacts, KeepInTouchStore &store,
                                             qint64 contactId, const QString &contactName,
                                             const KeepInTouch &before, const KeepInTouch &after)
    : ContactCommand(contacts,
                     QCoreApplication::translate("SetKeepInTouchCommand", "Keep in Touch with %1")
                         .arg(contactName))
    , m_store(store)
    , m_contactId(contactId)
    , m_before(before)
    , m_after(after)
{}

bool SetKeepInTouchCommand::redoChange(QString *error)
{
    return m_store.set(m_contactId, m_after, error, &m_retired);
}

bool SetKeepInTouchCommand::undoChange(QString *error)
{
    return m_store.set(m_contactId, m_before, error, nullptr, m_retired);
}

} // namespace rapport
