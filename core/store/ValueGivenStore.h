#pragma once

// Records the value the user gave a contact: how-tos, introductions,
// recommendations, endorsements. Every write is one transaction.

#include "domain/ValueGiven.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

namespace rapport {

class Database;
class StatementCache;

class ValueGivenStore
{
    Q_DECLARE_TR_FUNCTIONS(ValueGivenStore)

public:
    explicit ValueGivenStore(Database &db);
    ~ValueGivenStore();
    ValueGivenStore(const ValueGivenStore &) = delete;
    ValueGivenStore &operator=(const ValueGivenStore &) = delete;

    // Validates and inserts; sets id and createdAt. A record with id > 0 is
    // put back under that id (undo).
    bool add(ValueGiven &value, QString *error);
    bool remove(qint64 id, QString *error);
    std::optional<ValueGiven> get(qint64 id) const;
    // Newest first.
    QList<ValueGiven> forContact(qint64 contactId) const;
    int countForContact(qint64 contactId) const;

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
