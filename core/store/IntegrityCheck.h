#pragma once

// Checks a database beyond what SQLite itself checks, and repairs what can
// be rebuilt. SQLite's integrity check covers the file; on top of it this
// checks the full-text search index against the contacts (FTS5's own
// integrity check, comparing with the table) and every value that is kept
// derived from other rows so lists never read events: the engagement
// summaries (counts and last dates per kind), each contact's stored tier and
// last engagement, the contacts per tier, the first follow, the last
// outreach, the stored connection scores and the maintained summaries the
// charts read (SummaryCheck). repair() rebuilds exactly the
// derived parts found wrong, in one transaction; a damaged file is never
// written to (it needs a backup, not a rebuild).

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

class Database;

class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    // One kind of derived value found wrong.
    enum class Area {
        SearchIndex,
        EngagementSummaries,
        Tiers,
        TierCounts,
        FirstFollow,
        LastContacted,
        Scores,
        ConnectionGroups, // connection_group (SummaryCheck)
        ConnectionTouch,  // connection_touch
        ContentTallies,   // content_tally, content_engager
        OutreachTally,    // outreach_tally
    };

    struct Problem
    {
        Area area;
        int count = 0;       // rows found wrong
        QString text;        // for a person: what is wrong, with example ids
        QString key() const; // stable name of the area, e.g. "search_index"
    };

    struct Report
    {
        // SQLite's own findings: the file is damaged (only a backup helps).
        QStringList fileProblems;
        // Derived values that do not match what they are derived from.
        QList<Problem> derived;
        bool intact() const { return fileProblems.isEmpty() && derived.isEmpty(); }
    };

    explicit IntegrityCheck(Database &db);

    // Tiers and scores are checked as of this day (default: today, local).
    void setToday(const QDate &day) { m_today = day; }

    // Runs every check; false only when the checks themselves could not run
    // (then *error says why).
    bool check(Report *report, QString *error);

    // Rebuilds what `found` lists, in one transaction. `fixed` gets one line
    // per area rebuilt. Refuses (false) when the file itself is damaged.
    bool repair(const Report &found, QStringList *fixed, QString *error);

private:
    QDate today() const;
    bool checkFile(QStringList *problems, bool *searchIndexDamaged, QString *error);
    bool checkSearchIndex(QList<Problem> *problems);
    bool checkSummaries(QList<Problem> *problems, QString *error);
    bool checkTiers(QList<Problem> *problems, QString *error);
    bool checkTierCounts(QList<Problem> *problems, QString *error);
    bool checkColumn(Area area, const QString &sql, QList<Problem> *problems, QString *error);
    bool checkScores(QList<Problem> *problems, QString *error);

    // Ids of contacts whose stored tier, tier_until or last engagement
    // differ from their summary; with `fix`, writes the right ones.
    bool scanTiers(bool fix, QList<qint64> *wrong, QString *error);
    bool scanScores(QList<qint64> *wrong, QString *error);
    bool exec(const QString &sql, QString *error);

    Database &m_db;
    QDate m_today;
};

} // namespace rapport
