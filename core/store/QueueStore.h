#pragma once

// The daily outreach queue as the user works it: planned once per day and
// stored, so its order holds across restarts and between the window and the
// CLI; what became of each item; snoozes, "never" and keep-in-touch
// cadences. Every write is one transaction, nested inside the caller's.

#include "planning/QueueItem.h"
#include "planning/QueueSettings.h"

#include <QList>
#include <memory>
#include <optional>

namespace rapport {

class Database;
class StatementCache;

class QueueStore
{
public:
    explicit QueueStore(Database &db);
    ~QueueStore();
    QueueStore(const QueueStore &) = delete;
    QueueStore &operator=(const QueueStore &) = delete;

    // The day's queue: planned (QueuePlanner) and stored by the first call
    // of the day, read back unchanged by later ones. Empty with an error set
    // when it could not be stored.
    QList<QueueItem> todayQueue(const QDate &today, const QueueSettings &settings,
                                QString *error = nullptr);
    // The stored queue of a day, in its order; empty when none was planned.
    QList<QueueItem> items(const QDate &day) const;
    bool hasQueue(const QDate &day) const;

    // The item was done by logging this outreach (0: none logged).
    bool markDone(const QDate &day, qint64 contactId, qint64 outreachId, QString *error);
    // Not today; the contact may come back tomorrow.
    bool skip(const QDate &day, qint64 contactId, QString *error);
    // Do not contact this person again: hides them from every queue.
    bool never(qint64 contactId, QString *error);
    // Archived or do-not-contact contacts are in no queue; both can be undone.
    bool setArchived(qint64 contactId, bool archived, QString *error);
    bool setDoNotContact(qint64 contactId, bool doNotContact, QString *error);
    // Hidden from every queue before `until`; their open items become snoozed.
    bool snooze(qint64 contactId, const QDate &until, QString *error);

    // Keep-in-touch cadence in days of one contact or of everyone with a
    // tag; nullopt: inherit (the tags', then the default).
    bool setContactCadence(qint64 contactId, std::optional<int> days, QString *error);
    bool setTagCadence(const QString &tag, std::optional<int> days, QString *error);

private:
    bool setStatus(const QDate &day, qint64 contactId, QueueItem::Status status, qint64 outreachId,
                   QString *error);

    // `sql` updates one column of one contact: "... SET col = ? WHERE id = ?".
    bool updateContactColumn(const QString &sql, const QVariant &value, qint64 contactId,
                             const QString &failure, QString *error);

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
