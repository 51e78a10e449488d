#include "store/QueueFactsStore.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "store/StatementCache.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rapport {

QueueFactsStore::QueueFactsStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

QueueFactsStore::~QueueFactsStore() = default;

QString QueueFactsStore::dayStart(const QDate &day)
{
    // Stored times are ISO UTC text; a local day starts at its local midnight.
    return DateText::isoUtc(day.startOfDay(), false);
}

QueueFactsStore::Contact QueueFactsStore::contact(qint64 contactId, const QDate &doneAfter,
                                                  const QDate &doneBy) const
{
    Contact f;
    f.id = contactId;
    QSqlQuery &c = m_statements->prepared(
        u"SELECT first_name, last_name, degree, follows_me, connected_on, do_not_contact, "
        "archived, snoozed_until, last_contacted_at, cadence_days FROM contact WHERE id = ?"_s);
    c.addBindValue(contactId);
    if (c.exec() && c.next()) {
        f.name = (c.value(0).toString() + u' ' + c.value(1).toString()).trimmed();
        f.degree = c.value(2).toInt();
        f.followsMe = c.value(3).toInt() != 0;
        f.connectedOn = DateText::parseIsoDate(c.value(4).toString());
        f.doNotContact = c.value(5).toInt() != 0;
        f.archived = c.value(6).toInt() != 0;
        f.snoozedUntil = DateText::parseIsoDate(c.value(7).toString());
        f.lastContactedAt = c.value(8).toString();
        f.cadenceDays = c.value(9).isNull() ? 0 : c.value(9).toInt();
    } else {
        f.doNotContact = true; // gone: never in the queue
    }
    c.finish();

    QSqlQuery &out = m_statements->prepared(
        u"SELECT max(happened_at), max(CASE WHEN channel <> 'invitation' THEN happened_at END) "
        "FROM outreach WHERE contact_id = ? AND direction = 'out'"_s);
    out.addBindValue(contactId);
    if (out.exec() && out.next()) {
        f.lastOutAt = out.value(0).toString();
        f.lastTalkAt = out.value(1).toString();
    }
    out.finish();

    // "Not interested" stands until a later outcome says otherwise.
    QSqlQuery &outcome = m_statements->prepared(
        u"SELECT outcome FROM outreach WHERE contact_id = ? AND outcome <> '' "
        "ORDER BY happened_at DESC, id DESC LIMIT 1"_s);
    outcome.addBindValue(contactId);
    if (outcome.exec() && outcome.next())
        f.notInterested = outcome.value(0).toString() == u"not-interested"_s;
    outcome.finish();

    QSqlQuery &done = m_statements->prepared(
        u"SELECT 1 FROM queue_item WHERE contact_id = ? AND day > ? AND day <= ? "
        "AND status = 'done' LIMIT 1"_s);
    done.addBindValue(contactId);
    done.addBindValue(DateText::isoDate(doneAfter));
    done.addBindValue(DateText::isoDate(doneBy));
    f.doneRecently = done.exec() && done.next();
    done.finish();
    return f;
}

bool QueueFactsStore::invitationBlocks(qint64 contactId) const
{
    // Pending already, or turned down: no new invitation.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT 1 FROM outreach WHERE contact_id = ? AND channel = 'invitation' "
        "AND direction = 'out' AND outcome IN ('', 'declined', 'dont-know') LIMIT 1"_s);
    q.addBindValue(contactId);
    const bool blocks = q.exec() && q.next();
    q.finish();
    return blocks;
}

std::optional<QueueFactsStore::TagCadence> QueueFactsStore::tagCadence(qint64 contactId) const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT t.cadence_days, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = ? AND t.cadence_days IS NOT NULL "
        "ORDER BY t.cadence_days, t.name LIMIT 1"_s);
    q.addBindValue(contactId);
    std::optional<TagCadence> found;
    if (q.exec() && q.next())
        found = TagCadence{q.value(0).toInt(), q.value(1).toString()};
    q.finish();
    return found;
}

std::optional<int> QueueFactsStore::smallestCadence() const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT (SELECT min(cadence_days) FROM contact WHERE cadence_days IS NOT NULL), "
        "(SELECT min(cadence_days) FROM tag WHERE cadence_days IS NOT NULL)"_s);
    std::optional<int> smallest;
    if (q.exec() && q.next()) {
        for (int i = 0; i < 2; ++i) {
            if (!q.value(i).isNull())
                smallest = smallest ? qMin(*smallest, q.value(i).toInt()) : q.value(i).toInt();
        }
    }
    q.finish();
    return smallest;
}

QString QueueFactsStore::contentTitle(qint64 contentId) const
{
    if (contentId <= 0)
        return {};
    QSqlQuery &q = m_statements->prepared(u"SELECT title FROM content WHERE id = ?"_s);
    q.addBindValue(contentId);
    QString title;
    if (q.exec() && q.next())
        title = q.value(0).toString();
    q.finish();
    return title;
}

bool QueueFactsStore::replyHandled(qint64 contactId, qint64 outreachId) const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT 1 FROM queue_item WHERE contact_id = ? AND related_outreach_id = ? "
        "AND status = 'done' LIMIT 1"_s);
    q.addBindValue(contactId);
    q.addBindValue(outreachId);
    const bool done = q.exec() && q.next();
    q.finish();
    return done;
}

