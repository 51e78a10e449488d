#include "contacts/SetKeepInTouchCommand.h"

#include "store/KeepInTouchStore.h"

#include <QCoreApplication>

namespace rapport {

SetKeepInTouchCommand::SetKeepInTouchCommand(ContactStore &contacts, KeepInTouchStore &store,
                                             qint64 contactId, const QString &contactName,
                                             const KeepInTouch &before, const KeepInTouch &after,
                                             const QDate &day)
    : ContactCommand(contacts,
                     QCoreApplication::translate("SetKeepInTouchCommand", "Keep in Touch with %1")
                         .arg(contactName))
    , m_store(store)
    , m_contactId(contactId)
    , m_after(after)
    , m_day(day)
{
    m_before.contactId = contactId;
    m_before.settings = before;
}

bool SetKeepInTouchCommand::redoChange(QString *error)
{
    return m_store.set(m_contactId, m_after, m_day, error, &m_before);
}

bool SetKeepInTouchCommand::undoChange(QString *error)
{
    return m_store.restore(m_before, error);
}

} // namespace rapport
