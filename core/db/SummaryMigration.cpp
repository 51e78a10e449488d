#include "db/SummaryMigration.h"

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The key connection_touch counts a connection under: the later of its last
// engagement day and its last outreach's day ('' when never in touch). For
// any day D, "last_engaged_on < D AND last_contacted_at < D" holds exactly
// when this key is < D: last_contacted_at is an ISO time, and its first ten
// characters compare with D as the whole time does.
const QString touchKey = u"max(%1.last_engaged_on, substr(%1.last_contacted_at, 1, 10))"_s;

// One connection more under `name` in `field` (when `who`.degree = 1).
QString countIn(const QString &field, const QString &who)
{
    return u"INSERT INTO connection_group (field, name, connections) "
           "SELECT '%1', %2.%1, 1 WHERE %2.degree = 1 "
           "ON CONFLICT (field, name) DO UPDATE SET connections = connections + 1;"_s.arg(field,
                                                                                          who);
}

// One connection less under old's value of `field` (when old.degree = 1);
// a group that reaches zero goes.
QString countOut(const QString &field)
{
    return u"UPDATE connection_group SET connections = connections - 1 "
           "WHERE old.degree = 1 AND field = '%1' AND name = old.%1; "
           "DELETE FROM connection_group WHERE field = '%1' AND name = old.%1 "
           "AND connections <= 0;"_s.arg(field);
}

QString touchIn(const QString &who)
{
    return u"INSERT INTO connection_touch (day, connections) SELECT %1, 1 WHERE %2.degree = 1 "
           "ON CONFLICT (day) DO UPDATE SET connections = connections + 1;"_s.arg(
               QString(touchKey).arg(who), who);
}

QString touchOut()
{
    const QString key = QString(touchKey).arg(u"old"_s);
    return u"UPDATE connection_touch SET connections = connections - 1 "
           "WHERE old.degree = 1 AND day = %1; "
           "DELETE FROM connection_touch WHERE day = %1 AND connections <= 0;"_s.arg(key);
}

const QStringList groupFields = {u"industry"_s, u"location"_s, u"company"_s};

// What the content chart counts per piece (ContentStats): the people who
// engaged other than by following, likes, and likes, comments and shares.
const QString engagerKinds = u"NOT IN ('follow', 'unfollow')"_s;
const QString engagementKinds = u"IN ('like', 'comment', 'share-comment', 'share')"_s;

// One event of `who` (new or old) counted in (+1) or out (-1) of the
// content tallies.
QString contentIn()
{
    return u"INSERT INTO content_engager (content_id, contact_id, events) "
           "SELECT new.content_id, new.contact_id, 1 "
           "WHERE new.content_id IS NOT NULL AND new.kind %1 "
           "ON CONFLICT (content_id, contact_id) DO UPDATE SET events = events + 1; "
           "INSERT INTO content_tally (content_id, engagers, likes, engagements) "
           "SELECT new.content_id, new.kind %1 AND (SELECT events FROM content_engager "
           "WHERE content_id = new.content_id AND contact_id = new.contact_id) = 1, "
           "new.kind = 'like', new.kind %2 WHERE new.content_id IS NOT NULL "
           "ON CONFLICT (content_id) DO UPDATE SET engagers = engagers + excluded.engagers, "
           "likes = likes + excluded.likes, "
           "engagements = engagements + excluded.engagements;"_s.arg(engagerKinds, engagementKinds);
}

QString contentOut()
{
    return u"UPDATE content_engager SET events = events - 1 "
           "WHERE content_id = old.content_id AND contact_id = old.contact_id AND old.kind %1; "
           "UPDATE content_tally SET "
           "engagers = engagers - (old.kind %1 AND coalesce((SELECT events FROM content_engager "
           "WHERE content_id = old.content_id AND contact_id = old.contact_id), 0) = 0), "
           "likes = likes - (old.kind = 'like'), engagements = engagements - (old.kind %2) "
           "WHERE content_id = old.content_id; "
           "DELETE FROM content_engager WHERE content_id = old.content_id "
           "AND contact_id = old.contact_id AND events <= 0;"_s.arg(engagerKinds, engagementKinds);
}

} // namespace

