#pragma once

// The SQL of the engagement_summary table (one row per contact with events:
// count and last date per kind, follows me): its column list, reading and
// writing one row, and rebuilding every row from the events. EngagementStore
// decides when; this only knows the table.

#include "domain/EngagementSummary.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <functional>

class QSqlQuery;

namespace rapport {

class Database;

class EngagementSummaryTable
{
public:
    // n_<kind>... then last_<kind>..., in EngagementKind order.
    static QString columns();
    // A date as ISO text, or NULL when invalid.
    static QVariant dateOrNull(const QDate &date);

    // Selects columns() and follows_me of one contact (bind: contact id).
    static QString selectSql();
    // The summary in a row of selectSql().
    static EngagementSummary fromRow(const QSqlQuery &q, qint64 contactId);

    // Inserts or replaces one contact's row; bind with bindValues().
    static QString upsertSql();
    static void bindValues(QSqlQuery &q, const EngagementSummary &s, bool followsBefore);

    // Recomputes every row and "follows me" from the events, resets every
    // contact's tier to none, then calls `retier` for each contact with a
    // summary. `progress` gets 10..100 and may cancel by returning false.
    // Runs inside the caller's transaction.
    static bool
    rebuildFromEvents(Database &db,
                      const std::function<bool(qint64 contactId, QString *error)> &retier,
                      const std::function<bool(int percent)> &progress, QString *error);
};

} // namespace rapport
