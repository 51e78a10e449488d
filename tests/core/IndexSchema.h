#pragma once

// Every index of the database as "name: SQL" lines, sorted by name: two
// snapshots compare equal only when the same indexes exist with the same
// definitions (bulk loads set indexes aside and must put them back exactly).

#include "db/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace rapport::test {

inline QString indexSchema(const Database &db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name, ifnull(sql, '') FROM sqlite_schema WHERE type = 'index' "
                          "ORDER BY name"));
    while (q.next())
        rows << q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString();
    return rows.join(u'\n');
}

} // namespace rapport::test