QStringList SummaryMigration::summaryTriggers()
{
    QStringList list;
    QString insert, remove;
    for (const QString &field : groupFields) {
        insert += countIn(field, u"new"_s);
        remove += countOut(field);
    }
    insert += touchIn(u"new"_s);
    remove += touchOut();
    list << u"CREATE TRIGGER connection_summary_insert AFTER INSERT ON contact "
            "WHEN new.degree = 1 BEGIN %1 END"_s.arg(insert);
    list << u"CREATE TRIGGER connection_summary_delete AFTER DELETE ON contact "
            "WHEN old.degree = 1 BEGIN %1 END"_s.arg(remove);
    // One trigger per field, so an edit of the company does not touch the
    // industry's and location's counts.
    for (const QString &field : groupFields) {
        list << u"CREATE TRIGGER connection_group_%1 AFTER UPDATE OF degree, %1 ON contact "
                "WHEN (old.degree = 1 OR new.degree = 1) "
                "AND (old.degree IS NOT new.degree OR old.%1 IS NOT new.%1) BEGIN %2 %3 END"_s.arg(
                    field, countOut(field), countIn(field, u"new"_s));
    }
    list << u"CREATE TRIGGER content_tally_insert AFTER INSERT ON engagement "
            "WHEN new.content_id IS NOT NULL BEGIN %1 END"_s.arg(contentIn());
    list << u"CREATE TRIGGER content_tally_delete AFTER DELETE ON engagement "
            "WHEN old.content_id IS NOT NULL BEGIN %1 END"_s.arg(contentOut());
    list << u"CREATE TRIGGER content_tally_update AFTER UPDATE OF content_id, contact_id, kind "
            "ON engagement WHEN old.content_id IS NOT NULL OR new.content_id IS NOT NULL "
            "BEGIN %1 %2 END"_s.arg(contentOut(), contentIn());
    list << u"CREATE TRIGGER content_tally_piece_delete AFTER DELETE ON content BEGIN "
            "DELETE FROM content_tally WHERE content_id = old.id; "
            "DELETE FROM content_engager WHERE content_id = old.id; END"_s;
    list << u"CREATE TRIGGER connection_touch_update AFTER UPDATE OF degree, last_engaged_on, "
            "last_contacted_at ON contact WHEN (old.degree = 1 OR new.degree = 1) "
            "AND (old.degree IS NOT new.degree OR %1 IS NOT %2) BEGIN %3 %4 END"_s.arg(
                QString(touchKey).arg(u"old"_s), QString(touchKey).arg(u"new"_s), touchOut(),
                touchIn(u"new"_s));
    return list;
}

QStringList SummaryMigration::recountedTriggers()
{
    return {u"connection_summary_insert"_s, u"connection_summary_delete"_s,
            u"connection_group_industry"_s, u"connection_group_location"_s,
            u"connection_group_company"_s,  u"connection_touch_update"_s,
            u"tier_count_insert"_s,         u"tier_count_delete"_s,
            u"tier_count_update"_s};
}

QStringList SummaryMigration::recountStatements()
{
    QStringList list;
    list << u"DELETE FROM connection_group"_s;
    for (const QString &field : groupFields) {
        list << u"INSERT INTO connection_group (field, name, connections) "
                "SELECT '%1', %1, count(*) FROM contact WHERE degree = 1 GROUP BY %1"_s.arg(field);
    }
    list << u"DELETE FROM connection_touch"_s;
    list << u"INSERT INTO connection_touch (day, connections) SELECT %1, count(*) FROM contact "
            "WHERE degree = 1 GROUP BY 1"_s.arg(QString(touchKey).arg(u"contact"_s));
    list << u"UPDATE tier_count SET contacts = "
            "(SELECT count(*) FROM contact WHERE contact.tier_key = tier_count.tier_key)"_s;
    return list;
}

