#pragma once

// Where the backups of a database file are kept: <its folder>/backups/<its
// name without extension>/. In db/ so that every message telling a person
// to restore a backup, the database's own included, can say where they are.

#include <QString>

namespace rapport {

class BackupFolder
{
public:
    static QString of(const QString &databasePath);
    // The same, for people: native separators.
    static QString display(const QString &databasePath);
};

} // namespace rapport
