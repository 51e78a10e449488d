#include "contacts/EditContactCommand.h"

#include "store/ContactStore.h"

#include <QCoreApplication>

namespace rapport {

EditContactCommand::EditContactCommand(ContactStore &store, const Contact &before,
                                       const Contact &after)
    : ContactCommand(
          store,
          QCoreApplication::translate("EditContactCommand", "Edit %1").arg(before.fullName()))
    , m_before(before)
    , m_after(after)
{}

bool EditContactCommand::redoChange(QString *error)
{
    return store().update(m_after, error);
}

bool EditContactCommand::undoChange(QString *error)
{
    return store().update(m_before, error);
}

} // namespace rapport
