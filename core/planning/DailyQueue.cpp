#include "planning/DailyQueue.h"

#include "db/Database.h"
#include "db/SqlErrorText.h"
#include "db/Transaction.h"
#include "planning/QueuePlanner.h"
#include "store/QueueStore.h"

namespace rapport {

QList<QueueItem> DailyQueue::todayQueue(QueueStore &store, const QDate &today,
                                        const QueueSettings &settings, QString *error)
{
    if (!today.isValid()) {
        if (error)
            *error = tr("The queue needs a valid day.");
        return {};
    }
    if (store.hasQueue(today))
        return store.items(today);
    Database &db = store.database();
    if (db.isReadOnly()) // shown, not stored: nothing can be marked done
        return QueuePlanner::plan(db, today, settings);
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = SqlErrorText::sentence(tx.errorText());
        return {};
    }
    if (store.hasQueue(today))
        return store.items(today);
    if (!store.storeQueue(today, QueuePlanner::plan(db, today, settings), error) ||
        !tx.commit(error))
        return {};
    return store.items(today);
}

} // namespace rapport
