#pragma once

// Reads the demo people DemoOutreach writes stories for, links their
// replies, and saves their outreach in one transaction.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

class Database;
struct DemoPerson;

class DemoOutreachWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoOutreachWriter)

public:
    // The contacts `contactIds` (every k-th beyond `maxPeople`) with their
    // engagement of the last 30 days before `today`.
    static bool read(Database &db, const QList<qint64> &contactIds, const QDate &today,
                     int maxPeople, QList<DemoPerson> &people, QString *error);
    // Time order, then links each reply as OutreachStore::linkReplies would.
    static void linkReplies(DemoPerson &p);
    // Inserts every row with one prepared statement, keeps the contact's
    // last_contacted_at (and degree and connected_on) current; all or nothing.
    static bool write(Database &db, QList<DemoPerson> &people, int *added, QString *error);
};

} // namespace rapport
