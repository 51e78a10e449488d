#include "db/LaterMigrations.h"

#include "db/OutreachTallyMigration.h"
#include "db/SummaryMigration.h"

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Migration 9: the connection score (ConnectionScore, ScoreStore). On the
// contact: the stored score, the last day it holds (NULL: until the next
// change) and a dirty flag that triggers on engagement, outreach and value
// given raise in the same statement as every write, whichever code path
// makes it (stores, imports, the demo generator). ScoreStore::refresh()
// recomputes only dirty and expired rows, found through partial indexes;
// sorting by score reads contact_by_score. Every contact with something to
// score starts dirty; the rest keep 0, which is their score. Also indexes
// for the network score: connections by industry and by last engagement,
// contacts by last outreach.
const char *const migration9[] = {
    "ALTER TABLE contact ADD COLUMN score INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE contact ADD COLUMN score_until TEXT",
    ("ALTER TABLE contact ADD COLUMN score_dirty INTEGER NOT NULL DEFAULT 0 "
     "CHECK (score_dirty IN (0, 1))"),
    "CREATE INDEX contact_by_score ON contact(score, id)",
    "CREATE INDEX contact_score_dirty ON contact(id) WHERE score_dirty = 1",
    "CREATE INDEX contact_score_expiry ON contact(score_until) WHERE score_until IS NOT NULL",
    "CREATE INDEX contact_by_degree_industry ON contact(degree, industry)",
    "CREATE INDEX contact_by_degree_engaged ON contact(degree, last_engaged_on)",
    "CREATE INDEX contact_by_last_contacted ON contact(last_contacted_at, id)",
    R"(UPDATE contact SET score_dirty = 1 WHERE id IN (
        SELECT contact_id FROM engagement_summary UNION SELECT contact_id FROM outreach
        UNION SELECT contact_id FROM value_given))",
    R"(CREATE TRIGGER engagement_score_insert AFTER INSERT ON engagement BEGIN
        UPDATE contact SET score_dirty = 1 WHERE id = new.contact_id AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER engagement_score_delete AFTER DELETE ON engagement BEGIN
        UPDATE contact SET score_dirty = 1 WHERE id = old.contact_id AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER engagement_score_update AFTER UPDATE ON engagement BEGIN
        UPDATE contact SET score_dirty = 1
        WHERE id IN (old.contact_id, new.contact_id) AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER outreach_score_insert AFTER INSERT ON outreach BEGIN
        UPDATE contact SET score_dirty = 1 WHERE id = new.contact_id AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER outreach_score_delete AFTER DELETE ON outreach BEGIN
        UPDATE contact SET score_dirty = 1 WHERE id = old.contact_id AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER outreach_score_update AFTER UPDATE ON outreach BEGIN
        UPDATE contact SET score_dirty = 1
        WHERE id IN (old.contact_id, new.contact_id) AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER value_score_insert AFTER INSERT ON value_given BEGIN
        UPDATE contact SET score_dirty = 1 WHERE id = new.contact_id AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER value_score_delete AFTER DELETE ON value_given BEGIN
        UPDATE contact SET score_dirty = 1 WHERE id = old.contact_id AND score_dirty = 0;
    END)",
    R"(CREATE TRIGGER value_score_update AFTER UPDATE ON value_given BEGIN
        UPDATE contact SET score_dirty = 1
        WHERE id IN (old.contact_id, new.contact_id) AND score_dirty = 0;
    END)",
};

