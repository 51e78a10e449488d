#include "db/Migrations.h"

#include "db/AnalyticsMigration.h"
#include "db/Database.h"
#include "db/ExportChangesMigration.h"
#include "db/LaterMigrations.h"
#include "db/SchemaCleanup.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Migration 1: contacts, tags and the contact search index.
// Text columns are NOT NULL DEFAULT '' so keyset paging never meets NULLs.
const char *const migration1[] = {
    // AUTOINCREMENT: an id is never reused, so undoing in the window can
    // never touch a contact the CLI added meanwhile under a freed id.
    R"(CREATE TABLE contact (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        first_name   TEXT NOT NULL,
        last_name    TEXT NOT NULL DEFAULT '',
        sort_name    TEXT NOT NULL DEFAULT '',
        profile_url  TEXT NOT NULL DEFAULT '',
        slug         TEXT UNIQUE,
        position     TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        company      TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        industry     TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        location     TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        email        TEXT NOT NULL DEFAULT '',
        degree       INTEGER NOT NULL DEFAULT 0 CHECK (degree BETWEEN 0 AND 3),
        connected_on TEXT NOT NULL DEFAULT '',
        follows_me   INTEGER NOT NULL DEFAULT 0 CHECK (follows_me IN (0, 1)),
        notes        TEXT NOT NULL DEFAULT '',
        tags_text    TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    ))",
    "CREATE INDEX contact_by_name ON contact(sort_name, id)",
    "CREATE INDEX contact_by_company ON contact(company, id)",
    "CREATE INDEX contact_by_position ON contact(position, id)",
    "CREATE INDEX contact_by_location ON contact(location, id)",
    "CREATE INDEX contact_by_industry ON contact(industry, id)",
    "CREATE INDEX contact_by_connected ON contact(connected_on, id)",
    "CREATE INDEX contact_by_degree ON contact(degree, id)",
    "CREATE INDEX contact_by_created ON contact(created_at, id)",
    R"(CREATE TABLE tag (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    ))",
    R"(CREATE TABLE contact_tag (
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        tag_id     INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, tag_id)
    ) WITHOUT ROWID)",
    "CREATE INDEX contact_tag_by_tag ON contact_tag(tag_id, contact_id)",
    // External-content FTS5 index: the text lives once, in contact. Prefix
    // indexes up to 8 letters let search-as-you-type read matches lazily;
    // longer prefixes make FTS5 gather every matching row first.
    R"(CREATE VIRTUAL TABLE contact_fts USING fts5(
        first_name, last_name, company, position, location, notes, tags_text,
        content='contact', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6 7 8'))",
    // New rows are indexed by ContactStore (one statement per batch for bulk
    // inserts): an insert trigger into FTS5 makes every INSERT statement flush
    // a segment, which makes big imports several times slower. Updates and
    // deletes keep their triggers.
    R"(CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
        INSERT INTO contact_fts(contact_fts, rowid, first_name, last_name, company, position, location, notes, tags_text)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.company, old.position, old.location, old.notes, old.tags_text);
    END)",
    R"(CREATE TRIGGER contact_fts_update AFTER UPDATE OF first_name, last_name, company, position, location, notes, tags_text ON contact BEGIN
        INSERT INTO contact_fts(contact_fts, rowid, first_name, last_name, company, position, location, notes, tags_text)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.company, old.position, old.location, old.notes, old.tags_text);
        INSERT INTO contact_fts(rowid, first_name, last_name, company, position, location, notes, tags_text)
        VALUES (new.id, new.first_name, new.last_name, new.company, new.position, new.location, new.notes, new.tags_text);
    END)",
};

