#pragma once

// Every row of every table of a test database as text, for tests that
// check a removal and its restore leave the database exactly as it was.
// Left out: the search index's own storage (its segments differ after a
// delete and re-insert; tests ask it by MATCH instead) and the change mark
// (a delete and a restore are changes).

#include "db/Database.h"

#include <QDebug>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace rapport::test {

inline QMap<QString, QStringList> dumpTables(const Database &db)
{
    using namespace Qt::StringLiterals;
    QMap<QString, QStringList> dump;
    QSqlQuery tables(db.connection());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'contact_fts%' AND (name NOT LIKE 'sqlite_%' OR name = 'sqlite_sequence') "
                "AND name <> 'change_count'"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT * FROM "_s + table);
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = q.value(i);
                cells << record.fieldName(i) + u'=' +
                             (v.isNull() ? u"NULL"_s
                                         : QString::fromLatin1(v.typeName()) + u':' + v.toString());
            }
            rows << cells.join(u" | "_s);
        }
        rows.sort();
        dump.insert(table, rows);
    }
    return dump;
}

// Ids of contacts the search index finds for `expression`.
inline QList<qint64> searchIds(const Database &db, const QString &expression)
{
    using namespace Qt::StringLiterals;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid"_s);
    q.addBindValue(expression);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

// Compares two dumps table by table, naming the first difference.
inline bool sameTables(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b,
                       QString *difference)
{
    using namespace Qt::StringLiterals;
    if (a.keys() != b.keys()) {
        *difference =
            u"tables differ: "_s + a.keys().join(u","_s) + u" vs "_s + b.keys().join(u","_s);
        return false;
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QStringList &other = b.value(it.key());
        if (it.value() != other) {
            QStringList gone;
            QStringList added;
            for (const QString &row : it.value()) {
                if (!other.contains(row))
                    gone << row;
            }
            for (const QString &row : other) {
                if (!it.value().contains(row))
                    added << row;
            }
            qWarning().noquote() << it.key() << "only before:" << gone << "only after:" << added;
            *difference = it.key() + u": only before:\n  "_s + gone.join(u"\n  "_s) +
                          u"\nonly after:\n  "_s + added.join(u"\n  "_s);
            return false;
        }
    }
    return true;
}

} // namespace rapport::test
