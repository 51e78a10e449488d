#!/bin/sh
# The floor for Rapport's import: the sqlite3 shell alone loads a LinkedIn
# Connections.csv (Notes preamble, header on line 4) into a Rapport database
# that already has the schema (opened once by Rapport), the fastest way the
# shell offers: into a bare table first, then in one transaction the contact
# indexes on the columns the file fills (not the unique ones, which are
# rules, nor the partial ones no new contact enters; the others take each
# new row at their end) and the summary triggers set aside, one INSERT ... SELECT
# into contact, the indexes rebuilt and the summaries counted once (sorting in
# small runs on every core), the search index filled in one statement
# (merging its segments less often meanwhile) and the triggers put back;
# what the export said of each connection recorded too (the product's
# export_connection snapshot, which "What changed since the last export"
# compares with), and each new contact in the import's journal (what Undo
# Import deletes). No parsing of dates or URLs, no deduplication: what SQLite
# alone costs. bench_import times it against Rapport's import of the same
# file.
#
#   load-into-schema.sh DB CSV [WORKDIR]
set -eu
db=$1
csv=$2
work=${3:-$(dirname "$db")}
threads=$(nproc 2>/dev/null || echo 1)
aside="$work/aside-$$.sql"
back="$work/back-$$.sql"
sqlite3 -bail "$db" <<EOF
PRAGMA cache_size = -65536;
CREATE TEMP TABLE raw (fn, ln, url, email, company, position, connected);
.import --csv --skip 4 '$csv' raw
BEGIN;
CREATE TEMP TABLE aside AS SELECT type, name, sql FROM sqlite_schema s
 WHERE tbl_name = 'contact' AND sql IS NOT NULL
   AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' AND name NOT IN ('contact_tier_expiry',
          'contact_by_cadence', 'contact_score_dirty', 'contact_score_expiry',
          'contact_followers_converted')
          AND EXISTS (SELECT 1 FROM pragma_index_info(s.name) i WHERE i.name IS NULL
            OR i.name IN ('first_name', 'last_name', 'sort_name', 'profile_url', 'slug',
                          'email', 'company', 'position', 'connected_on')))
     OR (type = 'trigger' AND (name LIKE 'connection\_%' ESCAPE '\\' OR name LIKE 'tier\_count\_%' ESCAPE '\\')));
.headers off
.mode list
.output $aside
SELECT 'DROP ' || upper(type) || ' "' || name || '";' FROM temp.aside;
.output $back
SELECT sql || ';' FROM temp.aside WHERE type = 'index';
.output stdout
.read $aside
INSERT INTO contact (first_name, last_name, sort_name, profile_url, slug, email, company,
    position, degree, connected_on, created_at, updated_at)
  SELECT fn, ln, lower(fn || ' ' || ln), url, url, email, company, position, 1, connected,
    '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM raw;
PRAGMA cache_size = -2000;
PRAGMA threads = $threads;
.read $back
DELETE FROM connection_group;
INSERT INTO connection_group (field, name, connections)
  SELECT 'industry', industry, count(*) FROM contact WHERE degree = 1 GROUP BY industry;
INSERT INTO connection_group (field, name, connections)
  SELECT 'location', location, count(*) FROM contact WHERE degree = 1 GROUP BY location;
INSERT INTO connection_group (field, name, connections)
  SELECT 'company', company, count(*) FROM contact WHERE degree = 1 GROUP BY company;
DELETE FROM connection_touch;
INSERT INTO connection_touch (day, connections)
  SELECT max(last_engaged_on, substr(last_contacted_at, 1, 10)), count(*) FROM contact
  WHERE degree = 1 GROUP BY 1;
UPDATE tier_count SET contacts =
  (SELECT count(*) FROM contact WHERE contact.tier_key = tier_count.tier_key);
PRAGMA cache_size = -65536;
INSERT INTO import_run (kind, source, started_at, finished_at)
  VALUES ('linkedin', '$csv', '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z');
INSERT INTO import_change (import_id, table_name, row_id, action)
  SELECT (SELECT max(id) FROM import_run), 'contact', id, 'insert' FROM contact;
INSERT INTO export_import (imported_at, source, has_connections, connections)
  SELECT '2026-01-01T00:00:00', '$csv', 1, count(*) FROM raw;
INSERT INTO export_connection (contact_id, first_name, last_name, url, company, position,
    connected_on, first_import)
  SELECT id, first_name, last_name, profile_url, company, position, connected_on,
    (SELECT max(id) FROM export_import) FROM contact;
INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', 16);
INSERT INTO contact_fts (rowid, first_name, last_name, company, position, location, notes,
    tags_text)
  SELECT id, first_name, last_name, company, position, location, notes, tags_text FROM contact;
INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', 4);
.output $back
SELECT sql || ';' FROM temp.aside WHERE type = 'trigger';
.output stdout
.read $back
COMMIT;
EOF
rm -f "$aside" "$back"
