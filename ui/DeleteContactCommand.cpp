#include "DeleteContactCommand.h"

#include "store/ContactStore.h"

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
    return store().remove(m_contact.id, error);
}

bool DeleteContactCommand::undoChange(QString *error)
{
    Contact restored = m_contact;
    if (!store().add(restored, error))
        return false;
    m_contact = restored;
    return true;
}

} // namespace rapport
