#include "content/DeleteContentCommand.h"

#include "store/ContentStore.h"

#include <QCoreApplication>

namespace rapport {

DeleteContentCommand::DeleteContentCommand(ContentStore &store, const ContentPiece &piece)
    : ContentUndoCommand(
          store,
          QCoreApplication::translate("DeleteContentCommand", "Delete %1").arg(quoted(piece.title)))
    , m_piece(piece)
{}

bool DeleteContentCommand::redoChange(QString *error)
{
    // Read the history as it is now: numbers may have been added since the
    // last time this ran.
    const QList<ContentMetrics> history = store().metrics(m_piece.id);
    const QList<qint64> engagement = store().engagementIds(m_piece.id);
    if (!store().remove(m_piece.id, error))
        return false;
    m_history = history;
    m_engagementIds = engagement;
    return true;
}

bool DeleteContentCommand::undoChange(QString *error)
{
    return store().restore(m_piece, m_history, m_engagementIds, error);
}

} // namespace rapport
