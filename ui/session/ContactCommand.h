#pragma once

// Base of the undoable contact edits (see StoreCommand): it names the
// contact to select after each step.

#include "session/StoreCommand.h"

namespace rapport {

class ContactStore;

class ContactCommand : public StoreCommand
{
public:
    // The contact shown after redo and after undo (those that exist).
    QList<qint64> contactIds() const override;

protected:
    ContactCommand(ContactStore &store, const QString &text);

    virtual qint64 contactAfterRedo() const = 0;
    virtual qint64 contactAfterUndo() const = 0;
    qint64 itemAfterRedo() const final { return contactAfterRedo(); }
    qint64 itemAfterUndo() const final { return contactAfterUndo(); }

    ContactStore &store() const { return m_store; }

private:
    ContactStore &m_store;
};

} // namespace rapport
