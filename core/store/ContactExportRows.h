#pragma once

// The export-only read of a contact list: just the stored columns an export
// asks for, of every contact a query lists (search, tag, tier and review
// filters), in the query's order, one forward-only statement, no Contact
// objects. ContactExporter's CSV path uses it to stay near the cost of the
// sqlite3 shell writing the same columns; the rows and their order are the
// ones ContactStore::forEach() gives for the same query.

#include "domain/ContactQuery.h"

#include <QString>
#include <QStringList>
#include <functional>

class QSqlQuery;

namespace rapport {

class Database;

class ContactExportRows
{
public:
    // The row being read: the columns asked for, by position.
    class Row
    {
    public:
        explicit Row(const QSqlQuery &query)
            : m_query(query)
        {}
        QString text(int column) const;
        qint64 integer(int column) const;
        bool flag(int column) const;

    private:
        const QSqlQuery &m_query;
    };

    explicit ContactExportRows(Database &db);

    // The contact table's columns that can be asked for: id, first_name,
    // last_name, profile_url, position, company, industry, location, email,
    // degree, connected_on, follows_me, notes, tags_text, created_at,
    // updated_at.
    static bool isColumn(const QString &name);

    // Hands `visit` each row; its column i is columns[i] as stored. Returning false stops the walk
    // (not an error). False with *error when a column is unknown or the read failed.
    bool forEach(const ContactQuery &query, const QStringList &columns,
                 const std::function<bool(const Row &)> &visit, QString *error) const;

private:
    Database &m_db;
};

} // namespace rapport
