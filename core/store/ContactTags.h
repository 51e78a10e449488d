#pragma once

// Writes and reads contact tags (the tag and contact_tag tables) for
// ContactStore: replaces a contact's tags, drops tags nobody uses any more
// and lists every tag. Runs inside the caller's transaction.

#include <QList>
#include <QStringList>

namespace rapport {

class Database;
class StatementCache;

class ContactTags
{
public:
    ContactTags(Database &db, StatementCache &statements);

    // Replaces the tags of contact `id`; drops the old ones left unused.
    bool write(qint64 id, const QStringList &tags, QString *error);
    // Deletes those of `tagIds` no contact has any more.
    bool dropUnused(const QList<qint64> &tagIds);
    // Every tag name, sorted case-insensitively.
    QStringList all() const;

private:
    Database &m_db;
    StatementCache &m_statements;
};

} // namespace rapport
