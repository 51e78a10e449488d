#pragma once

// Brings what Rapport stores but derives from other data up to a day: the
// engagement tiers (EngagementStore::refreshTiers) and the connection
// scores (ScoreStore::refresh). One routine for the window's session and the
// CLI when they open a database, and for the window when a new day starts.
// Cheap when nothing changed: both stores skip work already done that day.

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace rapport {

class Database;
class EngagementStore;
class ScoreStore;

class DerivedState
{
public:
    // What could not be brought up to date, so callers can say which.
    enum class Part { Tiers, Scores };
    struct Problem
    {
        Part part = Part::Tiers;
        QString reason; // a sentence to show, without the part's name
    };

    explicit DerivedState(Database &db);
    ~DerivedState();
    DerivedState(const DerivedState &) = delete;
    DerivedState &operator=(const DerivedState &) = delete;

    // Tiers as of `today`, then scores for `today`; both are tried even when
    // the first fails. False when either failed: `error` gets the first
    // problem's reason and problems() lists each. A read-only database keeps
    // what it last stored: true at once, nothing written.
    bool bringUpToDate(const QDate &today, QString *error);
    // What the last bringUpToDate() could not do (empty after a success).
    const QList<Problem> &problems() const { return m_problems; }
    // The day of the last bringUpToDate() that succeeded; invalid before.
    QDate broughtUpToDateOn() const { return m_upToDateOn; }
    // Whether `today` is a day the state was not yet brought up to: a new
    // day started (a window left open overnight) or it never was.
    bool isNewDay(const QDate &today) const { return m_upToDateOn != today; }

private:
    Database &m_db;
    std::unique_ptr<EngagementStore> m_engagement;
    std::unique_ptr<ScoreStore> m_scores;
    QList<Problem> m_problems;
    QDate m_upToDateOn;
};

} // namespace rapport
