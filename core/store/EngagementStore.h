#pragma once

// Reads and writes engagement events and keeps each contact's summary (count
// and last date per kind, follows me) and stored tier current in the same
// transaction as the events that change it, so lists sort and filter by tier
// without reading events. Tiers depend on the day; refreshTiers() moves the
// ones whose recent engagement has left the window since the last refresh.

#include "domain/Engagement.h"
#include "domain/EngagementSummary.h"
#include "domain/Tier.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace rapport {

class Database;
class StatementCache;

class EngagementStore
{
    Q_DECLARE_TR_FUNCTIONS(EngagementStore)

public:
    explicit EngagementStore(Database &db);
    ~EngagementStore();
    EngagementStore(const EngagementStore &) = delete;
    EngagementStore &operator=(const EngagementStore &) = delete;

    // The day tiers are computed for; the local date unless set (tests).
    QDate today() const;
    void setToday(const QDate &date) { m_today = date; }

    // The recency window in days (stored in the database; default 90).
    int windowDays() const;
    // Changes the window and recomputes every stored tier, in one transaction.
    bool setWindowDays(int days, QString *error);
    // Reads the window from the database again on next use: after an
    // enclosing transaction that changed it was rolled back.
    void forgetWindowDays() const { m_window = 0; }

    // Validates and inserts one event; sets id and createdAt. An event with
    // id > 0 is re-inserted under that id (redo after undo).
    bool log(Engagement &event, QString *error);
    // Inserts many events in one transaction: all of them or none.
    bool logMany(QList<Engagement> &events, QString *error);
    bool remove(qint64 id, QString *error);
    // Puts back a deleted contact's events (undo of a contact delete) with
    // the "follows me" the user had before the first follow event.
    bool restoreForContact(qint64 contactId, QList<Engagement> &events, bool followsBefore,
                           QString *error);
    // What "follows me" was before follow events took it over (false when
    // there are none): kept by a contact delete for its undo.
    bool followsBefore(qint64 contactId) const;
    // The user set "follows me" by hand (ContactStore::update): it holds, and
    // counts for the tier, until the next follow or unfollow event.
    bool followsMeSetByHand(qint64 contactId, bool followsMe, QString *error);
    // Deletes many events in one transaction: all of them or none.
    bool removeMany(const QList<qint64> &ids, QString *error);

    std::optional<Engagement> get(qint64 id) const;
    // A contact's events, newest first (date, then entry order).
    QList<Engagement> forContact(qint64 contactId) const;
    EngagementSummary summary(qint64 contactId) const;
    // Whether the contact already has this kind of engagement on this piece
    // (contentId > 0), or on this day on no piece (contentId 0).
    bool exists(qint64 contactId, EngagementKind kind, qint64 contentId,
                const QDate &date = {}) const;
    // The stored tier of a contact (as of the last refresh).
    Tier storedTier(qint64 contactId) const;
    int totalCount() const;

    // Brings stored tiers up to today: recomputes only contacts whose stored
    // tier has expired. Cheap when nothing changed; a no-op twice a day.
    bool refreshTiers(QString *error);
    // Recomputes every summary and tier from the events (after bulk loads,
    // or to repair). `progress` gets 0..100 and may cancel by returning false.
    bool rebuildSummaries(QString *error, const std::function<bool(int percent)> &progress = {});

private:
    bool validate(const Engagement &event, QString *error) const;
    bool insert(Engagement &event, QString *error);
    // Recomputes the summary and stored tier of one contact from its events.
    // `forcedFollowsBefore` replaces the remembered hand-set value (restore).
    bool updateContact(qint64 contactId, QString *error,
                       std::optional<bool> forcedFollowsBefore = std::nullopt);
    bool writeTier(qint64 contactId, const EngagementSummary &summary, QString *error);
    std::optional<EngagementSummary> readSummary(qint64 contactId) const;
    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value, QString *error);
    QSqlQuery &prepared(const QString &sql) const;

    Database &m_db;
    QDate m_today;
    mutable int m_window = 0; // cached windowDays(); 0 = read again
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
