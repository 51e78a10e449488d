#pragma once

// Undoable deletion of a post or article. The store deletes the piece's
// history of numbers with it, so the command keeps that history and undo
// puts the piece back under the same id with all its snapshots. Engagement
// events logged on the piece stay in the database, unattached; undo does not
// attach them again (the stores offer no way to).

#include "ContentUndoCommand.h"
#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"

#include <QList>

namespace rapport {

class DeleteContentCommand : public ContentUndoCommand
{
public:
    DeleteContentCommand(ContentStore &store, const ContentPiece &piece);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 pieceAfterRedo() const override { return 0; }
    qint64 pieceAfterUndo() const override { return m_piece.id; }

private:
    ContentPiece m_piece;
    QList<ContentMetrics> m_history;
};

} // namespace rapport
