#include "DeleteContactCommand.h"

#include "db/Transaction.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/OutreachStore.h"
#include "store/ValueGivenStore.h"

#include <algorithm>

#include <QCoreApplication>

namespace rapport {

DeleteContactCommand::DeleteContactCommand(ContactStore &store, EngagementStore *engagement,
                                           OutreachStore *outreach, ValueGivenStore *values,
                                           const Contact &contact)
    : ContactCommand(
          store,
          QCoreApplication::translate("DeleteContactCommand", "Delete %1").arg(contact.fullName()))
    , m_engagement(engagement)
    , m_outreach(outreach)
    , m_values(values)
    , m_contact(contact)
{}

bool DeleteContactCommand::redoChange(QString *error)
{
    if (m_engagement) {
        m_events = m_engagement->forContact(m_contact.id);
        m_followsBefore = m_engagement->followsBefore(m_contact.id);
    }
    if (m_outreach) {
        OutreachFilter mine;
        mine.contactId = m_contact.id;
        m_outreachRows = m_outreach->list(mine);
        // Put back oldest first, so what a reply answers exists before it.
        std::reverse(m_outreachRows.begin(), m_outreachRows.end());
    }
    if (m_values)
        m_valueRows = m_values->forContact(m_contact.id);
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
    for (Outreach o : std::as_const(m_outreachRows)) {
        if (!m_outreach->add(o, error))
            return false;
    }
    for (ValueGiven v : std::as_const(m_valueRows)) {
        if (!m_values->add(v, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    m_contact = restored;
    return true;
}

} // namespace rapport
