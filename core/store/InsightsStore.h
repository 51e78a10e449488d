#pragma once

// Counts the Insights page reads straight from what triggers keep current,
// each a short index range: the contacts per engagement tier key
// (tier_count), the followers who became connections, per month, and the
// outreach funnel's counts per UTC day (outreach_tally) with the days whose
// rows have an outcome or a reply dated after a given time.
// Errors are Database's words for what went wrong; the caller says what
// could not be read.

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
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

    // One UTC day of outreach_tally: invitations (accepted) or InMails
    // (answered) sent that day.
    struct OutreachDay
    {
        QDate day;
        bool inmail = false;
        int sent = 0;
        int accepted = 0;
        int answered = 0;
    };
    // outreach_tally's rows from `first` through `last` (UTC days).
    bool outreachDays(const QDate &first, const QDate &last, QList<OutreachDay> *days,
                      QString *error) const;
    // The UTC days of sending of the invitations and InMails with an outcome
    // or a reply at `sinceUtc` (ISO UTC text) or later.
    bool outreachAnsweredSince(const QString &sinceUtc, QSet<QDate> *days, QString *error) const;

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
