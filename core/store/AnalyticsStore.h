#pragma once

// Reads and writes what LinkedIn's analytics workbooks said (migration 13):
// per export the daily impressions and engagements, the daily followers and
// the audience, as append-only readings; which export a day's number comes
// from is decided when reading (the later period end wins, on a tie the
// later import). Also the activity ids of posts and LinkedIn's readings of
// them as content numbers. Writes join the caller's transaction
// (AnalyticsImporter holds it).

#include "domain/AnalyticsWorkbookData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <optional>

class QSqlQuery;

namespace rapport {

class Database;

class AnalyticsStore
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsStore)

public:
    // One imported workbook.
    struct Import
    {
        qint64 id = 0;
        QString fileName;
        QDate periodStart;
        QDate periodEnd;
        QDateTime importedAt; // UTC
        qint64 impressions = -1;
        qint64 membersReached = -1;
        qint64 followersTotal = -1;
        QDate followersTotalOn;
        qint64 runId = 0; // import_run (Undo Import)
    };
    // One stored reading of a day: `first`/`second` are impressions and
    // engagements, or new followers and the total at the end of the day.
    struct Reading
    {
        QDate day;
        qint64 importId = 0;
        QDate exportEnd;
        qint64 first = 0;
        qint64 second = 0;
    };
    // What happened to a post's reading.
    enum class Write { Unchanged, Added, Changed };

    explicit AnalyticsStore(Database &db);

    // The winning reading of each day in [from, to] (invalid: open), by date.
    QList<AnalyticsDay> days(const QDate &from = {}, const QDate &to = {},
                             QString *error = nullptr) const;
    QList<AnalyticsFollowerDay> followerDays(const QDate &from = {}, const QDate &to = {},
                                             QString *error = nullptr) const;
    // Every stored reading of the days in [from, to], winners first per day.
    QList<Reading> dayReadings(const QDate &from, const QDate &to, QString *error) const;
    QList<Reading> followerReadings(const QDate &from, const QDate &to, QString *error) const;
    // The audience of the latest export that has one (later period end, then
    // later import), in the sheet's order; `from` receives that import. With
    // `periodEnd`, the latest of the exports ending that day.
    QList<AnalyticsDemographic> demographics(Import *from = nullptr,
                                             const QDate &periodEnd = {}) const;
    // Every import, oldest first.
    QList<Import> imports() const;
    // The content piece of a LinkedIn activity id; 0 when none.
    qint64 contentForActivity(const QString &activityId) const;
    // Every content piece with an address: id -> URL.
    QMap<qint64, QString> contentUrls() const;
    // First-degree connections connected on or before each day, from the
    // contacts (LinkedIn's data export): day -> count, for `days`.
    QMap<QDate, int> connectionsOn(const QList<QDate> &days, QString *error) const;

    // Writes; each leaves the database unchanged and says why when it fails.
    bool addImport(Import &import, QString *error);
    bool addDays(qint64 importId, const QList<AnalyticsDay> &days, QString *error);
    bool addFollowerDays(qint64 importId, const QList<AnalyticsFollowerDay> &days, QString *error);
    bool addDemographics(qint64 importId, const QList<AnalyticsDemographic> &rows, QString *error);
    bool linkPost(const QString &activityId, qint64 contentId, qint64 importId, bool created,
                  QString *error);
    // LinkedIn's views and engagements of a piece on `day`: added, or set on
    // that day's reading keeping the reactions, comments and shares typed
    // there; unchanged when they already say so.
    bool writePostReading(qint64 contentId, const QDate &day, std::optional<int> views,
                          std::optional<qint64> engagements, Write *what, QString *error);
    // Undo Import by journal: removes what the analytics import of run
    // `runId` stored: its daily readings, its audience and the posts it
    // created (with their readings). Readings it gave posts that existed
    // before stay. `removed` receives the number of workbooks taken back.
    bool removeRun(qint64 runId, int *removed, QString *error);

private:
    QList<Reading> readings(const QString &table, const QString &columns, const QDate &from,
                            const QDate &to, QString *error) const;
    bool failed(const QString &what, const QSqlQuery &q, QString *error) const;

    Database &m_db;
};

} // namespace rapport
