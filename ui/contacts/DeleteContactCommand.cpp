#include "contacts/DeleteContactCommand.h"

#include <QCoreApplication>

namespace rapport {

DeleteContactCommand::DeleteContactCommand(ContactStore &store, const Contact &contact)
    : ContactCommand(
          store,
          QCoreApplication::translate("DeleteContactCommand", "Delete %1").arg(contact.fullName()))
    , m_contact(contact)
{}

bool DeleteContactCommand::redoChange(QString *error)
{
    std::optional<ContactRemoval::Snapshot> removed =
        ContactRemoval(store()).remove(m_contact.id, error);
    if (!removed)
        return false;
    m_removed = std::move(removed);
    return true;
}

bool DeleteContactCommand::undoChange(QString *error)
{
    if (!m_removed) {
        if (error)
            *error = QCoreApplication::translate("DeleteContactCommand",
                                                 "%1 was not deleted here, so there is nothing "
                                                 "to bring back.")
                         .arg(m_contact.fullName());
        return false;
    }
    if (!ContactRemoval(store()).restore(*m_removed, error))
        return false;
    m_contact = m_removed->contact;
    m_removed.reset();
    return true;
}

} // namespace rapport
