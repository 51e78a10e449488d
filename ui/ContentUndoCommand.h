#pragma once

// Base of the undoable edits on the Content page (pieces and their numbers),
// as ContactCommand is for contacts: the change is applied once before the
// command reaches the QUndoStack, so a change the store refuses is never
// pushed; a later undo/redo failure retires the command.

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace rapport {

class ContentStore;

class ContentUndoCommand : public QUndoCommand
{
public:
    // Told after every successful change, with the piece worth selecting (0
    // when it no longer exists).
    using ChangedHandler = std::function<void(qint64 pieceId)>;
    using ErrorHandler = std::function<void(const QString &error)>;

    void setChangedHandler(ChangedHandler handler) { m_changed = std::move(handler); }
    void setErrorHandler(ErrorHandler handler) { m_failed = std::move(handler); }

    // Performs the change for the first time; push the command only if this
    // succeeds.
    bool apply(QString *error);

    void redo() final;
    void undo() final;

protected:
    ContentUndoCommand(ContentStore &store, const QString &text);

    virtual bool redoChange(QString *error) = 0;
    virtual bool undoChange(QString *error) = 0;
    virtual qint64 pieceAfterRedo() const = 0;
    virtual qint64 pieceAfterUndo() const = 0;

    ContentStore &store() const { return m_store; }

    // A title as the Edit menu shows it: quoted, long ones shortened.
    static QString quoted(const QString &title);

private:
    void finish(bool ok, const QString &error, qint64 pieceId);

    ContentStore &m_store;
    ChangedHandler m_changed;
    ErrorHandler m_failed;
    bool m_applied = false;
};

} // namespace rapport
