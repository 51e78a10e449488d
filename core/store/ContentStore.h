#pragma once

// Reads and writes the user's posts and articles and the history of their
// numbers, and answers the Content page: each piece with its latest
// snapshot and the people logged as engaging with it.

#include "domain/ContentEngager.h"
#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"
#include "domain/ContentStats.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

class QSqlQuery;

namespace rapport {

class Database;
class StatementCache;

class ContentStore
{
    Q_DECLARE_TR_FUNCTIONS(ContentStore)

public:
    explicit ContentStore(Database &db);
    ~ContentStore();
    ContentStore(const ContentStore &) = delete;
    ContentStore &operator=(const ContentStore &) = delete;

    // Validates and inserts; sets the id. A piece with id > 0 is re-inserted
    // under that id (undo of a delete).
    bool add(ContentPiece &piece, QString *error);
    bool update(const ContentPiece &piece, QString *error);
    // Deletes the piece and its snapshots; events on it stay, unattached.
    bool remove(qint64 id, QString *error);
    // Puts a deleted piece back under its id with its snapshots and
    // re-attaches the engagement events that were on it (undo of remove()),
    // all in one transaction.
    bool restore(ContentPiece &piece, QList<ContentMetrics> history,
                 const QList<qint64> &engagementIds, QString *error);
    // The engagement events logged on a piece.
    QList<qint64> engagementIds(qint64 contentId) const;
    // Who engaged with a piece and how: every event logged on it with the
    // contact's name, newest first (then by name).
    QList<ContentEngager> engagers(qint64 contentId) const;

    std::optional<ContentPiece> get(qint64 id) const;
    std::optional<ContentPiece> findByUrl(const QString &url) const;
    // Newest first (published date, then id).
    QList<ContentPiece> all() const;

    // Records a snapshot; a second one for the same piece and day replaces
    // the first. Sets the id; a snapshot with id > 0 is put back under it.
    bool addMetrics(ContentMetrics &metrics, QString *error);
    bool removeMetrics(qint64 id, QString *error);
    // Oldest first.
    QList<ContentMetrics> metrics(qint64 contentId) const;

    // Every piece with its latest snapshot and logged engagement, newest first.
    QList<ContentStats> stats() const;
    std::optional<ContentStats> statsFor(qint64 id) const;

private:
    bool validate(const ContentPiece &piece, QString *error) const;
    QList<ContentStats> statsWhere(const QString &condition, const QVariantList &binds) const;
    QSqlQuery &prepared(const QString &sql) const;

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