// Migration 2: outreach, every message, InMail, invitation, e-mail or call
// to or from a contact. Times are ISO-8601 UTC text; source_key is a stable
// key of an imported row so a re-import finds it instead of adding it again.
const char *const migration2[] = {
    R"(CREATE TABLE outreach (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        contact_id   INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        channel      TEXT NOT NULL
                     CHECK (channel IN ('message', 'inmail', 'invitation', 'email', 'call')),
        direction    TEXT NOT NULL CHECK (direction IN ('out', 'in')),
        happened_at  TEXT NOT NULL,
        subject      TEXT NOT NULL DEFAULT '',
        body         TEXT NOT NULL DEFAULT '',
        outcome      TEXT NOT NULL DEFAULT ''
                     CHECK (outcome IN ('', 'replied', 'not-interested', 'accepted', 'declined',
                                        'ignored', 'dont-know', 'withdrawn')),
        outcome_at   TEXT NOT NULL DEFAULT '',
        conversation TEXT NOT NULL DEFAULT '',
        source_key   TEXT UNIQUE
    ))",
    "CREATE INDEX outreach_by_contact ON outreach(contact_id, happened_at)",
    "CREATE INDEX outreach_by_channel ON outreach(channel, happened_at)",
};

// Migration 3: the engagement hierarchy. Content pieces with their metric
// history; engagement events; a per-contact summary kept current with the
// events; and on the contact row the tier key (1..6 active, 7..12 lapsed,
// 13 none), the last day that stored tier holds (NULL: until the next
// event) and the date of the last engagement, so sorting and filtering by
// tier read an index and never scan events.
const char *const migration3[] = {
    "ALTER TABLE contact ADD COLUMN tier_key INTEGER NOT NULL DEFAULT 13",
    "ALTER TABLE contact ADD COLUMN tier_until TEXT",
    "ALTER TABLE contact ADD COLUMN last_engaged_on TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX contact_by_tier ON contact(tier_key, id)",
    "CREATE INDEX contact_by_last_engaged ON contact(last_engaged_on, id)",
    "CREATE INDEX contact_tier_expiry ON contact(tier_until) WHERE tier_until IS NOT NULL",
    R"(CREATE TABLE content (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        kind         TEXT NOT NULL CHECK (kind IN ('post', 'article')),
        title        TEXT NOT NULL,
        url          TEXT NOT NULL DEFAULT '',
        published_on TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL
    ))",
    "CREATE UNIQUE INDEX content_by_url ON content(url) WHERE url <> ''",
    R"(CREATE TABLE content_metric (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        content_id INTEGER NOT NULL REFERENCES content(id) ON DELETE CASCADE,
        taken_on   TEXT NOT NULL,
        views      INTEGER NOT NULL DEFAULT 0 CHECK (views >= 0),
        reactions  INTEGER NOT NULL DEFAULT 0 CHECK (reactions >= 0),
        comments   INTEGER NOT NULL DEFAULT 0 CHECK (comments >= 0),
        shares     INTEGER NOT NULL DEFAULT 0 CHECK (shares >= 0),
        UNIQUE (content_id, taken_on)
    ))",
    R"(CREATE TABLE engagement (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        contact_id  INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('follow', 'unfollow', 'comment',
                                                  'share-comment', 'share', 'view', 'like')),
        happened_on TEXT NOT NULL,
        content_id  INTEGER REFERENCES content(id) ON DELETE SET NULL,
        note        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
    ))",
    "CREATE INDEX engagement_by_contact ON engagement(contact_id, kind, happened_on)",
    ("CREATE INDEX engagement_by_content ON engagement(content_id, contact_id) "
     "WHERE content_id IS NOT NULL"),
    R"(CREATE TABLE engagement_summary (
        contact_id          INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
        n_follow            INTEGER NOT NULL DEFAULT 0,
        n_unfollow          INTEGER NOT NULL DEFAULT 0,
        n_comment           INTEGER NOT NULL DEFAULT 0,
        n_share_comment     INTEGER NOT NULL DEFAULT 0,
        n_share             INTEGER NOT NULL DEFAULT 0,
        n_view              INTEGER NOT NULL DEFAULT 0,
        n_like              INTEGER NOT NULL DEFAULT 0,
        last_follow         TEXT,
        last_unfollow       TEXT,
        last_comment        TEXT,
        last_share_comment  TEXT,
        last_share          TEXT,
        last_view           TEXT,
        last_like           TEXT,
        follows_me          INTEGER NOT NULL DEFAULT 0,
        follows_before      INTEGER NOT NULL DEFAULT 0
    ))",
    // Small key/value settings that the window and the CLI must agree on.
    R"(CREATE TABLE setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID)",
};

