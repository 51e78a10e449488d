#pragma once

// The daily outreach queue as the user works it: planned once per day
// (DailyQueue) and stored, so its order holds across restarts and between
// the window and the CLI; what became of each item (Done, Skip, Snooze, Never, Reopen), each
// action able to hand back what it changed so it can be undone exactly.
// Snooze and Never are keep-in-touch changes: KeepInTouchStore, the one
// writer of those contact columns, makes them. Every write is one
// transaction, nested inside the caller's.

#include "domain/QueueItem.h"
#include "store/QueueRestorePoint.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

namespace rapport {

class Database;
class KeepInTouchStore;
class StatementCache;

class QueueStore
{
    Q_DECLARE_TR_FUNCTIONS(QueueStore)

public:
    explicit QueueStore(Database &db);
    ~QueueStore();
    QueueStore(const QueueStore &) = delete;
    QueueStore &operator=(const QueueStore &) = delete;

    // Stores `planned` (QueuePlanner's plan) as the queue of `day`, every
    // item open, in one transaction nested inside the caller's. DailyQueue
    // plans and stores a day's queue once.
    bool storeQueue(const QDate &day, const QList<QueueItem> &planned, QString *error);
    // The stored queue of a day, in its order; empty when none was planned.
    QList<QueueItem> items(const QDate &day) const;
    bool hasQueue(const QDate &day) const;

    // The actions on the contact's item of `day`. `before` (optional)
    // receives what the action changed, as it was, for restore().
    //
    // The item was done by logging this outreach (0: none logged).
    bool markDone(const QDate &day, qint64 contactId, qint64 outreachId, QString *error,
                  QueueRestorePoint *before = nullptr);
    // Not today; the contact may come back tomorrow.
    bool skip(const QDate &day, qint64 contactId, QString *error,
              QueueRestorePoint *before = nullptr);
    // A done or skipped item back in the day's queue (an outreach logged for
    // it stays logged; the item no longer points at it). Open, unless the
    // contact's keep-in-touch holds it back (snoozed, never) meanwhile.
    bool reopen(const QDate &day, qint64 contactId, QString *error,
                QueueRestorePoint *before = nullptr);
    // Hidden from every queue before `until` (a day after `day`): the
    // contact's snooze, set through KeepInTouchStore::set.
    bool snooze(const QDate &day, qint64 contactId, const QDate &until, QString *error,
                QueueRestorePoint *before = nullptr);
    // Do not contact this person again: do-not-contact, set through
    // KeepInTouchStore::set, hides them from every queue.
    bool never(const QDate &day, qint64 contactId, QString *error,
               QueueRestorePoint *before = nullptr);
    // Puts back exactly what an action changed (KeepInTouchStore::restore).
    bool restore(const QueueRestorePoint &before, QString *error);

    // Keep-in-touch cadence in days of everyone with a tag; nullopt: inherit
    // (KeepInTouchStore::setTagCadences).
    bool setTagCadence(const QString &tag, std::optional<int> days, QString *error);

    Database &database() const { return m_db; }

private:
    bool setStatus(const QDate &day, qint64 contactId, QueueItem::Status status, qint64 outreachId,
                   QString *error, QueueRestorePoint *before);
    // Changes the contact's keep-in-touch settings as `change` says.
    bool changeSettings(const QDate &day, qint64 contactId,
                        const std::function<void(KeepInTouch &)> &change, QString *error,
                        QueueRestorePoint *before);

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
    std::unique_ptr<KeepInTouchStore> m_keepInTouch;
};

} // namespace rapport
