#pragma once

// Deleting one outreach and putting it back. remove() deletes it the way
// OutreachStore does (a reply takes back the "replied" it gave the message
// it answered) and keeps, in a Snapshot, the row as stored, the replies and
// queue items that pointed at it (the database let go of them) and the
// outcome the answered message had; restore() puts all of that back in one
// transaction, under the same id, without attaching the row to anything it
// was not attached to. The window's undo goes through it.

#include "store/StoredRows.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>
#include <optional>

namespace rapport {

class Database;
class OutreachStore;

class OutreachRemoval
{
    Q_DECLARE_TR_FUNCTIONS(OutreachRemoval)

public:
    struct Snapshot
    {
        qint64 id = 0;
        qint64 contactId = 0;
        StoredRows row;
        QList<StoredRows::Link> links; // replies and queue items pointing at it
        // The message it answered, with that one's outcome as stored before
        // the delete and as the delete left it (0: it answered nothing).
        qint64 answeredId = 0;
        QString outcomeBefore;
        QString outcomeAtBefore;
        QString outcomeAfter;
        QString outcomeAtAfter;
    };

    OutreachRemoval(Database &db, OutreachStore &store);

    // Deletes the outreach in one transaction. nullopt, with the reason,
    // when it is not there or cannot be deleted (nothing changed).
    std::optional<Snapshot> remove(qint64 id, QString *error);
    // Puts back what remove() took, all of it or nothing. The answered
    // message gets its outcome back unless it was changed since. Refuses,
    // changing nothing, when an import has brought the row back meanwhile
    // (the same source key under another id).
    bool restore(const Snapshot &snapshot, QString *error);

    // "the message to Jane Doe", "the invitation from Jane Doe", ...: one
    // outreach row of `channel` and `direction` for a sentence.
    static QString describe(const QString &channel, const QString &direction, const QString &name);
    // The outreach row with `sourceKey` other than `id`, if there is one:
    // what an import brought back after the row `id` was deleted.
    static qint64 broughtBack(Database &db, const QVariant &sourceKey, qint64 id);

private:
    Database &m_db;
    OutreachStore &m_store;
};

} // namespace rapport
