#include "store/QueueStore.h"

#include "db/Database.h"
#include "db/SqlErrorText.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "planning/QueuePlanner.h"
#include "store/KeepInTouchStore.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QueueStore", text);
}

bool started(const Transaction &tx, QString *error)
{
    if (!tx.isActive() && error)
        *error = SqlErrorText::sentence(tx.errorText());
    return tx.isActive();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

bool failed(const Database &db, QSqlQuery &q, const QString &what, QString *error)
{
    if (error)
        *error = what.arg(db.describe(q.lastError()));
    q.finish();
    return false;
}

} // namespace

QueueStore::QueueStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

QueueStore::~QueueStore() = default;

bool QueueStore::hasQueue(const QDate &day) const
{
    QSqlQuery &q = m_statements->prepared(u"SELECT 1 FROM queue_item WHERE day = ? LIMIT 1"_s);
    q.addBindValue(DateText::isoDate(day));
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

QList<QueueItem> QueueStore::todayQueue(const QDate &today, const QueueSettings &settings,
                                        QString *error)
{
    if (!today.isValid()) {
        if (error)
            *error = tr("The queue needs a valid day.");
        return {};
    }
    if (hasQueue(today))
        return items(today);
    if (m_db.isReadOnly()) // shown, not stored: nothing can be marked done
        return QueuePlanner::plan(m_db, today, settings);
    // Planned and stored under one write lock, so the window and the CLI
    // starting together store one queue, not two.
    Transaction tx(m_db);
    if (!started(tx, error))
        return {};
    if (hasQueue(today))
        return items(today);
    const QList<QueueItem> planned = QueuePlanner::plan(m_db, today, settings);
    QSqlQuery &q = m_statements->prepared(
        u"INSERT INTO queue_item (day, position, contact_id, action, reason, template, status, "
        "related_outreach_id, related_engagement_id) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)"_s);
    for (const QueueItem &item : planned) {
        q.addBindValue(DateText::isoDate(today));
        q.addBindValue(item.position);
        q.addBindValue(item.contactId);
        q.addBindValue(QueueItem::actionKey(item.action));
        q.addBindValue(item.reason.isNull() ? u""_s : item.reason);
        q.addBindValue(item.templateName.isNull() ? u""_s : item.templateName);
        q.addBindValue(idOrNull(item.relatedOutreachId));
        q.addBindValue(idOrNull(item.relatedEngagementId));
        if (!q.exec()) {
            failed(m_db, q, tr("Could not store today's queue: %1"), error);
            return {};
        }
    }
    q.finish();
    if (!tx.commit(error))
        return {};
    return items(today);
}

QList<QueueItem> QueueStore::items(const QDate &day) const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT q.position, q.contact_id, c.first_name, c.last_name, q.action, q.reason, "
        "q.template, q.status, q.snoozed_until, q.related_outreach_id, q.related_engagement_id, "
        "q.done_outreach_id FROM queue_item q JOIN contact c ON c.id = q.contact_id "
        "WHERE q.day = ? ORDER BY q.position"_s);
    q.addBindValue(DateText::isoDate(day));
    QList<QueueItem> list;
    if (q.exec()) {
        while (q.next()) {
            QueueItem item;
            item.day = day;
            item.position = q.value(0).toInt();
            item.contactId = q.value(1).toLongLong();
            item.contactName = (q.value(2).toString() + u' ' + q.value(3).toString()).trimmed();
            item.action =
                QueueItem::actionFromKey(q.value(4).toString()).value_or(QueueItem::Action::Invite);
            item.reason = q.value(5).toString();
            item.templateName = q.value(6).toString();
            item.status =
                QueueItem::statusFromKey(q.value(7).toString()).value_or(QueueItem::Status::Open);
            item.snoozedUntil = DateText::parseIsoDate(q.value(8).toString());
            item.relatedOutreachId = q.value(9).toLongLong();
            item.relatedEngagementId = q.value(10).toLongLong();
            item.doneOutreachId = q.value(11).toLongLong();
            list << item;
        }
    }
    q.finish();
    return list;
}

bool QueueStore::setStatus(const QDate &day, qint64 contactId, QueueItem::Status status,
                           qint64 outreachId, QString *error)
{
    Transaction tx(m_db);
    if (!started(tx, error))
        return false;
    QSqlQuery &q = m_statements->prepared(
        u"UPDATE queue_item SET status = ?, done_outreach_id = ? WHERE day = ? AND contact_id = ?"_s);
    q.addBindValue(QueueItem::statusKey(status));
    q.addBindValue(idOrNull(outreachId));
    q.addBindValue(DateText::isoDate(day));
    q.addBindValue(contactId);
    if (!q.exec())
        return failed(m_db, q, tr("Could not update the queue: %1"), error);
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1) {
        if (error)
            *error = tr("Contact #%1 is not in the queue of %2.")
                         .arg(contactId)
                         .arg(DateText::isoDate(day));
        return false;
    }
    return tx.commit(error);
}

