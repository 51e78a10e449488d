#pragma once

// The first-degree connections as the network review counts them: grouped
// by industry, location or company, and how many were never in touch or not
// lately. Both read summaries kept current by triggers on contact
// (connection_group, connection_touch; migration 15), so nothing scans
// contacts or events. Errors are Database's words
// for what went wrong; the caller says what could not be read.

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace rapport {

class Database;
class StatementCache;

class NetworkStore
{
public:
    enum class Field { Industry, Location, Company };

    // A value of a field and how many connections have it.
    struct Group
    {
        QString name; // empty: not filled in
        int connections = 0;
    };

    explicit NetworkStore(Database &db);
    ~NetworkStore();
    NetworkStore(const NetworkStore &) = delete;
    NetworkStore &operator=(const NetworkStore &) = delete;

    // Connections grouped by `field`, biggest first (ties by name), the `top`
    // largest; blank values count as one group with an empty name. Columns
    // are COLLATE NOCASE: "acme" and "Acme" are one group.
    bool groups(Field field, int top, QList<Group> *groups, QString *error) const;
    // Connections never in touch (nothing engaged, nothing sent or
    // received), and those in touch but not on or after `cutoff`.
    bool touchCounts(const QDate &cutoff, int *never, int *quiet, QString *error) const;

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
