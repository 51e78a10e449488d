#include "ContentUndoCommand.h"

#include <QCoreApplication>

namespace rapport {

namespace {

// Long enough to recognise a title, short enough for a menu item.
constexpr int maxTitleLength = 40;

} // namespace

ContentUndoCommand::ContentUndoCommand(ContentStore &store, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
{}

QString ContentUndoCommand::quoted(const QString &title)
{
    QString shown = title.simplified();
    if (shown.size() > maxTitleLength)
        shown = shown.left(maxTitleLength - 1).trimmed() + QChar(0x2026);
    return QCoreApplication::translate("ContentUndoCommand", "“%1”").arg(shown);
}

bool ContentUndoCommand::apply(QString *error)
{
    QString message;
    if (!redoChange(&message)) {
        if (error)
            *error = message;
        return false;
    }
    m_applied = true;
    if (m_changed)
        m_changed(pieceAfterRedo());
    return true;
}

void ContentUndoCommand::redo()
{
    // QUndoStack::push() calls redo(); apply() has already done the work.
    if (m_applied) {
        m_applied = false;
        return;
    }
    QString error;
    const bool ok = redoChange(&error);
    finish(ok, error, pieceAfterRedo());
}

void ContentUndoCommand::undo()
{
    QString error;
    const bool ok = undoChange(&error);
    finish(ok, error, pieceAfterUndo());
}

void ContentUndoCommand::finish(bool ok, const QString &error, qint64 pieceId)
{
    if (!ok) {
        setObsolete(true);
        if (m_failed)
            m_failed(error);
        return;
    }
    if (m_changed)
        m_changed(pieceId);
}

} // namespace rapport
