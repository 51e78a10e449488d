#include "store/DemoRows.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "domain/EngagementKind.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

DemoRows::DemoRows(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

DemoRows::~DemoRows() = default;

bool DemoRows::addEngagement(QList<Engagement> &events, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(u"INSERT INTO engagement (contact_id, kind, happened_on, content_id, note, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s)) {
        if (error)
            *error = tr("Could not save the engagements: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    QString kindNames[EngagementKinds::Count];
    for (EngagementKind kind : EngagementKinds::all())
        kindNames[EngagementKinds::index(kind)] = EngagementKinds::name(kind);
    const QVariant noPiece{QMetaType(QMetaType::LongLong)};
    const QString noNote = u""_s;
    for (Engagement &e : events) {
        q.bindValue(0, e.contactId);
        q.bindValue(1, kindNames[EngagementKinds::index(e.kind)]);
        q.bindValue(2, DateText::isoDate(e.date));
        q.bindValue(3, e.contentId > 0 ? QVariant(e.contentId) : noPiece);
        q.bindValue(4, e.note.isNull() ? noNote : e.note);
        q.bindValue(5, DateText::isoUtc(e.createdAt.isValid() ? e.createdAt
                                                              : QDateTime::currentDateTimeUtc(),
                                        true));
        if (!q.exec()) {
            if (error)
                *error = tr("Could not save the engagement of contact #%1 on %2: %3")
                             .arg(e.contactId)
                             .arg(DateText::isoDate(e.date), m_db.describe(q.lastError()));
            return false;
        }
        e.id = q.lastInsertId().toLongLong();
    }
    return true;
}

bool DemoRows::addOutreach(qint64 contactId, QList<Outreach> &rows, const QList<int> &replyTo,
                           int degree, const QDate &connectedOn, QString *error)
{
    if (rows.isEmpty())
        return true;
    // The columns OutreachStore::add writes.
    QSqlQuery &insert = m_statements->prepared(
        u"INSERT INTO outreach (contact_id, channel, direction, happened_at, "
        "subject, body, outcome, outcome_at, conversation, template_name, "
        "asked_negative, reply_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariant none{QMetaType(QMetaType::LongLong)};
    const QString empty = u""_s;
    const auto text = [&](const QString &s) {
        return s.isNull() ? empty : s;
    };
    QList<qint64> ids;
    for (int i = 0; i < rows.size(); ++i) {
        const Outreach &o = rows.at(i);
        insert.bindValue(0, o.contactId);
        insert.bindValue(1, o.channel);
        insert.bindValue(2, o.direction);
        insert.bindValue(3, DateText::isoUtc(o.happenedAt, false));
        insert.bindValue(4, text(o.subject));
        insert.bindValue(5, text(o.body));
        insert.bindValue(6, text(o.outcome));
        insert.bindValue(7, o.outcomeAt.isValid() ? DateText::isoUtc(o.outcomeAt, false) : empty);
        insert.bindValue(8, text(o.conversation));
        insert.bindValue(9, text(o.templateName));
        insert.bindValue(10, o.askedNegative);
        insert.bindValue(11, replyTo.at(i) >= 0 ? QVariant(ids.at(replyTo.at(i))) : none);
        if (!insert.exec()) {
            if (error)
                *error = tr("Could not save the demo outreach of contact #%1: %2")
                             .arg(contactId)
                             .arg(m_db.describe(insert.lastError()));
            return false;
        }
        ids << insert.lastInsertId().toLongLong();
        rows[i].id = ids.last();
    }
    // As OutreachStore keeps it: the latest outreach either way.
    QSqlQuery &contact = m_statements->prepared(u"UPDATE contact SET last_contacted_at = ?, "
                                                "degree = ?, connected_on = ? WHERE id = ?"_s);
    contact.bindValue(0, DateText::isoUtc(rows.last().happenedAt, false));
    contact.bindValue(1, degree);
    contact.bindValue(2, connectedOn.isValid() ? DateText::isoDate(connectedOn) : empty);
    contact.bindValue(3, contactId);
    if (!contact.exec()) {
        if (error)
            *error = tr("Could not update demo contact #%1: %2")
                         .arg(contactId)
                         .arg(m_db.describe(contact.lastError()));
        return false;
    }
    return true;
}

qint64 DemoRows::nextContentSerial() const
{
    QSqlQuery q(m_db.connection());
    qint64 serial = 0;
    if (q.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'content'"_s) && q.next())
        serial = q.value(0).toLongLong();
    if (q.exec(u"SELECT max(id) FROM content"_s) && q.next())
        serial = qMax(serial, q.value(0).toLongLong());
    return serial + 1;
}

bool DemoRows::people(qint64 first, qint64 last, qint64 stride, QList<Person> *people,
                      QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, first_name, degree, connected_on, follows_me FROM contact "
              "WHERE id >= ? AND id <= ? AND (id - ?) % ? = 0 ORDER BY id"_s);
    q.addBindValue(first);
    q.addBindValue(last);
    q.addBindValue(first);
    q.addBindValue(stride);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the demo contacts: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        people->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                        DateText::parseIsoDate(q.value(3).toString()), q.value(4).toInt() != 0});
    }
    return true;
}

bool DemoRows::events(const QDate &since, const QDate &until, qint64 first, qint64 last,
                      QList<Event> *events, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT contact_id, kind, happened_on FROM engagement WHERE happened_on >= ? "
              "AND happened_on <= ? AND contact_id >= ? AND contact_id <= ?"_s);
    q.addBindValue(DateText::isoDate(since));
    q.addBindValue(DateText::isoDate(until));
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the demo engagement: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        events->append({q.value(0).toLongLong(), q.value(1).toString(),
                        DateText::parseIsoDate(q.value(2).toString())});
    }
    return true;
}

} // namespace rapport
