#pragma once

// Undoable deletion of a post or article. The store deletes the piece's
// history of numbers with it and leaves the engagement logged on it
// unattached, so the command keeps both; undo puts the piece back under the
// same id with all its snapshots and re-attaches its engagement, in one
// transaction.

#include "content/ContentUndoCommand.h"
#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"

#include <QList>

namespace rapport {

class DeleteContentCommand : public ContentUndoCommand
{
public:
    // The piece and its numbers; its engagement events come loose.
    Changes changes() const override { return Changes(Change::Content) | Change::Engagement; }

    DeleteContentCommand(ContentStore &store, const ContentPiece &piece);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 pieceAfterRedo() const override { return 0; }
    qint64 pieceAfterUndo() const override { return m_piece.id; }

private:
    ContentPiece m_piece;
    QList<ContentMetrics> m_history;
    QList<qint64> m_engagementIds;
};

} // namespace rapport
