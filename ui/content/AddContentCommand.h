#pragma once

// Undoable "add a post or article". Redo after undo re-inserts under the
// same id, so later commands that refer to the piece stay valid.

#include "content/ContentUndoCommand.h"
#include "domain/ContentPiece.h"

namespace rapport {

class AddContentCommand : public ContentUndoCommand
{
public:
    // A content piece.
    Changes changes() const override { return Change::Content; }

    AddContentCommand(ContentStore &store, const ContentPiece &piece);

    qint64 pieceId() const { return m_piece.id; }

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 pieceAfterRedo() const override { return m_piece.id; }
    qint64 pieceAfterUndo() const override { return 0; }

private:
    ContentPiece m_piece;
};

} // namespace rapport
