#include "today/QueueItemCommand.h"

#include "store/QueueStore.h"

#include <QCoreApplication>

namespace rapport {

QueueItemCommand::QueueItemCommand(Database &db, Action action, const QueueItem &item,
                                   qint64 outreachId, const QDate &until)
    : StoreCommand(describe(action, item.contactName))
    , m_db(db)
    , m_action(action)
    , m_item(item)
    , m_outreachId(outreachId)
    , m_until(until)
{}

QString QueueItemCommand::describe(Action action, const QString &contactName)
{
    switch (action) {
    case Action::Done:
        return QCoreApplication::translate("QueueItemCommand", "Done: %1").arg(contactName);
    case Action::Skip:
        return QCoreApplication::translate("QueueItemCommand", "Skip %1").arg(contactName);
    case Action::Snooze:
        return QCoreApplication::translate("QueueItemCommand", "Snooze %1").arg(contactName);
    case Action::Never:
        return QCoreApplication::translate("QueueItemCommand", "Never Suggest %1").arg(contactName);
    case Action::Reopen:
        return QCoreApplication::translate("QueueItemCommand", "Reopen %1").arg(contactName);
    }
    return {};
}

Changes QueueItemCommand::changes() const
{
    // Snooze and Never write the contact's keep-in-touch settings too.
    if (m_action == Action::Snooze || m_action == Action::Never)
        return Changes(Change::Queue) | Change::Contacts;
    return Change::Queue;
}

bool QueueItemCommand::redoChange(QString *error)
{
    // A store per step: the command may outlive the page, never the database
    // (the Session clears its undo stack before closing it).
    QueueStore store(m_db);
    const QDate &day = m_item.day;
    const qint64 id = m_item.contactId;
    switch (m_action) {
    case Action::Done:
        return store.markDone(day, id, m_outreachId, error, &m_before);
    case Action::Skip:
        return store.skip(day, id, error, &m_before);
    case Action::Snooze:
        return store.snooze(day, id, m_until, error, &m_before);
    case Action::Never:
        return store.never(day, id, error, &m_before);
    case Action::Reopen:
        return store.reopen(day, id, error, &m_before);
    }
    return false;
}

bool QueueItemCommand::undoChange(QString *error)
{
    return QueueStore(m_db).restore(m_before, error);
}

} // namespace rapport
