#include "store/ContactBulkLoad.h"

#include "db/Database.h"
#include "db/SummaryMigration.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Looked up row by row while a load runs (ContactStore::findByNameAndCompany).
const QStringList kept = {u"contact_by_name"_s};

// Partial indexes over what a new contact seldom has (an expiry, a cadence,
// a score waiting to be counted, a follower who connected): they stay, and
// SQLite keeps them up to date row by row (most new rows skip them), where
// rebuilding each would read the whole table.
const QStringList skippedByNewRows = {u"contact_tier_expiry"_s, u"contact_by_cadence"_s,
                                      u"contact_score_dirty"_s, u"contact_score_expiry"_s,
                                      u"contact_followers_converted"_s};

// The search index merges its segments less often while a load fills it:
// FTS5 merges once 16 segments of a size wait rather than 4 (FTS5's
// default); at a million contacts filling it took 4.7 s, then 3.6-4.1 s.
// Word and prefix searches right after such a load took the time they take
// after a default one (sqlite3 shell, 1M rows); later writes merge the rest.
constexpr int loadAutomerge = 16;
constexpr int defaultAutomerge = 4;

} // namespace

ContactBulkLoad::ContactBulkLoad(Database &db)
    : m_db(db)
{}

bool ContactBulkLoad::worthIt(qint64 rowsBefore, qint64 rowsAdded)
{
    return rowsAdded >= MinimumRows && rowsAdded >= rowsBefore;
}

void ContactBulkLoad::sortOnDisk(Database &db)
{
    if (db.transactionDepth() == 0)
        QSqlQuery(db.connection()).exec(u"PRAGMA temp_store = FILE"_s);
}

ContactBulkLoad::SorterSettings ContactBulkLoad::sorterSettings() const
{
    SorterSettings settings;
    QSqlQuery q(m_db.connection());
    bool cacheRead = false;
    bool threadsRead = false;
    if (q.exec(u"PRAGMA cache_size"_s) && q.next())
        settings.cacheSize = q.value(0).toInt(&cacheRead);
    if (q.exec(u"PRAGMA threads"_s) && q.next())
        settings.threads = q.value(0).toInt(&threadsRead);
    settings.valid = cacheRead && threadsRead;
    return settings;
}

void ContactBulkLoad::setSorterSettings(const SorterSettings &settings) const
{
    if (!settings.valid)
        return;
    QSqlQuery q(m_db.connection());
    q.exec(u"PRAGMA cache_size = %1"_s.arg(settings.cacheSize));
    q.exec(u"PRAGMA threads = %1"_s.arg(settings.threads));
}

bool ContactBulkLoad::isActive() const
{
    return m_active && m_db.transactionDepth() > 0 && m_db.transactionSerial() == m_transaction;
}

QStringList ContactBulkLoad::droppedIndexes() const
{
    QStringList names;
    for (const Index &index : m_dropped)
        names << index.name;
    return names;
}

bool ContactBulkLoad::indexesAny(const QString &index, const QStringList &columns) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT name FROM pragma_index_info(?)"_s);
    q.addBindValue(index);
    if (!q.exec())
        return true; // unknown: treated as varying (rebuilt)
    bool any = false;
    bool none = true;
    while (q.next()) {
        none = false;
        // NULL: an expression, which may vary.
        if (q.value(0).isNull() || columns.contains(q.value(0).toString(), Qt::CaseInsensitive))
            any = true;
    }
    return any || none;
}

