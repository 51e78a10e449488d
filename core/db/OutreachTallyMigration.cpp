#include "db/OutreachTallyMigration.h"

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// What one sent invitation or InMail adds to its day, whatever today is
// (InsightsQueries::funnel reads directly the rows for which "as of today"
// makes a difference): an invitation accepted, an InMail answered. An InMail
// is answered (OutreachStore::inmailRecords) by an answering outcome that
// has a date, or by a reply attached to it when its outcome is none or an
// answer.
const QString answers = u"('replied', 'not-interested', 'accepted', 'declined')"_s;

QString answeredOf(const QString &o)
{
    return u"(%1.channel = 'inmail' AND ((%1.outcome IN %2 AND date(%1.outcome_at) IS NOT NULL) "
           "OR ((%1.outcome = '' OR %1.outcome IN %2) AND date((SELECT min(r.happened_at) "
           "FROM outreach r WHERE r.reply_to = %1.id)) IS NOT NULL)))"_s.arg(o, answers);
}

QString countedColumns(const QString &o)
{
    return u"date(%1.happened_at), %1.channel, count(*), "
           "sum(%1.channel = 'invitation' AND %1.outcome = 'accepted'), sum(%2)"_s.arg(
               o, answeredOf(o));
}

const QString counted = u"direction = 'out' AND channel IN ('invitation', 'inmail')"_s;

// Counts one UTC day (`day`, an SQL expression; NULL counts nothing) afresh:
// a day holds a few dozen rows, found through outreach_by_channel.
QString recountDay(const QString &day)
{
    return u"DELETE FROM outreach_tally WHERE day = %1; "
           "INSERT INTO outreach_tally (day, channel, sent, accepted, answered) "
           "SELECT %2 FROM outreach o WHERE o.direction = 'out' "
           "AND o.channel IN ('invitation', 'inmail') AND o.happened_at >= %1 "
           "AND o.happened_at < date(%1, '+1 day') AND date(o.happened_at) = %1 "
           "GROUP BY o.channel;"_s.arg(day, countedColumns(u"o"_s));
}

// The day of `row` and the day of the outreach it replies to.
QString recountBoth(const QString &row)
{
    return recountDay(u"date(%1.happened_at)"_s.arg(row)) +
           recountDay(
               u"(SELECT date(p.happened_at) FROM outreach p WHERE p.id = %1.reply_to)"_s.arg(row));
}

} // namespace

QString OutreachTallyMigration::countQuery()
{
    return u"SELECT %1 FROM outreach o WHERE o.%2 AND date(o.happened_at) IS NOT NULL "
           "GROUP BY 1, 2"_s.arg(countedColumns(u"o"_s), counted);
}

QStringList OutreachTallyMigration::triggers()
{
    const QString relevant = u"(%1.direction = 'out' AND %1.channel IN ('invitation', 'inmail')) "
                             "OR %1.reply_to IS NOT NULL"_s;
    QStringList list;
    list << u"CREATE TRIGGER outreach_tally_insert AFTER INSERT ON outreach WHEN %1 "
            "BEGIN %2 END"_s.arg(relevant.arg(u"new"_s), recountBoth(u"new"_s));
    list << u"CREATE TRIGGER outreach_tally_delete AFTER DELETE ON outreach WHEN %1 "
            "BEGIN %2 END"_s.arg(relevant.arg(u"old"_s), recountBoth(u"old"_s));
    list << u"CREATE TRIGGER outreach_tally_update AFTER UPDATE OF channel, direction, "
            "happened_at, outcome, outcome_at, reply_to ON outreach WHEN %1 OR %2 "
            "BEGIN %3 %4 END"_s.arg(relevant.arg(u"old"_s), relevant.arg(u"new"_s),
                                    recountBoth(u"old"_s), recountBoth(u"new"_s));
    return list;
}

QStringList OutreachTallyMigration::recountStatements()
{
    return {u"DELETE FROM outreach_tally"_s,
            u"INSERT INTO outreach_tally (day, channel, sent, accepted, answered) "_s +
                countQuery()};
}

QStringList OutreachTallyMigration::statements()
{
    QStringList list;
    list << u"CREATE TABLE outreach_tally ("
            "day TEXT NOT NULL, "
            "channel TEXT NOT NULL CHECK (channel IN ('invitation', 'inmail')), "
            "sent INTEGER NOT NULL CHECK (sent >= 0), "
            "accepted INTEGER NOT NULL CHECK (accepted >= 0), "
            "answered INTEGER NOT NULL CHECK (answered >= 0), "
            "PRIMARY KEY (day, channel)) WITHOUT ROWID"_s;
    // Outcomes dated after today are rare; the funnel finds them here.
    list << u"CREATE INDEX outreach_by_outcome_time ON outreach(outcome_at) "
            "WHERE outcome_at <> ''"_s;
    list << recountStatements();
    list << triggers();
    return list;
}

} // namespace rapport
