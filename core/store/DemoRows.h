#pragma once

// The demo data set's rows written and read in bulk, bypassing the stores'
// per-row bookkeeping so a million contacts' worth of events is quick:
// engagement events as they are, outreach rows with their replies linked,
// and the reads the demo's stories start from. Built into the rapport_demo
// library (with core/demo), never into rapport_core: only rapport-cli's demo
// command and the tests and benchmarks that need demo data link it.

#include "domain/Engagement.h"
#include "domain/Outreach.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace rapport {

class Database;
class StatementCache;

class DemoRows
{
    Q_DECLARE_TR_FUNCTIONS(DemoRows)

public:
    // A contact as a demo story starts from.
    struct Person
    {
        qint64 id = 0;
        QString firstName;
        int degree = 0;
        QDate connectedOn;
        bool followsMe = false;
    };
    // One engagement event, as a story weighs it.
    struct Event
    {
        qint64 contactId = 0;
        QString kind;
        QDate on;
    };

    explicit DemoRows(Database &db);
    ~DemoRows();
    DemoRows(const DemoRows &) = delete;
    DemoRows &operator=(const DemoRows &) = delete;

    // Inserts `events` as they are, inside the caller's transaction, and sets
    // their ids. Summaries and tiers are not touched.
    bool addEngagement(QList<Engagement> &events, QString *error);
    // Inserts one contact's outreach rows in order (replyTo: per row, the
    // index of the earlier row it answers, or -1), sets their ids, and keeps
    // the contact's last_contacted_at (the last row's time), degree and
    // connected_on; inside the caller's transaction.
    bool addOutreach(qint64 contactId, QList<Outreach> &rows, const QList<int> &replyTo, int degree,
                     const QDate &connectedOn, QString *error);
    // Above every content id ever used (sqlite_sequence included), so
    // content addresses made from it are new.
    qint64 nextContentSerial() const;
    // The contacts with ids from `first` through `last` whose distance from
    // `first` is a multiple of `stride`, in id order.
    bool people(qint64 first, qint64 last, qint64 stride, QList<Person> *people,
                QString *error) const;
    // Engagement from `since` through `until` of contacts with ids from
    // `first` through `last`.
    bool events(const QDate &since, const QDate &until, qint64 first, qint64 last,
                QList<Event> *events, QString *error) const;

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
