#pragma once

// Undoable change of a post's or article's kind, title, address or date:
// keeps the piece as it was and as it became, and writes one or the other.

#include "content/ContentUndoCommand.h"
#include "domain/ContentPiece.h"

namespace rapport {

class EditContentCommand : public ContentUndoCommand
{
public:
    // A content piece.
    Changes changes() const override { return Change::Content; }

    EditContentCommand(ContentStore &store, const ContentPiece &before, const ContentPiece &after);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 pieceAfterRedo() const override { return m_after.id; }
    qint64 pieceAfterUndo() const override { return m_before.id; }

private:
    ContentPiece m_before;
    ContentPiece m_after;
};

} // namespace rapport
