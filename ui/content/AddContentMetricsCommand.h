#pragma once

// Undoable "add numbers" (one snapshot of a piece's views, reactions,
// comments and shares). A snapshot for a day that already has one replaces
// it; undo then puts the replaced numbers back instead of deleting the day.

#include "content/ContentUndoCommand.h"
#include "domain/ContentMetrics.h"

#include <optional>

namespace rapport {

class AddContentMetricsCommand : public ContentUndoCommand
{
public:
    // A piece's numbers.
    Changes changes() const override { return Change::Content; }

    // `title` names the piece in the Edit menu.
    AddContentMetricsCommand(ContentStore &store, const ContentMetrics &metrics,
                             const QString &title);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 pieceAfterRedo() const override { return m_metrics.contentId; }
    qint64 pieceAfterUndo() const override { return m_metrics.contentId; }

private:
    ContentMetrics m_metrics;
    std::optional<ContentMetrics> m_replaced;
};

} // namespace rapport