// Migration 4: a tier filter lists its contacts by name (the default order)
// from an index instead of sorting the whole tier.
const char *const migration4[] = {
    "CREATE INDEX contact_by_tier_name ON contact(tier_key, sort_name)",
};

// Migration 5: outreach with the template it started from, whether an InMail
// asks for a negative answer (-1 detect from the text, 0 no, 1 yes), and
// the outreach an inbound reply answers; value given to contacts; the
// user's own message templates (the starters live in the code).
const char *const migration5[] = {
    "ALTER TABLE outreach ADD COLUMN template_name TEXT NOT NULL DEFAULT ''",
    ("ALTER TABLE outreach ADD COLUMN asked_negative INTEGER NOT NULL DEFAULT -1 "
     "CHECK (asked_negative IN (-1, 0, 1))"),
    "ALTER TABLE outreach ADD COLUMN reply_to INTEGER REFERENCES outreach(id) ON DELETE SET NULL",
    "CREATE INDEX outreach_reply ON outreach(reply_to) WHERE reply_to IS NOT NULL",
    "CREATE INDEX outreach_by_time ON outreach(happened_at)",
    R"(CREATE TABLE value_given (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL
                   CHECK (kind IN ('howto', 'introduction', 'recommendation', 'endorsement',
                                   'other')),
        given_on   TEXT NOT NULL,
        note       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ))",
    "CREATE INDEX value_by_contact ON value_given(contact_id, given_on)",
    R"(CREATE TABLE message_template (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
        channel TEXT NOT NULL
                CHECK (channel IN ('message', 'inmail', 'invitation', 'email', 'call')),
        subject TEXT NOT NULL DEFAULT '',
        body    TEXT NOT NULL DEFAULT ''
    ))",
};

// Migration 6: the daily outreach queue. On the contact: do-not-contact,
// archived, a keep-in-touch cadence (NULL: the smallest of its tags', else
// the default), the latest outreach either direction (kept current by
// OutreachStore, backfilled here) and a snooze that outlives the day's
// queue; a cadence per tag; each day's queue as planned, with what became
// of each item. The indexes let the planner read candidates in order
// (recent engagements by kind, connections by last contact, pending
// invitations) and stop early: it never scans events or all contacts.
const char *const migration6[] = {
    ("ALTER TABLE contact ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0 "
     "CHECK (do_not_contact IN (0, 1))"),
    "ALTER TABLE contact ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))",
    ("ALTER TABLE contact ADD COLUMN cadence_days INTEGER "
     "CHECK (cadence_days IS NULL OR cadence_days > 0)"),
    "ALTER TABLE contact ADD COLUMN last_contacted_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contact ADD COLUMN snoozed_until TEXT NOT NULL DEFAULT ''",
    ("ALTER TABLE tag ADD COLUMN cadence_days INTEGER "
     "CHECK (cadence_days IS NULL OR cadence_days > 0)"),
    R"(UPDATE contact SET last_contacted_at =
        (SELECT max(o.happened_at) FROM outreach o WHERE o.contact_id = contact.id)
        WHERE id IN (SELECT contact_id FROM outreach))",
    ("CREATE INDEX contact_keep_in_touch ON contact(degree, last_contacted_at, connected_on) "
     "WHERE do_not_contact = 0 AND archived = 0"),
    "CREATE INDEX contact_by_cadence ON contact(cadence_days) WHERE cadence_days IS NOT NULL",
    "CREATE INDEX engagement_by_kind_day ON engagement(kind, happened_on)",
    "CREATE INDEX outreach_by_direction ON outreach(direction, happened_at)",
    R"(CREATE TABLE queue_item (
        id                    INTEGER PRIMARY KEY AUTOINCREMENT,
        day                   TEXT NOT NULL,
        position              INTEGER NOT NULL,
        contact_id            INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        action                TEXT NOT NULL
                              CHECK (action IN ('reply', 'follower-message', 'invite', 'welcome',
                                                'thank', 'reconnect', 'follow-up-invitation')),
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
    "CREATE INDEX queue_item_by_contact ON queue_item(contact_id, day)",
};

