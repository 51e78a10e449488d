#include "store/TimelineStore.h"

#include "db/Database.h"
#include "domain/DateText.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

TimelineStore::TimelineStore(Database &db)
    : m_db(db)
{}

QList<TimelineEntry> TimelineStore::forContact(qint64 contactId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT e.id, e.happened_on, e.kind, e.content_id, coalesce(c.title, ''), e.note "
              "FROM engagement e LEFT JOIN content c ON c.id = e.content_id "
              "WHERE e.contact_id = ? ORDER BY e.happened_on DESC, e.id DESC LIMIT ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(limit);
    QList<TimelineEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next()) {
        TimelineEntry t;
        t.source = TimelineEntry::EngagementEvent;
        t.id = q.value(0).toLongLong();
        t.date = DateText::parseIsoDate(q.value(1).toString());
        t.kind = EngagementKinds::fromName(q.value(2).toString()).value_or(EngagementKind::Like);
        t.contentId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        t.contentTitle = q.value(4).toString();
        t.note = q.value(5).toString();
        entries << t;
    }
    return entries;
}

} // namespace rapport
