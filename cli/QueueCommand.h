#pragma once

// rapport-cli queue: the day's outreach queue (the same one the Today page
// shows, planned once per day and stored), and what became of its items:
// done, skipped for the day, never again, or snoozed until a date.

#include "domain/QueueItem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace rapport {

class CliSession;
class Database;

class QueueCommand
{
    Q_DECLARE_TR_FUNCTIONS(QueueCommand)

public:
    explicit QueueCommand(CliSession &session);

    // `args` follow the word "queue". Returns the exit code.
    int run(const QStringList &args);
    // How to call queue, for --help.
    static QString synopsis();
    // "invite to connect", "answer their reply": an action in words.
    static QString actionText(QueueItem::Action action);

private:
    int list(const QStringList &args);
    int change(const QString &subcommand, const QStringList &args);
    // cadence, archive, unarchive, allow: who is in the queue at all.
    int settle(const QString &subcommand, const QStringList &args);
    // The stored queue of a day up to today, planned first when it is today's;
    // false after reporting why it could not be read.
    bool dayQueue(Database &db, const QDate &day, QList<QueueItem> *items);
    // The invitations held back by the three weeks after a withdrawal.
    static QJsonArray heldBackJson(const QList<QueueItem> &heldBack);
    void printHeldBack(const QList<QueueItem> &heldBack);

    CliSession &m_session;
};

} // namespace rapport
