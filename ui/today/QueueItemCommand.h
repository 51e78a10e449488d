#pragma once

// One of Today's actions on a queue item (Done, Skip, Snooze, Never,
// Reopen) as one undo step: a thin adapter over QueueStore, whose restore
// point puts back exactly what the action changed (the item's status, snooze
// and outreach, and the contact's keep-in-touch settings for Snooze and
// Never).

#include "domain/QueueItem.h"
#include "session/StoreCommand.h"
#include "store/QueueRestorePoint.h"

#include <QDate>

namespace rapport {

class Database;

class QueueItemCommand : public StoreCommand
{
public:
    enum class Action { Done, Skip, Snooze, Never, Reopen };

    // `outreachId`: the outreach logged to complete it (Done; 0 none);
    // `until`: the day a snooze ends (Snooze).
    QueueItemCommand(Database &db, Action action, const QueueItem &item, qint64 outreachId = 0,
                     const QDate &until = QDate());

    Changes changes() const override;
    QList<qint64> contactIds() const override { return {m_item.contactId}; }

    // "Done: Ana Lee", "Skip Ana Lee", ... (the undo stack's text).
    static QString describe(Action action, const QString &contactName);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 itemAfterRedo() const override { return m_item.contactId; }
    qint64 itemAfterUndo() const override { return m_item.contactId; }

private:
    Database &m_db;
    Action m_action;
    QueueItem m_item;
    qint64 m_outreachId;
    QDate m_until;
    QueueRestorePoint m_before;
};

} // namespace rapport
