#include "contacts/AddContactCommand.h"

#include "store/ContactStore.h"

#include <QCoreApplication>

namespace rapport {

AddContactCommand::AddContactCommand(ContactStore &store, const Contact &contact)
    : ContactCommand(store, QCoreApplication::translate("AddContactCommand", "Add %1")
                                .arg(contact.fullName().trimmed()))
    , m_contact(contact)
{}

bool AddContactCommand::redoChange(QString *error)
{
    return store().add(m_contact, error);
}

bool AddContactCommand::undoChange(QString *error)
{
    return store().remove(m_contact.id, error);
}

} // namespace rapport
