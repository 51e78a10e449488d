#pragma once

// Base of the undoable edits on the Content page, pieces and their numbers
// (see StoreCommand): it names the piece to select after each step.

#include "session/StoreCommand.h"

namespace rapport {

class ContentStore;

class ContentUndoCommand : public StoreCommand
{
protected:
    ContentUndoCommand(ContentStore &store, const QString &text);

    virtual qint64 pieceAfterRedo() const = 0;
    virtual qint64 pieceAfterUndo() const = 0;
    qint64 itemAfterRedo() const final { return pieceAfterRedo(); }
    qint64 itemAfterUndo() const final { return pieceAfterUndo(); }

    ContentStore &store() const { return m_store; }

    // A title as the Edit menu shows it: quoted, long ones shortened.
    static QString quoted(const QString &title);

private:
    ContentStore &m_store;
};

} // namespace rapport
