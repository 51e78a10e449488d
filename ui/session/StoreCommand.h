#pragma once

// Base of every undoable edit in the window. The change is applied once
// before the command reaches the QUndoStack, so a change the store refuses
// is never pushed; later undo/redo failures retire the command instead of
// leaving a stack that lies about the database.

#include "session/Change.h"

#include <QList>
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace rapport {

class StoreCommand : public QUndoCommand
{
public:
    // Told after every successful change, with the item worth selecting (0
    // when it no longer exists).
    using ChangedHandler = std::function<void(qint64 id)>;
    using ErrorHandler = std::function<void(const QString &error)>;

    void setChangedHandler(ChangedHandler handler) { m_changed = std::move(handler); }
    void setErrorHandler(ErrorHandler handler) { m_failed = std::move(handler); }
    const ChangedHandler &changedHandler() const { return m_changed; }
    const ErrorHandler &errorHandler() const { return m_failed; }

    // What the command writes (the same for apply, undo and redo), so the
    // Session tells the views that show it.
    virtual Changes changes() const = 0;
    // The contacts it concerns, if any (for Session::changed).
    virtual QList<qint64> contactIds() const { return {}; }

    // Performs the change for the first time; push the command only if this
    // succeeds.
    bool apply(QString *error);

    void redo() final;
    void undo() final;

protected:
    explicit StoreCommand(const QString &text);

    virtual bool redoChange(QString *error) = 0;
    virtual bool undoChange(QString *error) = 0;
    // The item (contact, piece) to show after redo and after undo.
    virtual qint64 itemAfterRedo() const = 0;
    virtual qint64 itemAfterUndo() const = 0;

private:
    void finish(bool ok, const QString &error, qint64 id);

    ChangedHandler m_changed;
    ErrorHandler m_failed;
    bool m_applied = false;
};

} // namespace rapport
