#pragma once

// Keeps each contact's stored connection score (ConnectionScore) current and
// reads the network score. Writes to engagement, outreach and value given
// mark their contact dirty through triggers (migration 9); refresh()
// recomputes the dirty rows and those whose score expired, found through
// partial indexes, so it costs in proportion to what changed, never to the
// number of contacts. Sorting by score then reads an index.

#include "domain/ConnectionScore.h"
#include "domain/NetworkScore.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <memory>
#include <optional>

namespace rapport {

class Database;
class StatementCache;

class ScoreStore
{
    Q_DECLARE_TR_FUNCTIONS(ScoreStore)

public:
    explicit ScoreStore(Database &db);
    ~ScoreStore();
    ScoreStore(const ScoreStore &) = delete;
    ScoreStore &operator=(const ScoreStore &) = delete;

    // Recomputes, in one transaction, the scores of contacts marked dirty
    // and of those whose stored score no longer holds on `today`. Without
    // either it starts no transaction. `recomputed` gets the number of rows
    // written.
    bool refresh(const QDate &today, QString *error, int *recomputed = nullptr);
    // The facts one contact's score is computed from (empty when unknown).
    ConnectionScore::Inputs inputs(qint64 contactId) const;
    // The score and its parts computed now from the stored facts (whatever
    // the stored score says); nullopt when there is no such contact.
    std::optional<ConnectionScore::Parts> get(qint64 contactId, const QDate &today) const;
    // The score stored on the contact row, as of the last refresh.
    int storedScore(qint64 contactId) const;
    // Contacts waiting for a refresh because their facts changed.
    int dirtyCount() const;

    // The network score on `today`. Pass the user's own and related
    // industries (IndustryScope::load); with no own industry, the most common
    // industry among connections stands in and the result says so.
    NetworkScore networkScore(const QDate &today, const QString &ownIndustry,
                              const QStringList &relatedIndustries, QString *error = nullptr) const;

private:
    bool fail(const QString &what, const QString &why, QString *error) const;

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
