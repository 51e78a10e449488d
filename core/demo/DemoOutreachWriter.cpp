#include "demo/DemoOutreachWriter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "demo/DemoPerson.h"
#include "domain/DateText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
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
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, first_name, degree, connected_on, follows_me FROM contact "
              "WHERE id >= ? AND id <= ? AND (id - ?) % ? = 0 ORDER BY id"_s);
    q.addBindValue(ids.first());
    q.addBindValue(ids.last());
    q.addBindValue(ids.first());
    q.addBindValue(stride);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the demo contacts: %1").arg(db.describe(q.lastError()));
        return false;
    }
    QHash<qint64, int> index;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!std::binary_search(ids.cbegin(), ids.cend(), id))
            continue; // not this run's
        DemoPerson p;
        p.id = id;
        p.firstName = q.value(1).toString();
        p.degree = q.value(2).toInt();
        p.connectedOn = DateText::parseIsoDate(q.value(3).toString());
        p.followsMe = q.value(4).toInt() != 0;
        index.insert(id, int(people.size()));
        people << p;
    }
    q.prepare(u"SELECT contact_id, kind, happened_on FROM engagement WHERE happened_on >= ? "
              "AND happened_on <= ? AND contact_id >= ? AND contact_id <= ?"_s);
    q.addBindValue(DateText::isoDate(today.addDays(-30)));
    q.addBindValue(DateText::isoDate(today));
    q.addBindValue(ids.first());
    q.addBindValue(ids.last());
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the demo engagement: %1").arg(db.describe(q.lastError()));
        return false;
    }
    static const QStringList warm = {u"comment"_s, u"share-comment"_s, u"share"_s};
    while (q.next()) {
        const auto found = index.constFind(q.value(0).toLongLong());
        if (found == index.constEnd())
            continue;
        DemoPerson &p = people[*found];
        const QDate on = DateText::parseIsoDate(q.value(2).toString());
        p.lastEngaged = qMax(p.lastEngaged, on);
        if (warm.contains(q.value(1).toString()))
            p.lastWarm = qMax(p.lastWarm, on);
    }
    return true;
}

bool DemoOutreachWriter::write(Database &db, QList<DemoPerson> &people, int *added, QString *error)
{
    Transaction tx(db);
    if (!tx.started(error))
        return false;
    // The columns OutreachStore::add writes, for every row at once.
    QSqlQuery insert(db.connection());
    QSqlQuery contact(db.connection());
    if (!insert.prepare(
            u"INSERT INTO outreach (contact_id, channel, direction, happened_at, "
            "subject, body, outcome, outcome_at, conversation, template_name, "
            "asked_negative, reply_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s) ||
        !contact.prepare(u"UPDATE contact SET last_contacted_at = ?, degree = ?, "
                         "connected_on = ? WHERE id = ?"_s)) {
        if (error)
            *error =
                tr("Could not save the demo outreach: %1").arg(db.describe(insert.lastError()));
        return false;
    }
    const QVariant none{QMetaType(QMetaType::LongLong)};
    const QString empty = u""_s;
    const auto text = [&](const QString &s) {
        return s.isNull() ? empty : s;
    };
    int count = 0;
    for (DemoPerson &p : people) {
        if (p.rows.isEmpty())
            continue;
        QList<qint64> ids;
        for (int i = 0; i < p.rows.size(); ++i) {
            const Outreach &o = p.rows.at(i);
            insert.bindValue(0, o.contactId);
            insert.bindValue(1, o.channel);
            insert.bindValue(2, o.direction);
            insert.bindValue(3, DateText::isoUtc(o.happenedAt, false));
            insert.bindValue(4, text(o.subject));
            insert.bindValue(5, text(o.body));
            insert.bindValue(6, text(o.outcome));
            insert.bindValue(7,
                             o.outcomeAt.isValid() ? DateText::isoUtc(o.outcomeAt, false) : empty);
            insert.bindValue(8, text(o.conversation));
            insert.bindValue(9, text(o.templateName));
            insert.bindValue(10, o.askedNegative);
            insert.bindValue(11, p.replyTo.at(i) >= 0 ? QVariant(ids.at(p.replyTo.at(i))) : none);
            if (!insert.exec()) {
                if (error)
                    *error = tr("Could not save the demo outreach of contact #%1: %2")
                                 .arg(p.id)
                                 .arg(db.describe(insert.lastError()));
                return false;
            }
            ids << insert.lastInsertId().toLongLong();
            p.rows[i].id = ids.last();
        }
        count += int(p.rows.size());
        // As OutreachStore keeps it: the latest outreach either way.
        contact.bindValue(0, DateText::isoUtc(p.rows.last().happenedAt, false));
        contact.bindValue(1, p.degree);
        contact.bindValue(2, p.connectedOn.isValid() ? DateText::isoDate(p.connectedOn) : empty);
        contact.bindValue(3, p.id);
        if (!contact.exec()) {
            if (error)
                *error = tr("Could not update demo contact #%1: %2")
                             .arg(p.id)
                             .arg(db.describe(contact.lastError()));
            return false;
        }
    }
    if (!tx.commit(error))
        return false;
    if (added)
        *added = count;
    return true;
}

} // namespace rapport
