#include "ContactCommand.h"

namespace rapport {

ContactCommand::ContactCommand(ContactStore &store, const QString &text)
    : StoreCommand(text)
    , m_store(store)
{}

} // namespace rapport
