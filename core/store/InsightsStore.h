#pragma once

// Counts the Insights page reads straight from what triggers keep current,
// each a short index range: the contacts per engagement tier key
// (tier_count) and the followers who became connections, per month.
// Errors are Database's words for what went wrong; the caller says what
// could not be read.

#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <memory>

namespace rapport {

class Database;
class StatementCache;

class InsightsStore
{
public:
    explicit InsightsStore(Database &db);
    ~InsightsStore();
    InsightsStore(const InsightsStore &) = delete;
    InsightsStore &operator=(const InsightsStore &) = delete;

    // Contacts per tier key, as tier_count holds them (keys without a row
    // are absent).
    bool tierCounts(QHash<int, int> *byKey, QString *error) const;
    // Contacts who connected from `first` through `last` and had followed
    // strictly before their connection day, per month (keyed by the month's
    // first day).
    bool followersConverted(const QDate &first, const QDate &last, QMap<QDate, int> *byMonth,
                            QString *error) const;

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