QStringList SummaryMigration::contentRecountStatements()
{
    return {u"DELETE FROM content_engager"_s, u"DELETE FROM content_tally"_s,
            u"INSERT INTO content_engager (content_id, contact_id, events) "
            "SELECT content_id, contact_id, count(*) FROM engagement "
            "WHERE content_id IS NOT NULL AND kind %1 GROUP BY content_id, contact_id"_s.arg(
                engagerKinds),
            u"INSERT INTO content_tally (content_id, engagers, likes, engagements) "
            "SELECT c.id, (SELECT count(*) FROM content_engager g WHERE g.content_id = c.id), "
            "(SELECT count(*) FROM engagement e WHERE e.content_id = c.id AND e.kind = 'like'), "
            "(SELECT count(*) FROM engagement e WHERE e.content_id = c.id AND e.kind %1) "
            "FROM content c"_s.arg(engagementKinds)};
}

QStringList SummaryMigration::statements()
{
    QStringList list;
    // Read by nothing since the network review and the network score read
    // connection_group (contact_by_degree_industry served the score's
    // counts; the two partial ones the review's groups).
    list << u"DROP INDEX IF EXISTS contact_by_degree_industry"_s
         << u"DROP INDEX IF EXISTS contact_connections_by_location"_s
         << u"DROP INDEX IF EXISTS contact_connections_by_company"_s
         << u"DROP INDEX IF EXISTS contact_connections_by_touch"_s;
    // The network score's connections contacted around its cut-off (a day's
    // range of it; ScoreStore::networkScore).
    list << u"CREATE INDEX contact_connections_by_contacted "
            "ON contact(last_contacted_at, last_engaged_on) WHERE degree = 1"_s;
    // The search index with prefix indexes for 1 to 3 letters (was 1 to 8):
    // the short prefixes are the ones that match many rows; a longer one is
    // read from the main index in a few milliseconds. columnsize=0: nothing
    // ranks matches (no bm25), so the per-row size table is not kept. The
    // update and delete triggers name the table and stay as they are.
    list << u"DROP TABLE contact_fts"_s
         << u"CREATE VIRTUAL TABLE contact_fts USING fts5("
            "first_name, last_name, company, position, location, notes, tags_text, "
            "content='contact', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3', columnsize=0)"_s
         << u"INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')"_s;
    // Connections per industry, location and company (COLLATE NOCASE, as
    // the contact columns: "acme" and "Acme" are one group; the name kept is
    // the first one counted), and per last day in touch.
    list << u"CREATE TABLE connection_group ("
            "field TEXT NOT NULL CHECK (field IN ('industry', 'location', 'company')), "
            "name TEXT NOT NULL COLLATE NOCASE, "
            "connections INTEGER NOT NULL CHECK (connections >= 0), "
            "PRIMARY KEY (field, name)) WITHOUT ROWID"_s
         << u"CREATE TABLE connection_touch ("
            "day TEXT NOT NULL PRIMARY KEY, "
            "connections INTEGER NOT NULL CHECK (connections >= 0)) WITHOUT ROWID"_s;
    // Per piece of content, what the content chart shows (ContentStore::stats):
    // the distinct people who engaged (content_engager holds how many events
    // each has on the piece), the likes, and the likes, comments and shares.
    list << u"CREATE TABLE content_engager ("
            "content_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, "
            "events INTEGER NOT NULL, PRIMARY KEY (content_id, contact_id)) WITHOUT ROWID"_s
         << u"CREATE TABLE content_tally ("
            "content_id INTEGER PRIMARY KEY, engagers INTEGER NOT NULL DEFAULT 0, "
            "likes INTEGER NOT NULL DEFAULT 0, engagements INTEGER NOT NULL DEFAULT 0)"_s;
    list << contentRecountStatements();
    for (const QString &sql : recountStatements()) {
        if (!sql.startsWith(u"UPDATE tier_count"_s))
            list << sql;
    }
    list << summaryTriggers();
    return list;
}

} // namespace rapport
