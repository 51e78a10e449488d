#include "store/TimelineStore.h"

#include "db/Database.h"
#include "domain/DateText.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

TimelineStore::TimelineStore(Database &db)
    : m_db(db)
{}

QString TimelineStore::lastContentTitle(qint64 contactId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.title FROM engagement e JOIN content c ON c.id = e.content_id "
              "WHERE e.contact_id = ? AND trim(c.title) <> '' "
              "ORDER BY e.happened_on DESC, e.id DESC LIMIT 1"_s);
    q.addBindValue(contactId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

QList<TimelineEntry> TimelineStore::forContact(qint64 contactId, int limit) const
{
    QList<TimelineEntry> entries;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.id, e.happened_on, e.kind, e.content_id, coalesce(c.title, ''), e.note "
              "FROM engagement e LEFT JOIN content c ON c.id = e.content_id "
              "WHERE e.contact_id = ? ORDER BY e.happened_on DESC, e.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            TimelineEntry t;
            t.source = TimelineEntry::EngagementEvent;
            t.id = q.value(0).toLongLong();
            t.date = DateText::parseIsoDate(q.value(1).toString());
            t.kind =
                EngagementKinds::fromName(q.value(2).toString()).value_or(EngagementKind::Like);
            t.contentId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
            t.contentTitle = q.value(4).toString();
            t.note = q.value(5).toString();
            entries << t;
        }
    }
    q.prepare(u"SELECT id, happened_at, channel, direction, outcome, subject, body FROM outreach "
              "WHERE contact_id = ? ORDER BY happened_at DESC, id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            TimelineEntry t;
            t.source = TimelineEntry::OutreachRecord;
            t.id = q.value(0).toLongLong();
            t.date = DateText::parseIsoUtc(q.value(1).toString()).toLocalTime().date();
            t.channel = q.value(2).toString();
            t.direction = q.value(3).toString();
            t.outcome = q.value(4).toString();
            t.subject = q.value(5).toString();
            t.note = q.value(6).toString().section(u'\n', 0, 0).left(120);
            entries << t;
        }
    }
    q.prepare(u"SELECT id, given_on, kind, note FROM value_given WHERE contact_id = ? "
              "ORDER BY given_on DESC, id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            TimelineEntry t;
            t.source = TimelineEntry::ValueGivenRecord;
            t.id = q.value(0).toLongLong();
            t.date = DateText::parseIsoDate(q.value(1).toString());
            t.valueKind = q.value(2).toString();
            t.note = q.value(3).toString();
            entries << t;
        }
    }
    // Newest first; on one day, outreach after engagement after value given
    // is arbitrary but stable: by source, then newest row first.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         if (a.date != b.date)
                             return a.date > b.date;
                         if (a.source != b.source)
                             return a.source > b.source;
                         return a.id > b.id;
                     });
    if (entries.size() > limit)
        entries.resize(limit);
    return entries;
}

} // namespace rapport
