#pragma once

// Follows the undo steps one page pushes (StoreCommand): with a Session, the
// session applies the step and tells every view, and the page re-reads once
// and selects the row the step changed; without one (tests), the step is
// applied here and kept on the page's QUndoStack. A step that cannot be
// undone or redone is said in a warning. Changes made elsewhere reload the
// page (through a ChangeWatcher).

#include "session/Change.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QUndoStack;
class QWidget;

namespace rapport {

class ChangeWatcher;
class Session;
class StoreCommand;

class UndoStepFollower : public QObject
{
    Q_OBJECT

public:
    // Re-reads the page and selects the row with this id (0: none).
    using RowsChanged = std::function<void(qint64 id)>;
    // Re-reads the page after a change made elsewhere.
    using Reload = std::function<void()>;
    // The id of the page's current row (0: none).
    using CurrentId = std::function<qint64()>;

    // `page` shows what `shows` names; `undo` is the page's own stack, used
    // without a Session (nullptr: the step stays, with no undo).
    UndoStepFollower(QWidget *page, Changes shows, QUndoStack *undo, Reload reload,
                     RowsChanged rowsChanged, CurrentId currentId);

    // Listens to another session (nullptr: none); forgets a pending step.
    void setSession(Session *session);
    // Applies the step (through the session when there is one) and keeps it
    // for undo. False, with what went wrong, when it was refused.
    bool push(std::unique_ptr<StoreCommand> command, QString *error);
    // Gives the step the page's handlers for its later undo and redo.
    void follow(StoreCommand &command);
    // Without a session: the applied step onto the page's own stack.
    void keep(std::unique_ptr<StoreCommand> command);

private:
    QWidget *m_page;
    QPointer<QUndoStack> m_undo;
    Session *m_session = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    RowsChanged m_rowsChanged;
    CurrentId m_currentId;
    // The row to select once the session's change arrives (after a step).
    qint64 m_selectAfterChange = 0;
    bool m_stepPending = false;
};

} // namespace rapport
