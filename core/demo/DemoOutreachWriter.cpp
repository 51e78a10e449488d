#include "demo/DemoOutreachWriter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "demo/DemoPerson.h"
#include "store/DemoRows.h"

#include <QHash>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rapport {

void DemoOutreachWriter::linkReplies(DemoPerson &p)
{
    // Time order, then link as OutreachStore::answeredBy does: an inbound
    // message answers the latest outbound one of the 90 days before it,
    // its own conversation first, then its own channel.
    std::stable_sort(p.rows.begin(), p.rows.end(), [](const Outreach &a, const Outreach &b) {
        return a.happenedAt < b.happenedAt;
    });
    static const QStringList talk = {u"message"_s, u"inmail"_s, u"email"_s};
    p.replyTo.fill(-1, p.rows.size());
    for (int i = 0; i < p.rows.size(); ++i) {
        const Outreach &reply = p.rows.at(i);
        if (reply.direction != u"in"_s || !talk.contains(reply.channel))
            continue;
        const QDateTime from = reply.happenedAt.addDays(-90);
        int best = -1;
        auto rank = [&](int j) {
            const Outreach &o = p.rows.at(j);
            return std::make_tuple(!reply.conversation.isEmpty() &&
                                       o.conversation == reply.conversation,
                                   o.channel == reply.channel, o.happenedAt, j);
        };
        for (int j = 0; j < p.rows.size(); ++j) {
            const Outreach &o = p.rows.at(j);
            if (j == i || o.direction != u"out"_s || !talk.contains(o.channel) ||
                o.happenedAt > reply.happenedAt || o.happenedAt < from)
                continue;
            if (best < 0 || rank(j) > rank(best))
                best = j;
        }
        if (best < 0)
            continue;
        p.replyTo[i] = best;
        Outreach &answered = p.rows[best];
        if (answered.outcome.isEmpty()) {
            answered.outcome = u"replied"_s;
            answered.outcomeAt = reply.happenedAt;
        }
    }
}

bool DemoOutreachWriter::read(Database &db, const QList<qint64> &contactIds, const QDate &today,
                              int maxPeople, QList<DemoPerson> &people, QString *error)
{
    if (contactIds.isEmpty())
        return true;
    QList<qint64> ids = contactIds;
    std::sort(ids.begin(), ids.end());
    const qint64 stride = (ids.size() + maxPeople - 1) / maxPeople;
    DemoRows rows(db);
    QList<DemoRows::Person> sampled;
    if (!rows.people(ids.first(), ids.last(), stride, &sampled, error))
        return false;
    QHash<qint64, int> index;
    for (const DemoRows::Person &row : std::as_const(sampled)) {
        if (!std::binary_search(ids.cbegin(), ids.cend(), row.id))
            continue; // not this run's
        DemoPerson p;
        p.id = row.id;
        p.firstName = row.firstName;
        p.degree = row.degree;
        p.connectedOn = row.connectedOn;
        p.followsMe = row.followsMe;
        index.insert(row.id, int(people.size()));
        people << p;
    }
    QList<DemoRows::Event> events;
    if (!rows.events(today.addDays(-30), today, ids.first(), ids.last(), &events, error))
        return false;
    static const QStringList warm = {u"comment"_s, u"share-comment"_s, u"share"_s};
    for (const DemoRows::Event &event : std::as_const(events)) {
        const auto found = index.constFind(event.contactId);
        if (found == index.constEnd())
            continue;
        DemoPerson &p = people[*found];
        p.lastEngaged = qMax(p.lastEngaged, event.on);
        if (warm.contains(event.kind))
            p.lastWarm = qMax(p.lastWarm, event.on);
    }
    return true;
}

bool DemoOutreachWriter::write(Database &db, QList<DemoPerson> &people, int *added, QString *error)
{
    Transaction tx(db);
    if (!tx.started(error))
        return false;
    DemoRows rows(db);
    int count = 0;
    for (DemoPerson &p : people) {
        if (p.rows.isEmpty())
            continue;
        if (!rows.addOutreach(p.id, p.rows, p.replyTo, p.degree, p.connectedOn, error))
            return false;
        count += int(p.rows.size());
    }
    if (!tx.commit(error))
        return false;
    if (added)
        *added = count;
    return true;
}

} // namespace rapport
