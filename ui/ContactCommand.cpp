#include "ContactCommand.h"

namespace rapport {

ContactCommand::ContactCommand(ContactStore &store, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
{}

bool ContactCommand::apply(QString *error)
{
    QString message;
    const bool ok = redoChange(&message);
    if (!ok) {
        if (error)
            *error = message;
        return false;
    }
    m_applied = true;
    if (m_changed)
        m_changed(contactAfterRedo());
    return true;
}

void ContactCommand::redo()
{
    // QUndoStack::push() calls redo(); apply() has already done the work.
    if (m_applied) {
        m_applied = false;
        return;
    }
    QString error;
    const bool ok = redoChange(&error);
    finish(ok, error, contactAfterRedo());
}

void ContactCommand::undo()
{
    QString error;
    const bool ok = undoChange(&error);
    finish(ok, error, contactAfterUndo());
}

void ContactCommand::finish(bool ok, const QString &error, qint64 contactId)
{
    if (!ok) {
        setObsolete(true);
        if (m_failed)
            m_failed(error);
        return;
    }
    if (m_changed)
        m_changed(contactId);
}

} // namespace rapport
