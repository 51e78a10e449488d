#pragma once

// Maintains the contact search index (contact_fts) where its triggers do
// not: indexes newly inserted contacts (inserts have no trigger, so bulk
// imports stay fast) and tidies (optimizes) the index.

#include <QString>

namespace rapport {

class Database;
class StatementCache;

class ContactSearchIndex
{
public:
    ContactSearchIndex(Database &db, StatementCache &statements);

    // Adds contacts firstId..lastId (just inserted) to the search index.
    bool add(qint64 firstId, qint64 lastId, QString *error);
    // Merges the index's segments, in its own transaction.
    bool optimize(QString *error);

private:
    Database &m_db;
    StatementCache &m_statements;
};

} // namespace rapport
