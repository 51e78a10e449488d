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
    for (const QString &sql : recountStatements()) {
        if (!sql.startsWith(u"UPDATE tier_count"_s))
            list << sql;
    }
    list << summaryTriggers();
    return list;
}

} // namespace rapport
