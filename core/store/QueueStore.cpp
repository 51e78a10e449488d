#include "store/QueueStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "domain/QueueReason.h"
#include "store/KeepInTouchStore.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

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

QList<QueueRestorePoint::ItemState> onlyDay(const QList<QueueRestorePoint::ItemState> &items,
                                            const QDate &day)
{
    QList<QueueRestorePoint::ItemState> kept;
    for (const QueueRestorePoint::ItemState &item : items) {
        if (item.day == day)
            kept << item;
    }
    return kept;
}

} // namespace

QueueStore::QueueStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
    , m_keepInTouch(std::make_unique<KeepInTouchStore>(db))
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

bool QueueStore::storeQueue(const QDate &day, const QList<QueueItem> &planned, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery &q = m_statements->prepared(
        u"INSERT INTO queue_item (day, position, contact_id, action, reason, template, status, "
        "related_outreach_id, related_engagement_id) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)"_s);
    for (const QueueItem &item : planned) {
        q.addBindValue(DateText::isoDate(day));
        q.addBindValue(item.position);
        q.addBindValue(item.contactId);
        q.addBindValue(QueueItem::actionKey(item.action));
        const QString reason = item.storedReason.isEmpty() ? item.reason : item.storedReason;
        q.addBindValue(reason.isNull() ? u""_s : reason);
        const QString tpl = item.storedTemplate.isEmpty() ? item.templateName : item.storedTemplate;
        q.addBindValue(tpl.isNull() ? u""_s : tpl);
        q.addBindValue(idOrNull(item.relatedOutreachId));
        q.addBindValue(idOrNull(item.relatedEngagementId));
        if (!q.exec())
            return failed(m_db, q, tr("Could not store today's queue: %1"), error);
    }
    q.finish();
    return tx.commit(error);
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
            item.storedReason = q.value(5).toString();
            item.reason = QueueReason::words(item.storedReason, day);
            item.storedTemplate = q.value(6).toString();
            item.templateName = QueueItem::templateShown(item.storedTemplate);
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
                           qint64 outreachId, QString *error, QueueRestorePoint *before)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QueueRestorePoint point;
    if (before && !m_keepInTouch->capture(contactId, day, &point, error))
        return false;
    // The item's own state: the contact and other days are left alone.
    point.settings.reset();
    point.items = onlyDay(point.items, day);
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
    if (!tx.commit(error))
        return false;
    if (before)
        *before = point;
    return true;
}

bool QueueStore::markDone(const QDate &day, qint64 contactId, qint64 outreachId, QString *error,
                          QueueRestorePoint *before)
{
    return setStatus(day, contactId, QueueItem::Status::Done, outreachId, error, before);
}

bool QueueStore::skip(const QDate &day, qint64 contactId, QString *error, QueueRestorePoint *before)
{
    return setStatus(day, contactId, QueueItem::Status::Skipped, 0, error, before);
}

bool QueueStore::reopen(const QDate &day, qint64 contactId, QString *error,
                        QueueRestorePoint *before)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QueueRestorePoint point;
    if (!m_keepInTouch->capture(contactId, day, &point, error))
        return false;
    const QueueRestorePoint::ItemState *item = point.item(day);
    if (!item ||
        (item->status != QueueItem::Status::Done && item->status != QueueItem::Status::Skipped)) {
        if (error)
            *error = item ? tr("Contact #%1's item of %2 is %3, not done or skipped: there "
                               "is nothing to reopen.")
                                .arg(contactId)
                                .arg(DateText::isoDate(day), QueueItem::statusKey(item->status))
                          : tr("Contact #%1 is not in the queue of %2.")
                                .arg(contactId)
                                .arg(DateText::isoDate(day));
        return false;
    }
    QSqlQuery &q =
        m_statements->prepared(u"UPDATE queue_item SET status = 'open', snoozed_until = '', "
                               "done_outreach_id = NULL WHERE day = ? AND contact_id = ?"_s);
    q.addBindValue(DateText::isoDate(day));
    q.addBindValue(contactId);
    if (!q.exec())
        return failed(m_db, q, tr("Could not update the queue: %1"), error);
    q.finish();
    // Open again, as the contact's keep-in-touch allows (the one rule):
    // the settings written back unchanged bring the item in line.
    if (!m_keepInTouch->set(contactId, *point.settings, day, error))
        return false;
    if (!tx.commit(error))
        return false;
    point.settings.reset();
    point.items = onlyDay(point.items, day);
    if (before)
        *before = point;
    return true;
}

bool QueueStore::changeSettings(const QDate &day, qint64 contactId,
                                const std::function<void(KeepInTouch &)> &change, QString *error,
                                QueueRestorePoint *before)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    std::optional<KeepInTouch> settings = m_keepInTouch->get(contactId, error);
    if (!settings)
        return false;
    change(*settings);
    if (!m_keepInTouch->set(contactId, *settings, day, error, before))
        return false;
    return tx.commit(error);
}

bool QueueStore::snooze(const QDate &day, qint64 contactId, const QDate &until, QString *error,
                        QueueRestorePoint *before)
{
    if (!until.isValid() || !day.isValid() || until <= day) {
        if (error)
            *error = until.isValid() ? tr("A snooze ends on a later day than %1; %2 is not.")
                                           .arg(DateText::isoDate(day), DateText::isoDate(until))
                                     : tr("A snooze needs the day it ends.");
        return false;
    }
    return changeSettings(
        day, contactId, [&until](KeepInTouch &k) { k.snoozedUntil = until; }, error, before);
}

bool QueueStore::never(const QDate &day, qint64 contactId, QString *error,
                       QueueRestorePoint *before)
{
    return changeSettings(
        day, contactId, [](KeepInTouch &k) { k.doNotContact = true; }, error, before);
}

bool QueueStore::restore(const QueueRestorePoint &before, QString *error)
{
    return m_keepInTouch->restore(before, error);
}

bool QueueStore::setTagCadence(const QString &tag, std::optional<int> days, QString *error)
{
    // One implementation of tag cadences, the window's (all or nothing).
    return m_keepInTouch->setTagCadences({TagCadence{tag, days, 0}}, error);
}

} // namespace rapport
