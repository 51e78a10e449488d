#pragma once

// Reads and writes how the daily queue treats contacts and tags: a
// contact's cadence, archived, do-not-contact and snooze all at once (so the
// window can undo them as one step), and every tag's cadence. The only writer
// of those contact columns: the window's Keep in Touch…, Today's Snooze and
// Never and the CLI's queue commands all come here, so one rule decides what
// becomes of the contact's queue item. Each write is one transaction.

#include "domain/KeepInTouch.h"
#include "domain/TagCadence.h"
#include "store/QueueRestorePoint.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace rapport {

class Database;
class StatementCache;

class KeepInTouchStore
{
    Q_DECLARE_TR_FUNCTIONS(KeepInTouchStore)

public:
    explicit KeepInTouchStore(Database &db);
    ~KeepInTouchStore();
    KeepInTouchStore(const KeepInTouchStore &) = delete;
    KeepInTouchStore &operator=(const KeepInTouchStore &) = delete;

    // nullopt, with the reason, when the contact cannot be read.
    std::optional<KeepInTouch> get(qint64 contactId, QString *error = nullptr) const;
    // Writes the settings (cadence, archived, do-not-contact, snooze), then
    // brings the contact's queue items of `day` (the queue being worked,
    // normally today's) and of any later day in line with them. The one
    // rule: an item done or skipped stays so (the user's own answer to it);
    // otherwise it is "never" while the contact is do-not-contact, "snoozed"
    // until the snooze's end while that is after the item's day, and open
    // again once neither holds (a snooze cleared, do-not-contact lifted).
    // `before` (optional) receives what the write may have changed, as it
    // was, for restore().
    bool set(qint64 contactId, const KeepInTouch &settings, const QDate &day, QString *error,
             QueueRestorePoint *before = nullptr);

    // The contact's settings and its items of `day` and later, as they are now.
    bool capture(qint64 contactId, const QDate &day, QueueRestorePoint *point,
                 QString *error) const;
    // Puts back exactly what `point` holds (an undo): the settings when it
    // holds them, and the state of each item it holds.
    bool restore(const QueueRestorePoint &point, QString *error);

    // Every tag, by name, with its cadence and how many contacts carry it.
    QList<TagCadence> tagCadences(QString *error = nullptr) const;
    // Sets the cadence of each tag listed (nullopt clears it); all or nothing.
    bool setTagCadences(const QList<TagCadence> &cadences, QString *error);

private:
    bool writeSettings(qint64 contactId, const KeepInTouch &settings, QString *error);
    bool writeItemState(qint64 contactId, const QueueRestorePoint::ItemState &state,
                        QString *error);

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
