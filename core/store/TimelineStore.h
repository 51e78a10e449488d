#pragma once

// Reads a contact's timeline (newest first) for the detail panel.

#include "domain/TimelineEntry.h"

#include <QList>

namespace rapport {

class Database;

class TimelineStore
{
public:
    explicit TimelineStore(Database &db);

    // At most `limit` entries, newest first (date, then entry order).
    QList<TimelineEntry> forContact(qint64 contactId, int limit = 200) const;
    // The title of the piece the contact last engaged with (latest day, then
    // latest entry), skipping events on no piece or an untitled one; empty
    // when there is none.
    QString lastContentTitle(qint64 contactId) const;

private:
    Database &m_db;
};

} // namespace rapport
