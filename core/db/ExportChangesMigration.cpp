#include "db/ExportChangesMigration.h"

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// export_import: one row per LinkedIn data-export import (its import_run,
// when it happened, whether it had Connections.csv, the import it was
// compared with and the outreach ids it added). export_connection: what an
// import saw of one contact, from the import that first saw it so until the
// import that saw it otherwise or not at all (ended_import; NULL: still so),
// so a connection seen unchanged again costs no write at all.
// export_change: what an import found changed.
const char *const migration14[] = {
    R"(CREATE TABLE export_import (
        id              INTEGER PRIMARY KEY,
        import_run_id   INTEGER,
        imported_at     TEXT NOT NULL,
        source          TEXT NOT NULL DEFAULT '',
        has_connections INTEGER NOT NULL CHECK (has_connections IN (0, 1)),
        connections     INTEGER NOT NULL DEFAULT 0,
        compared_with   INTEGER,
        outreach_before INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX export_import_by_run ON export_import(import_run_id)",
    R"(CREATE TABLE export_connection (
        id           INTEGER PRIMARY KEY,
        contact_id   INTEGER REFERENCES contact(id) ON DELETE SET NULL,
        first_name   TEXT NOT NULL DEFAULT '',
        last_name    TEXT NOT NULL DEFAULT '',
        url          TEXT NOT NULL DEFAULT '',
        company      TEXT NOT NULL DEFAULT '',
        position     TEXT NOT NULL DEFAULT '',
        connected_on TEXT NOT NULL DEFAULT '',
        first_import INTEGER NOT NULL,
        ended_import INTEGER
    ))",
    "CREATE INDEX export_connection_by_end ON export_connection(ended_import)",
    "CREATE INDEX export_connection_by_first ON export_connection(first_import)",
    "CREATE INDEX export_connection_by_contact ON export_connection(contact_id)",
    R"(CREATE TABLE export_change (
        id           INTEGER PRIMARY KEY,
        import_id    INTEGER NOT NULL REFERENCES export_import(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL
                     CHECK (kind IN ('new', 'gone', 'job', 'accepted', 'messages')),
        contact_id   INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        old_company  TEXT NOT NULL DEFAULT '',
        old_position TEXT NOT NULL DEFAULT '',
        new_company  TEXT NOT NULL DEFAULT '',
        new_position TEXT NOT NULL DEFAULT '',
        day          TEXT NOT NULL DEFAULT '',
        count        INTEGER NOT NULL DEFAULT 0
    ))",
    "CREATE INDEX export_change_by_import ON export_change(import_id, kind)",
    "CREATE INDEX export_change_by_contact ON export_change(contact_id, kind)",
    // The queue can suggest congratulating on a new role: queue_item is
    // rebuilt with its rows for the wider CHECK (as migration 7 did).
    R"(CREATE TABLE queue_item_new (
        id                    INTEGER PRIMARY KEY AUTOINCREMENT,
        day                   TEXT NOT NULL,
        position              INTEGER NOT NULL,
        contact_id            INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        action                TEXT NOT NULL
                              CHECK (action IN ('reply', 'follower-message', 'invite', 'inmail',
                                                'welcome', 'congratulate', 'thank', 'reconnect',
                                                'follow-up-invitation')),
        reason                TEXT NOT NULL DEFAULT '',
        template              TEXT NOT NULL DEFAULT '',
        status                TEXT NOT NULL DEFAULT 'open'
                              CHECK (status IN ('open', 'done', 'skipped', 'snoozed', 'never')),
        snoozed_until         TEXT NOT NULL DEFAULT '',
        related_outreach_id   INTEGER REFERENCES outreach(id) ON DELETE SET NULL,
        related_engagement_id INTEGER REFERENCES engagement(id) ON DELETE SET NULL,
        done_outreach_id      INTEGER REFERENCES outreach(id) ON DELETE SET NULL,
        UNIQUE (day, contact_id)
    ))",
    "INSERT INTO queue_item_new SELECT * FROM queue_item",
    "DROP TABLE queue_item",
    "ALTER TABLE queue_item_new RENAME TO queue_item",
    "CREATE INDEX queue_item_by_contact ON queue_item(contact_id, day)",
    // Dropped with the old table (migration 11 put it there).
    R"(CREATE TRIGGER change_count_queue_item_update AFTER UPDATE ON queue_item BEGIN
        UPDATE change_count SET n = n + 1 WHERE id = 1; END)",
};

} // namespace

QStringList ExportChangesMigration::statements()
{
    QStringList list;
    for (const char *s : migration14)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace rapport
