#pragma once

// A big load of new contacts (an import or demo data adding more rows than
// the database holds), inside the caller's transaction. While it is active
// the contact table's sort and review indexes are dropped (not the partial
// ones new rows never enter), so rows go in
// without a random insert into two dozen B-trees each, and finish() builds
// them again from their own definitions in sqlite_schema, sorted, in one
// pass each. The indexes a load looks rows up by (the name index, unless the
// load says it will not; the unique profile index is part of the table) stay.
// The triggers that keep the contacts' summaries current (tier_count,
// connection_group, connection_touch) are set aside too, and finish() counts
// those summaries afresh once. Dropping is transactional: a rollback
// (cancel, error) puts every index and trigger back as it was.
//
// ContactStore owns one and, while it is active, leaves new rows out of the
// search index too; ContactStore::endBulkLoad() indexes them in one
// statement.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace rapport {

class Database;

class ContactBulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(ContactBulkLoad)

public:
    explicit ContactBulkLoad(Database &db);

    // Worth it once a load has added at least this many rows and at least as
    // many as the table held before it started.
    static constexpr int MinimumRows = 2000;
    static bool worthIt(qint64 rowsBefore, qint64 rowsAdded);
    // Call on an import's connection before its transaction: index
    // rebuilds then sort through temporary files beyond the page cache.
    // With the connection's temp_store = MEMORY SQLite sorts every row in
    // memory (3 million contacts: over 250 MB). Outside a transaction only;
    // inside one it changes nothing (SQLite refuses), which is harmless.
    static void sortOnDisk(Database &db);

    // Needs an open transaction (error otherwise). Without name lookups
    // (an import into an empty database finds no one by name) the name
    // index is set aside too. `varyingColumns`: the contact columns whose
    // values differ from row to row of the load; an index on none of them
    // (a column the load leaves empty or sets alike, or the time stamps,
    // which only grow) stays in place, as each new row's entry goes at one
    // end of it, which costs less than a rebuild (a million rows: nine such
    // indexes kept up 0.95 s, rebuilt 2.2 s). Empty: any column may vary.
    bool begin(QString *error, bool nameLookups = true, const QStringList &varyingColumns = {});
    // Puts the search index's merging back, rebuilds the dropped indexes and
    // counts the summaries afresh. Must run before the transaction commits.
    // `keepGoing` is asked before each index (seconds each at a million
    // rows); false stops with an error and the caller rolls back.
    bool finish(QString *error, const std::function<bool()> &keepGoing = {});
    // Active from begin() to finish() within one transaction; a load whose
    // transaction ended without finish() was undone by its rollback.
    bool isActive() const;
    // Names of the indexes dropped by begin() (for tests and messages).
    QStringList droppedIndexes() const;

    // The page cache while the indexes are rebuilt and the summaries counted
    // (KiB): the size of the runs SQLite's sorter sorts before merging them.
    static constexpr int IndexSortCacheKiB = 2000;

private:
    struct SorterSettings
    {
        int cacheSize = 0; // as PRAGMA cache_size reads it (negative: KiB)
        int threads = 0;
        bool valid = false;
    };
    SorterSettings sorterSettings() const;
    void setSorterSettings(const SorterSettings &settings) const;
    bool setAutomerge(int value, QString *error) const;
    // Whether the index is on one of these columns (or on an expression).
    bool indexesAny(const QString &index, const QStringList &columns) const;

    struct Index
    {
        QString name;
        QString sql;
    };

    Database &m_db;
    QList<Index> m_dropped;
    QList<Index> m_droppedTriggers; // the summaries' (SummaryMigration::recountedTriggers)
    quint64 m_transaction = 0;      // Database::transactionSerial() at begin()
    int m_automerge = 0;            // the search index's, before begin()
    bool m_active = false;
};

} // namespace rapport