// Migration 10: what the Insights charts and the network review read, kept
// current so none of them scans contacts or events.
// - tier_count: contacts per tier key, kept by triggers on contact.
// - contact.first_follow_on: the day of their earliest 'follow' ('' none),
//   kept by triggers on engagement; with a partial index on the followers
//   who became connections (a follow strictly before the connection day).
// - Partial indexes over connections (degree 1) for the network review's
//   groups by location and company (industry has contact_by_degree_industry)
//   and its never / not-lately counts.
const char *const migration10[] = {
    R"(CREATE TABLE tier_count (
        tier_key INTEGER PRIMARY KEY,
        contacts INTEGER NOT NULL DEFAULT 0
    ))",
    R"(INSERT INTO tier_count (tier_key, contacts)
        WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 13)
        SELECT n, (SELECT count(*) FROM contact WHERE tier_key = n) FROM k)",
    R"(CREATE TRIGGER tier_count_insert AFTER INSERT ON contact BEGIN
        UPDATE tier_count SET contacts = contacts + 1 WHERE tier_key = new.tier_key;
    END)",
    R"(CREATE TRIGGER tier_count_delete AFTER DELETE ON contact BEGIN
        UPDATE tier_count SET contacts = contacts - 1 WHERE tier_key = old.tier_key;
    END)",
    R"(CREATE TRIGGER tier_count_update AFTER UPDATE OF tier_key ON contact
        WHEN old.tier_key <> new.tier_key BEGIN
        UPDATE tier_count SET contacts = contacts - 1 WHERE tier_key = old.tier_key;
        UPDATE tier_count SET contacts = contacts + 1 WHERE tier_key = new.tier_key;
    END)",
    "ALTER TABLE contact ADD COLUMN first_follow_on TEXT NOT NULL DEFAULT ''",
    R"(UPDATE contact SET first_follow_on =
        (SELECT min(e.happened_on) FROM engagement e
         WHERE e.contact_id = contact.id AND e.kind = 'follow')
        WHERE id IN (SELECT contact_id FROM engagement WHERE kind = 'follow'))",
    R"(CREATE TRIGGER first_follow_insert AFTER INSERT ON engagement
        WHEN new.kind = 'follow' BEGIN
        UPDATE contact SET first_follow_on = new.happened_on
        WHERE id = new.contact_id
          AND (first_follow_on = '' OR first_follow_on > new.happened_on);
    END)",
    R"(CREATE TRIGGER first_follow_delete AFTER DELETE ON engagement
        WHEN old.kind = 'follow' BEGIN
        UPDATE contact SET first_follow_on = coalesce(
            (SELECT min(happened_on) FROM engagement
             WHERE contact_id = old.contact_id AND kind = 'follow'), '')
        WHERE id = old.contact_id;
    END)",
    R"(CREATE TRIGGER first_follow_update AFTER UPDATE OF contact_id, kind, happened_on
        ON engagement WHEN old.kind = 'follow' OR new.kind = 'follow' BEGIN
        UPDATE contact SET first_follow_on = coalesce(
            (SELECT min(happened_on) FROM engagement
             WHERE contact_id = contact.id AND kind = 'follow'), '')
        WHERE id IN (old.contact_id, new.contact_id);
    END)",
    ("CREATE INDEX contact_followers_converted ON contact(connected_on) "
     "WHERE first_follow_on <> '' AND first_follow_on < connected_on"),
    "CREATE INDEX contact_connections_by_location ON contact(location) WHERE degree = 1",
    "CREATE INDEX contact_connections_by_company ON contact(company) WHERE degree = 1",
    ("CREATE INDEX contact_connections_by_touch ON contact(last_engaged_on, last_contacted_at) "
     "WHERE degree = 1"),
};

// Migration 11: undoing an import (ImportJournal, ImportUndo). One row per
// import: what was read, the backup made just before it and the database's
// change mark before and after it; the journal holds what it created and,
// for what it changed, the row as it was before and as the import left it.
// The change mark is change_count.n plus the AUTOINCREMENT counters in
// sqlite_sequence: the triggers count every update and delete a person
// would call a change (not derived columns: tiers, scores, summaries), the
// counters every insert, so the mark moves with any change and
// "nothing else changed since the import" is one comparison — without a
// trigger on the inserts bulk imports make. import_run has no
// AUTOINCREMENT: an import that changed nothing leaves no trace at all.
const char *const migration11[] = {
    R"(CREATE TABLE import_run (
        id             INTEGER PRIMARY KEY,
        kind           TEXT NOT NULL,
        source         TEXT NOT NULL,
        started_at     TEXT NOT NULL,
        finished_at    TEXT NOT NULL DEFAULT '',
        backup_file    TEXT NOT NULL DEFAULT '',
        changes_before INTEGER NOT NULL DEFAULT 0,
        changes_after  INTEGER NOT NULL DEFAULT 0,
        journal_kept   INTEGER NOT NULL DEFAULT 1 CHECK (journal_kept IN (0, 1)),
        undone_at      TEXT NOT NULL DEFAULT '',
        undone_how     TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE import_change (
        import_id  INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL CHECK (table_name IN ('contact', 'outreach')),
        row_id     INTEGER NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ('insert', 'update')),
        before     TEXT,
        after      TEXT,
        PRIMARY KEY (import_id, table_name, row_id)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE change_count (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n  INTEGER NOT NULL
    ))",
    "INSERT INTO change_count (id, n) VALUES (1, 0)",
    R"(CREATE TRIGGER change_count_contact_delete AFTER DELETE ON contact BEGIN
        UPDATE change_count SET n = n + 1 WHERE id = 1; END)",
    R"(CREATE TRIGGER change_count_contact_update AFTER UPDATE OF first_name, last_name,
        profile_url, slug, position, company, industry, location, email, degree, connected_on,
        follows_me, notes, tags_text, do_not_contact, archived, cadence_days, snoozed_until
        ON contact BEGIN
        UPDATE change_count SET n = n + 1 WHERE id = 1; END)",
};

// Tables without an AUTOINCREMENT counter: their inserts count too.
const char *const countedEveryWrite[] = {"tag", "contact_tag", "setting"};
// AUTOINCREMENT tables: sqlite_sequence counts their inserts. The day's
// queue is planned (inserted) on its own; only its status changes count.
const char *const countedUpdatesAndDeletes[] = {
    "outreach",    "content",          "content_metric",   "engagement",
    "value_given", "message_template", "network_snapshot",
};

