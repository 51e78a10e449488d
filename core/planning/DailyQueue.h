#pragma once

// The day's outreach queue as the window and rapport-cli show it: planned
// by QueuePlanner on the first call of the day and stored by QueueStore, so
// its order holds across restarts and between the window and the CLI; later
// calls read it back unchanged. A read-only database gets the plan shown,
// not stored (nothing can be marked done there).

#include "domain/QueueItem.h"
#include "planning/QueueSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace rapport {

class QueueStore;

class DailyQueue
{
    Q_DECLARE_TR_FUNCTIONS(DailyQueue)

public:
    // The queue of `today`, planned and stored under one write lock, so the
    // window and the CLI starting together store one queue, not two. Empty
    // with *error set when it could not be stored.
    static QList<QueueItem> todayQueue(QueueStore &store, const QDate &today,
                                       const QueueSettings &settings, QString *error = nullptr);
};

} // namespace rapport
