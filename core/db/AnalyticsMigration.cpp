#include "db/AnalyticsMigration.h"

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Migration 13: the analytics workbook, as dated, append-only readings.
// - analytics_import: one row per imported workbook that brought anything
//   new (file, its period, when, DISCOVERY's totals, FOLLOWERS' total) and
//   the import_run it belongs to (undo).
// - analytics_day, analytics_follower_day: one reading per day and export.
//   Two exports may disagree about a day: the one with the later period end
//   wins, on a tie the later import (higher id); AnalyticsStore reads the
//   winner, nothing is overwritten.
// - analytics_demographic: the audience of one export, in the sheet's order.
// - analytics_post: LinkedIn's activity id of a post, the join key, and the
//   content piece it is; the piece keeps its own URL.
// - content_metric.engagements: LinkedIn's engagements as one number when
//   the reading has no breakdown (reactions, comments, shares unknown).
const char *const migration13[] = {
    "ALTER TABLE content_metric ADD COLUMN engagements INTEGER CHECK (engagements >= 0)",
    R"(CREATE TABLE analytics_import (
        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
        file_name          TEXT NOT NULL,
        period_start       TEXT NOT NULL,
        period_end         TEXT NOT NULL,
        imported_at        TEXT NOT NULL,
        impressions        INTEGER,
        members_reached    INTEGER,
        followers_total    INTEGER,
        followers_total_on TEXT NOT NULL DEFAULT '',
        run_id             INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX analytics_import_by_end ON analytics_import(period_end, id)",
    "CREATE INDEX analytics_import_by_run ON analytics_import(run_id) WHERE run_id <> 0",
    R"(CREATE TABLE analytics_day (
        day         TEXT NOT NULL,
        import_id   INTEGER NOT NULL REFERENCES analytics_import(id) ON DELETE CASCADE,
        impressions INTEGER NOT NULL CHECK (impressions >= 0),
        engagements INTEGER NOT NULL CHECK (engagements >= 0),
        PRIMARY KEY (day, import_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX analytics_day_by_import ON analytics_day(import_id)",
    R"(CREATE TABLE analytics_follower_day (
        day           TEXT NOT NULL,
        import_id     INTEGER NOT NULL REFERENCES analytics_import(id) ON DELETE CASCADE,
        new_followers INTEGER NOT NULL,
        total         INTEGER NOT NULL CHECK (total >= 0),
        PRIMARY KEY (day, import_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX analytics_follower_day_by_import ON analytics_follower_day(import_id)",
    R"(CREATE TABLE analytics_demographic (
        import_id         INTEGER NOT NULL REFERENCES analytics_import(id) ON DELETE CASCADE,
        position          INTEGER NOT NULL,
        category          TEXT NOT NULL,
        value             TEXT NOT NULL,
        share             REAL NOT NULL,
        below_one_percent INTEGER NOT NULL DEFAULT 0 CHECK (below_one_percent IN (0, 1)),
        PRIMARY KEY (import_id, position)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE analytics_post (
        activity_id TEXT PRIMARY KEY,
        content_id  INTEGER NOT NULL REFERENCES content(id) ON DELETE CASCADE,
        import_id   INTEGER REFERENCES analytics_import(id) ON DELETE SET NULL,
        created     INTEGER NOT NULL DEFAULT 0 CHECK (created IN (0, 1))
    ) WITHOUT ROWID)",
    "CREATE INDEX analytics_post_by_content ON analytics_post(content_id)",
    "CREATE INDEX analytics_post_by_import ON analytics_post(import_id)",
};

// Undo Import compares the change mark (migration 11): updates and deletes
// here move it; inserts into analytics_import move its AUTOINCREMENT counter,
// analytics_post has none, so its inserts count too.
QString changeCountTrigger(const QString &table, const QString &op)
{
    return u"CREATE TRIGGER change_count_%1_%2 AFTER %3 ON %1 BEGIN "
           "UPDATE change_count SET n = n + 1 WHERE id = 1; END"_s.arg(table, op.toLower(), op);
}

} // namespace

QStringList AnalyticsMigration::statements()
{
    QStringList list;
    for (const char *s : migration13)
        list << QString::fromUtf8(s);
    for (const QString &op : {u"UPDATE"_s, u"DELETE"_s})
        list << changeCountTrigger(u"analytics_import"_s, op);
    for (const QString &op : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
        list << changeCountTrigger(u"analytics_post"_s, op);
    return list;
}

} // namespace rapport