bool ContactBulkLoad::begin(QString *error, bool nameLookups, const QStringList &varyingColumns)
{
    if (isActive())
        return true;
    m_active = false;
    m_dropped.clear();
    m_droppedTriggers.clear();
    // Directly in an outermost transaction: a savepoint's rollback could
    // take back the dropped indexes behind the load's back.
    if (m_db.transactionDepth() != 1) {
        if (error)
            *error = tr("A bulk load runs directly in an outermost transaction.");
        return false;
    }
    // Indexes SQLite made for constraints have no SQL and cannot be dropped.
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                "AND tbl_name = 'contact' AND sql IS NOT NULL ORDER BY rowid"_s)) {
        if (error)
            *error = tr("Could not read the contact indexes: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    QList<Index> indexes;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString sql = q.value(1).toString();
        // A unique index is a rule, not just a speed-up: it stays.
        const bool unique = sql.simplified().startsWith(u"CREATE UNIQUE"_s, Qt::CaseInsensitive);
        if (!unique && (!nameLookups || !kept.contains(name)) && !skippedByNewRows.contains(name))
            indexes << Index{name, sql};
    }
    q.finish();
    if (!varyingColumns.isEmpty()) {
        indexes.removeIf(
            [&](const Index &index) { return !indexesAny(index.name, varyingColumns); });
    }
    // The triggers that keep the summaries of contacts current (tiers,
    // connections per group and per last day in touch) are set aside too:
    // finish() counts those summaries afresh in one read of the table, which
    // costs less than a trigger per row, whatever the load inserts, updates
    // or deletes meanwhile.
    QList<Index> triggers;
    const QStringList recounted = SummaryMigration::recountedTriggers();
    if (!q.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                "AND tbl_name = 'contact' ORDER BY rowid"_s)) {
        if (error)
            *error =
                tr("Could not read the contact triggers: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        if (recounted.contains(q.value(0).toString()))
            triggers << Index{q.value(0).toString(), q.value(1).toString()};
    }
    int automerge = defaultAutomerge;
    if (!q.exec(u"SELECT v FROM contact_fts_config WHERE k = 'automerge'"_s)) {
        if (error)
            *error = tr("Could not read the search index's settings: %1")
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    if (q.next()) {
        // FTS5 takes 0 to 64; anything else stored there is read as its default.
        bool number = false;
        const int stored = q.value(0).toInt(&number);
        if (number && stored >= 0 && stored <= 64)
            automerge = stored;
    }
    q.finish();
    // Counted before the first drop: even a half-done begin() keeps the
    // transaction from committing until it is rolled back.
    ++m_db.m_openBulkLoads;
    for (const Index &index : std::as_const(indexes)) {
        QSqlQuery drop(m_db.connection());
        if (!drop.exec(u"DROP INDEX \"%1\""_s.arg(index.name))) {
            if (error)
                *error = tr("Could not set index %1 aside: %2")
                             .arg(index.name, m_db.describe(drop.lastError()));
            return false; // the caller rolls back, which restores the ones dropped
        }
    }
    for (const Index &trigger : std::as_const(triggers)) {
        QSqlQuery drop(m_db.connection());
        if (!drop.exec(u"DROP TRIGGER \"%1\""_s.arg(trigger.name))) {
            if (error)
                *error = tr("Could not set trigger %1 aside: %2")
                             .arg(trigger.name, m_db.describe(drop.lastError()));
            return false; // the caller rolls back, which restores the ones dropped
        }
    }
    if (automerge != loadAutomerge && !setAutomerge(loadAutomerge, error))
        return false; // the caller rolls back
    m_automerge = automerge;
    m_dropped = indexes;
    m_droppedTriggers = triggers;
    m_transaction = m_db.transactionSerial();
    m_active = true; // the transaction cannot commit until finish()
    return true;
}

bool ContactBulkLoad::setAutomerge(int value, QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(
            u"INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', %1)"_s.arg(value)))
        return true;
    if (error)
        *error = tr("Could not change the search index's settings: %1")
                     .arg(m_db.describe(q.lastError()));
    return false;
}

bool ContactBulkLoad::finish(QString *error, const std::function<bool()> &keepGoing)
{
    if (!isActive()) {
        m_active = false;
        m_dropped.clear();
        m_droppedTriggers.clear();
        return true;
    }
    // The search index is filled by now (ContactStore indexes a load's rows
    // before it finishes): merging goes back to what it was.
    if (m_automerge != loadAutomerge && !setAutomerge(m_automerge, error))
        return false;
    // Each index is built by sorting every row, and so is each summary's
    // count. SQLite sorts in runs as big as the page cache and merges them;
    // small runs sorted by worker threads (one per core) build a
    // million-row index in about half the time one big run in the 64 MiB
    // cache takes, and count connections per company in 0.6 s, not 1.4 s.
    // Both settings are this connection's and are put back afterwards (not
    // tuned when they cannot be read).
    const SorterSettings before = sorterSettings();
    if (before.valid) {
        QSqlQuery tune(m_db.connection());
        tune.exec(u"PRAGMA cache_size = %1"_s.arg(-IndexSortCacheKiB));
        tune.exec(u"PRAGMA threads = %1"_s.arg(qBound(0, QThread::idealThreadCount(), 8)));
    }
    auto restore = qScopeGuard([this, before] { setSorterSettings(before); });
    for (const Index &index : std::as_const(m_dropped)) {
        if (keepGoing && !keepGoing()) {
            if (error)
                *error = tr("Stopped while rebuilding the indexes.");
            return false;
        }
        QSqlQuery create(m_db.connection());
        if (!create.exec(index.sql)) {
            if (error)
                *error = tr("Could not rebuild index %1: %2")
                             .arg(index.name, m_db.describe(create.lastError()));
            return false;
        }
    }
    // The summaries, counted afresh now that the indexes are back (the
    // tier counts read contact_by_tier), then their triggers.
    if (!m_droppedTriggers.isEmpty()) {
        for (const QString &sql : SummaryMigration::recountStatements()) {
            QSqlQuery recount(m_db.connection());
            if (!recount.exec(sql)) {
                if (error)
                    *error = tr("Could not count the contacts' summaries: %1")
                                 .arg(m_db.describe(recount.lastError()));
                return false;
            }
        }
        for (const Index &trigger : std::as_const(m_droppedTriggers)) {
            QSqlQuery create(m_db.connection());
            if (!create.exec(trigger.sql)) {
                if (error)
                    *error = tr("Could not put trigger %1 back: %2")
                                 .arg(trigger.name, m_db.describe(create.lastError()));
                return false;
            }
        }
    }
    restore.dismiss();
    setSorterSettings(before);
    m_dropped.clear();
    m_droppedTriggers.clear();
    m_active = false;
    --m_db.m_openBulkLoads;
    return true;
}

} // namespace rapport
