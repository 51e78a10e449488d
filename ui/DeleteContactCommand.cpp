#include "DeleteContactCommand.h"

#include "db/Transaction.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"

#include <QCoreApplication>

namespace rapport {

DeleteContactCommand::DeleteContactCommand(ContactStore &store, EngagementStore *engagement,
                                           const Contact &contact)
    : ContactCommand(
          store,
          QCoreApplication::translate("DeleteContactCommand", "Delete %1").arg(contact.fullName()))
    , m_engagement(engagement)
    , m_contact(contact)
{}

bool DeleteContactCommand::redoChange(QString *error)
{
    if (m_engagement) {
        m_events = m_engagement->forContact(m_contact.id);
        m_followsBefore = m_engagement->followsBefore(m_contact.id);
    }
    return store().remove(m_contact.id, error);
}

bool DeleteContactCommand::undoChange(QString *error)
{
    Transaction tx(store().database());
    Contact restored = m_contact;
    if (!store().add(restored, error))
        return false;
    if (m_engagement && !m_events.isEmpty() &&
        !m_engagement->restoreForContact(restored.id, m_events, m_followsBefore, error))
        return false;
    if (!tx.commit(error))
        return false;
    m_contact = restored;
    return true;
}

} // namespace rapport
