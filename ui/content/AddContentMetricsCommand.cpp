#include "content/AddContentMetricsCommand.h"

#include "store/ContentStore.h"

#include <QCoreApplication>

namespace rapport {

AddContentMetricsCommand::AddContentMetricsCommand(ContentStore &store,
                                                   const ContentMetrics &metrics,
                                                   const QString &title)
    : ContentUndoCommand(
          store, QCoreApplication::translate("AddContentMetricsCommand", "Add Numbers for %1")
                     .arg(quoted(title)))
    , m_metrics(metrics)
{
    const QList<ContentMetrics> history = store.metrics(metrics.contentId);
    for (const ContentMetrics &snapshot : history) {
        if (snapshot.takenOn == metrics.takenOn)
            m_replaced = snapshot;
    }
}

bool AddContentMetricsCommand::redoChange(QString *error)
{
    return store().addMetrics(m_metrics, error);
}

bool AddContentMetricsCommand::undoChange(QString *error)
{
    if (m_replaced) {
        ContentMetrics previous = *m_replaced;
        return store().addMetrics(previous, error);
    }
    return store().removeMetrics(m_metrics.id, error);
}

} // namespace rapport
