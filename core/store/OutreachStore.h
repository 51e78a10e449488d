#pragma once

// Reads and writes outreach rows (messages, InMails, invitations, e-mails,
// calls). Every write is one transaction, nested inside the caller's.

#include "domain/Outreach.h"

#include <memory>
#include <optional>

namespace rapport {

class Database;
class StatementCache;

class OutreachStore
{
public:
    explicit OutreachStore(Database &db);
    ~OutreachStore();
    OutreachStore(const OutreachStore &) = delete;
    OutreachStore &operator=(const OutreachStore &) = delete;

    // Validates and inserts; sets the id on success.
    bool add(Outreach &outreach, QString *error);
    // Sets (or clears, with an empty outcome) the outcome of one row.
    bool setOutcome(qint64 id, const QString &outcome, const QDateTime &at, QString *error);

    std::optional<Outreach> get(qint64 id) const;
    std::optional<Outreach> findBySourceKey(const QString &sourceKey) const;
    int countByContact(qint64 contactId) const;
    int totalCount() const;

private:
    bool validate(const Outreach &outreach, QString *error) const;

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
