#pragma once

// The numbered schema migrations, keyed on PRAGMA user_version. Migration N
// takes a database at version N-1 to version N inside one transaction.

#include <QStringList>

namespace rapport {

class Database;

class Migrations
{
public:
    static int latestVersion();
    // The statements of one migration (1-based), for tests that build old versions.
    static QStringList statements(int version);
    // Applies every migration above the current user_version.
    static bool migrate(Database &db, QString *error);
    // Applies migrations up to and including `target` only (tests).
    static bool migrateTo(Database &db, int target, QString *error);
};

} // namespace rapport
