#include "session/ContactCommand.h"

namespace rapport {

ContactCommand::ContactCommand(ContactStore &store, const QString &text)
    : StoreCommand(text)
    , m_store(store)
{}

QList<qint64> ContactCommand::contactIds() const
{
    QList<qint64> ids;
    for (const qint64 id : {contactAfterRedo(), contactAfterUndo()}) {
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace rapport
