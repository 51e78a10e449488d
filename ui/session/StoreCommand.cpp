#include "session/StoreCommand.h"

namespace rapport {

StoreCommand::StoreCommand(const QString &text)
    : QUndoCommand(text)
{}

bool StoreCommand::apply(QString *error)
{
    QString message;
    if (!redoChange(&message)) {
        if (error)
            *error = message;
        return false;
    }
    m_applied = true;
    if (m_changed)
        m_changed(itemAfterRedo());
    return true;
}

void StoreCommand::redo()
{
    // QUndoStack::push() calls redo(); apply() has already done the work.
    if (m_applied) {
        m_applied = false;
        return;
    }
    QString error;
    const bool ok = redoChange(&error);
    finish(ok, error, itemAfterRedo());
}

void StoreCommand::undo()
{
    QString error;
    const bool ok = undoChange(&error);
    finish(ok, error, itemAfterUndo());
}

void StoreCommand::finish(bool ok, const QString &error, qint64 id)
{
    if (!ok) {
        setObsolete(true);
        if (m_failed)
            m_failed(error);
        return;
    }
    if (m_changed)
        m_changed(id);
}

} // namespace rapport