QString changeCountTrigger(const QString &table, const QString &op)
{
    return u"CREATE TRIGGER change_count_%1_%2 AFTER %3 ON %1 BEGIN "
           "UPDATE change_count SET n = n + 1 WHERE id = 1; END"_s.arg(table, op.toLower(), op);
}

QStringList migration11Statements()
{
    QStringList list;
    for (const char *s : migration11)
        list << QString::fromUtf8(s);
    for (const char *table : countedEveryWrite) {
        for (const QString &op : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s})
            list << changeCountTrigger(QString::fromUtf8(table), op);
    }
    for (const char *table : countedUpdatesAndDeletes) {
        for (const QString &op : {u"UPDATE"_s, u"DELETE"_s})
            list << changeCountTrigger(QString::fromUtf8(table), op);
    }
    list << changeCountTrigger(u"queue_item"_s, u"UPDATE"_s);
    return list;
}

// Migration 12: a reading may leave a count unknown (NULL) instead of 0, so
// a count nobody read is never taken for zero (issue 15). SQLite cannot drop
// NOT NULL in place: the table is rebuilt under the same name with the same
// ids, rows, UNIQUE (content_id, taken_on) and AUTOINCREMENT position.
// Existing counts stay as they were: a stored 0 may have been read as 0.
const char *const migration12[] = {
    R"(CREATE TABLE content_metric_new (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        content_id INTEGER NOT NULL REFERENCES content(id) ON DELETE CASCADE,
        taken_on   TEXT NOT NULL,
        views      INTEGER CHECK (views >= 0),
        reactions  INTEGER CHECK (reactions >= 0),
        comments   INTEGER CHECK (comments >= 0),
        shares     INTEGER CHECK (shares >= 0),
        UNIQUE (content_id, taken_on)
    ))",
    R"(INSERT INTO content_metric_new (id, content_id, taken_on, views, reactions, comments, shares)
        SELECT id, content_id, taken_on, views, reactions, comments, shares FROM content_metric)",
    "DELETE FROM sqlite_sequence WHERE name = 'content_metric_new'",
    R"(INSERT INTO sqlite_sequence (name, seq)
        SELECT 'content_metric_new', seq FROM sqlite_sequence WHERE name = 'content_metric')",
    "DROP TABLE content_metric",
    "ALTER TABLE content_metric_new RENAME TO content_metric",
};

// Rebuilding content_metric dropped the change-mark triggers migration 11
// put on it; they come back as they were.
QStringList migration12Statements()
{
    QStringList list;
    for (const char *s : migration12)
        list << QString::fromUtf8(s);
    for (const QString &op : {u"UPDATE"_s, u"DELETE"_s})
        list << changeCountTrigger(u"content_metric"_s, op);
    return list;
}

template <size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

QStringList LaterMigrations::statements(int version)
{
    switch (version) {
    case 9:
        return toList(migration9);
    case 10:
        return toList(migration10);
    case 11:
        return migration11Statements();
    case 12:
        return migration12Statements();
    case 15:
        return SummaryMigration::statements();
    case 16:
        return OutreachTallyMigration::statements();
    case 17:
        // The search index gathers up to 64 MiB of new terms in memory before
        // it writes a segment (SQLite's FTS5 default: 1 MiB). Filling it for
        // a million contacts then takes half the time (sqlite3 shell, 1M
        // rows: 8.0 s -> 3.9-4.6 s wall, 4.9 -> 2.3-2.6 s CPU) with about as
        // many pages; a small write never gathers more than its own terms.
        return {u"INSERT INTO contact_fts(contact_fts, rank) VALUES ('hashsize', 67108864)"_s};
    case 18:
        // Prefix indexes for 1 to 5 letters (migration 15 kept 1 to 3):
        // without them every keystroke of a four- or five-letter word merged
        // every term it begins ("manag", "partn": hundreds of thousands of
        // rows each). At 1M contacts, on a copy of the bench dataset: bare
        // FTS5 query 1.06 -> 0.27 ms median (p99 7.7 -> 5.1 ms), search per
        // keystroke 1.62 -> 0.56 ms (p99 13.0 -> 8.2 ms); the index is built
        // in about 9.5 s. The new table is written as one segment
        // ('optimize') and keeps migration 17's hashsize.
        return {u"DROP TABLE contact_fts"_s,
                u"CREATE VIRTUAL TABLE contact_fts USING fts5("
                "first_name, last_name, company, position, location, notes, tags_text, "
                "content='contact', content_rowid='id', "
                "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5', columnsize=0)"_s,
                u"INSERT INTO contact_fts(contact_fts, rank) VALUES ('hashsize', 67108864)"_s,
                u"INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')"_s,
                u"INSERT INTO contact_fts(contact_fts) VALUES ('optimize')"_s};
    case 19:
        // Read by no query since migration 15 (the network score counts the
        // connections contacted around its cut-off through
        // contact_connections_by_contacted; no list sorts by last contact):
        // an index every import rebuilt for nothing (0.4-0.6 s at 1M rows).
        return {u"DROP INDEX IF EXISTS contact_by_last_contacted"_s};
    default:
        return {};
    }
}

} // namespace rapport