bool QueueStore::markDone(const QDate &day, qint64 contactId, qint64 outreachId, QString *error)
{
    return setStatus(day, contactId, QueueItem::Status::Done, outreachId, error);
}

bool QueueStore::skip(const QDate &day, qint64 contactId, QString *error)
{
    return setStatus(day, contactId, QueueItem::Status::Skipped, 0, error);
}

bool QueueStore::updateContactColumn(const QString &sql, const QVariant &value, qint64 contactId,
                                     const QString &failure, QString *error)
{
    QSqlQuery &q = m_statements->prepared(sql);
    q.addBindValue(value);
    q.addBindValue(contactId);
    if (!q.exec())
        return failed(m_db, q, failure, error);
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1) {
        if (error)
            *error = tr("There is no contact #%1.").arg(contactId);
        return false;
    }
    return true;
}

bool QueueStore::never(qint64 contactId, QString *error)
{
    Transaction tx(m_db);
    if (!started(tx, error))
        return false;
    if (!updateContactColumn(u"UPDATE contact SET do_not_contact = ? WHERE id = ?"_s, 1, contactId,
                             tr("Could not mark the contact as do-not-contact: %1"), error))
        return false;
    QSqlQuery &q = m_statements->prepared(
        u"UPDATE queue_item SET status = 'never' WHERE contact_id = ? AND status = 'open'"_s);
    q.addBindValue(contactId);
    if (!q.exec())
        return failed(m_db, q, tr("Could not update the queue: %1"), error);
    q.finish();
    return tx.commit(error);
}

bool QueueStore::setArchived(qint64 contactId, bool archived, QString *error)
{
    return updateContactColumn(u"UPDATE contact SET archived = ? WHERE id = ?"_s, archived ? 1 : 0,
                               contactId, tr("Could not archive the contact: %1"), error);
}

bool QueueStore::setDoNotContact(qint64 contactId, bool doNotContact, QString *error)
{
    if (doNotContact)
        return never(contactId, error);
    return updateContactColumn(u"UPDATE contact SET do_not_contact = ? WHERE id = ?"_s, 0,
                               contactId, tr("Could not update the contact: %1"), error);
}

bool QueueStore::snooze(qint64 contactId, const QDate &until, QString *error)
{
    if (!until.isValid()) {
        if (error)
            *error = tr("A snooze needs the day it ends.");
        return false;
    }
    Transaction tx(m_db);
    if (!started(tx, error))
        return false;
    const QString day = DateText::isoDate(until);
    QSqlQuery &c = m_statements->prepared(u"UPDATE contact SET snoozed_until = ? WHERE id = ?"_s);
    c.addBindValue(day);
    c.addBindValue(contactId);
    if (!c.exec())
        return failed(m_db, c, tr("Could not snooze the contact: %1"), error);
    const int changed = c.numRowsAffected();
    c.finish();
    if (changed != 1) {
        if (error)
            *error = tr("There is no contact #%1.").arg(contactId);
        return false;
    }
    QSqlQuery &q =
        m_statements->prepared(u"UPDATE queue_item SET status = 'snoozed', snoozed_until = ? "
                               "WHERE contact_id = ? AND status = 'open' AND day < ?"_s);
    q.addBindValue(day);
    q.addBindValue(contactId);
    q.addBindValue(day);
    if (!q.exec())
        return failed(m_db, q, tr("Could not update the queue: %1"), error);
    q.finish();
    return tx.commit(error);
}

bool QueueStore::setContactCadence(qint64 contactId, std::optional<int> days, QString *error)
{
    if (days && *days <= 0) {
        if (error)
            *error = tr("A keep-in-touch cadence is a number of days above zero.");
        return false;
    }
    Transaction tx(m_db);
    if (!started(tx, error))
        return false;
    if (!updateContactColumn(u"UPDATE contact SET cadence_days = ? WHERE id = ?"_s,
                             days ? QVariant(*days) : QVariant(QMetaType(QMetaType::Int)),
                             contactId, tr("Could not set the keep-in-touch cadence: %1"), error))
        return false;
    return tx.commit(error);
}

bool QueueStore::setTagCadence(const QString &tag, std::optional<int> days, QString *error)
{
    // One implementation of tag cadences, the window's (all or nothing).
    return KeepInTouchStore(m_db).setTagCadences({TagCadence{tag, days, 0}}, error);
}

} // namespace rapport