// Migration 7: the queue can suggest an InMail. SQLite cannot change a
// CHECK constraint, so queue_item is rebuilt with its rows (the documented
// twelve-step way; nothing refers to queue_item).
const char *const migration7[] = {
    R"(CREATE TABLE queue_item_new (
        id                    INTEGER PRIMARY KEY AUTOINCREMENT,
        day                   TEXT NOT NULL,
        position              INTEGER NOT NULL,
        contact_id            INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        action                TEXT NOT NULL
                              CHECK (action IN ('reply', 'follower-message', 'invite', 'inmail',
                                                'welcome', 'thank', 'reconnect',
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
};

// Migration 8: Insights. The weekly numbers read off LinkedIn, one row per
// week (keyed by its Monday); top companies and titles one per line.
const char *const migration8[] = {
    R"(CREATE TABLE network_snapshot (
        id                 INTEGER PRIMARY KEY AUTOINCREMENT,
        week_start         TEXT NOT NULL UNIQUE,
        taken_on           TEXT NOT NULL,
        followers          INTEGER NOT NULL CHECK (followers >= 0),
        connections        INTEGER NOT NULL CHECK (connections >= 0),
        profile_views      INTEGER CHECK (profile_views IS NULL OR profile_views >= 0),
        search_appearances INTEGER CHECK (search_appearances IS NULL OR search_appearances >= 0),
        network_size       INTEGER CHECK (network_size IS NULL OR network_size >= 0),
        top_companies      TEXT NOT NULL DEFAULT '',
        top_titles         TEXT NOT NULL DEFAULT '',
        updated_at         TEXT NOT NULL
    ))",
};

template <size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return 19;
}

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1: {
        QStringList list = toList(migration1);
        list << u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId);
        return list;
    }
    case 2:
        return toList(migration2);
    case 3:
        return toList(migration3);
    case 4:
        return toList(migration4);
    case 5:
        return toList(migration5);
    case 6:
        return toList(migration6);
    case 7:
        return toList(migration7);
    case 8:
        return toList(migration8);
    case 9:
    case 10:
    case 11:
    case 12:
        return LaterMigrations::statements(version);
    case 13:
        return AnalyticsMigration::statements();
    case 14:
        return ExportChangesMigration::statements();
    case 15:
    case 16:
    case 17:
    case 18:
    case 19:
        return LaterMigrations::statements(version);
    default:
        return {};
    }
}

bool Migrations::migrate(Database &db, QString *error)
{
    // Leftover indexes and triggers from early builds go once the schema is
    // current (a no-op without any).
    return migrateTo(db, latestVersion(), error) && SchemaCleanup::run(db, nullptr, error);
}

bool Migrations::migrateTo(Database &db, int target, QString *error)
{
    for (int version = db.schemaVersion() + 1; version <= target; ++version) {
        Transaction tx(db);
        if (!tx.isActive()) {
            if (error)
                *error = QCoreApplication::translate("Database",
                                                     "Cannot start upgrading the database: %1. "
                                                     "Is another program writing to it?")
                             .arg(tx.errorText());
            return false;
        }
        QStringList all = statements(version);
        all << u"PRAGMA user_version = %1"_s.arg(version);
        for (const QString &sql : std::as_const(all)) {
            QSqlQuery q(db.connection());
            if (!q.exec(sql)) {
                if (error)
                    *error = QCoreApplication::translate(
                                 "Database", "Upgrading the database to schema version %1 "
                                             "failed: %2. Nothing was changed.")
                                 .arg(version)
                                 .arg(db.describe(q.lastError()));
                return false;
            }
        }
        QString commitError;
        if (!tx.commit(&commitError)) {
            if (error)
                *error = QCoreApplication::translate(
                             "Database", "Upgrading the database to schema version %1 failed: "
                                         "%2. Nothing was changed.")
                             .arg(version)
                             .arg(commitError);
            return false;
        }
    }
    return true;
}

} // namespace rapport