void QueueFactsStore::inbound(const QDate &first, const QDate &last, int limit,
                              const std::function<bool(const Inbound &)> &visit) const
{
    QSqlQuery &q =
        m_statements->prepared(u"SELECT id, contact_id, channel, happened_at FROM outreach "
                               "WHERE direction = 'in' AND happened_at >= ? AND happened_at < ? "
                               "AND channel IN ('message', 'inmail', 'email') "
                               "ORDER BY happened_at, id LIMIT ?"_s);
    q.addBindValue(dayStart(first));
    q.addBindValue(dayStart(last.addDays(1)));
    q.addBindValue(limit);
    // Read whole first: the visitor reads other facts between rows.
    QList<Inbound> rows;
    if (q.exec()) {
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toString()});
    }
    q.finish();
    for (const Inbound &row : std::as_const(rows)) {
        if (!visit(row))
            break;
    }
}

void QueueFactsStore::engagement(const QString &kind, const QDate &first, const QDate &last,
                                 bool connected, const QDate &quietSince, int limit,
                                 const std::function<bool(const Event &)> &visit) const
{
    // Only people not excluded and not cooling down come back from the index
    // walk (each joined by primary key), so the limit counts real
    // candidates; the planner's checks stay the authority.
    QSqlQuery &q = m_statements->prepared(
        (connected ? u"SELECT e.id, e.contact_id, e.happened_on, e.content_id FROM engagement e "
                     "JOIN contact c ON c.id = e.contact_id "
                     "WHERE e.kind = ? AND e.happened_on >= ? AND e.happened_on <= ? "
                     "AND c.degree = 1 AND c.do_not_contact = 0 AND c.archived = 0 "
                     "AND c.last_contacted_at < ? "
                     "ORDER BY e.happened_on DESC, e.id DESC LIMIT ?"_s
                   : u"SELECT e.id, e.contact_id, e.happened_on, e.content_id FROM engagement e "
                     "JOIN contact c ON c.id = e.contact_id "
                     "WHERE e.kind = ? AND e.happened_on >= ? AND e.happened_on <= ? "
                     "AND c.degree <> 1 AND c.do_not_contact = 0 AND c.archived = 0 "
                     "AND c.last_contacted_at < ? "
                     "ORDER BY e.happened_on DESC, e.id DESC LIMIT ?"_s));
    q.addBindValue(kind);
    q.addBindValue(DateText::isoDate(first));
    q.addBindValue(DateText::isoDate(last));
    q.addBindValue(dayStart(quietSince));
    q.addBindValue(limit);
    if (!q.exec())
        return;
    while (q.next()) {
        const Event event{q.value(0).toLongLong(), q.value(1).toLongLong(),
                          DateText::parseIsoDate(q.value(2).toString()),
                          q.value(3).isNull() ? 0 : q.value(3).toLongLong()};
        if (!visit(event))
            break;
    }
    q.finish();
}

void QueueFactsStore::newConnections(const QDate &first, const QDate &last, int limit,
                                     const std::function<bool(qint64, const QDate &)> &visit) const
{
    QSqlQuery &q = m_statements->prepared(
        // "+degree": walk the connected-on index, not the degree one (without
        // statistics SQLite would pick the latter and sort every connection).
        u"SELECT id, connected_on FROM contact WHERE connected_on >= ? AND connected_on <= ? "
        "AND +degree = 1 ORDER BY connected_on DESC, id DESC LIMIT ?"_s);
    q.addBindValue(DateText::isoDate(first));
    q.addBindValue(DateText::isoDate(last));
    q.addBindValue(limit);
    if (!q.exec())
        return;
    while (q.next()) {
        if (!visit(q.value(0).toLongLong(), DateText::parseIsoDate(q.value(1).toString())))
            break;
    }
    q.finish();
}

void QueueFactsStore::jobChanges(const QString &from, const QString &until, int limit,
                                 const std::function<bool(const JobChange &)> &visit) const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT c.contact_id, i.imported_at, c.new_company, c.new_position FROM export_import i "
        "JOIN export_change c ON c.import_id = i.id AND c.kind = 'job' "
        "WHERE i.imported_at >= ? AND i.imported_at < ? ORDER BY i.id DESC, c.id LIMIT ?"_s);
    q.addBindValue(from);
    q.addBindValue(until);
    q.addBindValue(limit);
    if (!q.exec())
        return;
    while (q.next()) {
        const JobChange row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()};
        if (!visit(row))
            break;
    }
    q.finish();
}

void QueueFactsStore::outOfTouch(const QDate &day, int limit,
                                 const std::function<bool(qint64)> &visit) const
{
    // Longest out of touch first; never in touch first of all, oldest
    // connection first.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT id FROM contact WHERE degree = 1 AND do_not_contact = 0 AND archived = 0 "
        "AND last_contacted_at < ? ORDER BY last_contacted_at, connected_on, id LIMIT ?"_s);
    q.addBindValue(dayStart(day));
    q.addBindValue(limit);
    if (!q.exec())
        return;
    while (q.next()) {
        if (!visit(q.value(0).toLongLong()))
            break;
    }
    q.finish();
}

void QueueFactsStore::pendingInvitations(const QDate &day, int limit,
                                         const std::function<bool(const Invitation &)> &visit) const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT id, contact_id, happened_at FROM outreach WHERE channel = 'invitation' "
        "AND direction = 'out' AND outcome = '' AND happened_at < ? "
        "ORDER BY happened_at, id LIMIT ?"_s);
    q.addBindValue(dayStart(day));
    q.addBindValue(limit);
    if (!q.exec())
        return;
    while (q.next()) {
        if (!visit({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()}))
            break;
    }
    q.finish();
}

} // namespace rapport
