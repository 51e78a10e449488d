#pragma once

// Removes the indexes and triggers a database holds that the current schema
// does not define, and puts back defined ones whose definition differs.
// Databases from early builds carry such leftovers (an insert trigger into
// the search index made every new contact indexed twice). What the schema
// defines is learnt by running the migrations into an in-memory database,
// so no list is kept by hand and a new migration is covered by itself.
// Migrations::migrate() runs it after the last migration; it writes only
// when it finds something, in one transaction.

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rapport {

class Database;

class SchemaCleanup
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCleanup)

public:
    // Index and trigger names the migrations define, with their CREATE
    // statements as SQLite stores them (computed once per process).
    static const QHash<QString, QString> &definedObjects();

    // Drops every index and trigger of the main schema that is not defined
    // and re-creates any defined one whose statement differs. `changed`
    // gets one line per object dropped or re-created.
    static bool run(Database &db, QStringList *changed, QString *error);

    // What would change, without changing anything.
    static bool findExtras(Database &db, QStringList *extra, QStringList *differing,
                           QString *error);
};

} // namespace rapport
