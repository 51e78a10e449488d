#pragma once

// Base of the undoable contact edits. The change is applied once before the
// command reaches the QUndoStack, so a change the store refuses is never
// pushed; later undo/redo failures retire the command instead of leaving a
// stack that lies about the database.

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace rapport {

class ContactStore;

class ContactCommand : public QUndoCommand
{
public:
    // Told after every successful change, with the contact worth selecting
    // (0 when it no longer exists).
    using ChangedHandler = std::function<void(qint64 contactId)>;
    using ErrorHandler = std::function<void(const QString &error)>;

    void setChangedHandler(ChangedHandler handler) { m_changed = std::move(handler); }
    void setErrorHandler(ErrorHandler handler) { m_failed = std::move(handler); }

    // Performs the change for the first time; push the command only if this
    // succeeds.
    bool apply(QString *error);

    void redo() final;
    void undo() final;

protected:
    ContactCommand(ContactStore &store, const QString &text);

    virtual bool redoChange(QString *error) = 0;
    virtual bool undoChange(QString *error) = 0;
    virtual qint64 contactAfterRedo() const = 0;
    virtual qint64 contactAfterUndo() const = 0;

    ContactStore &store() const { return m_store; }

private:
    void finish(bool ok, const QString &error, qint64 contactId);

    ContactStore &m_store;
    ChangedHandler m_changed;
    ErrorHandler m_failed;
    bool m_applied = false;
};

} // namespace rapport
