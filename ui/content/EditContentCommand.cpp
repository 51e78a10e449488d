#include "content/EditContentCommand.h"

#include "store/ContentStore.h"

#include <QCoreApplication>

namespace rapport {

EditContentCommand::EditContentCommand(ContentStore &store, const ContentPiece &before,
                                       const ContentPiece &after)
    : ContentUndoCommand(
          store,
          QCoreApplication::translate("EditContentCommand", "Edit %1").arg(quoted(before.title)))
    , m_before(before)
    , m_after(after)
{}

bool EditContentCommand::redoChange(QString *error)
{
    return store().update(m_after, error);
}

bool EditContentCommand::undoChange(QString *error)
{
    return store().update(m_before, error);
}

} // namespace rapport
