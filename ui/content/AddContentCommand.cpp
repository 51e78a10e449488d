#include "content/AddContentCommand.h"

#include "store/ContentStore.h"

#include <QCoreApplication>

namespace rapport {

AddContentCommand::AddContentCommand(ContentStore &store, const ContentPiece &piece)
    : ContentUndoCommand(
          store,
          QCoreApplication::translate("AddContentCommand", "Add %1").arg(quoted(piece.title)))
    , m_piece(piece)
{}

bool AddContentCommand::redoChange(QString *error)
{
    return store().add(m_piece, error);
}

bool AddContentCommand::undoChange(QString *error)
{
    return store().remove(m_piece.id, error);
}

} // namespace rapport
