#include "store/KeepInTouchStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "store/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QVariant daysOrNull(const std::optional<int> &days)
{
    return days ? QVariant(*days) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> daysFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// The one rule: what a queue item of the contact becomes under `settings`;
// nullopt when it is the user's own answer (done, skipped) and stays.
std::optional<QueueRestorePoint::ItemState> followed(const QueueRestorePoint::ItemState &item,
                                                     const KeepInTouch &settings)
{
    if (item.status == QueueItem::Status::Done || item.status == QueueItem::Status::Skipped)
        return std::nullopt;
    QueueRestorePoint::ItemState target = item;
    target.snoozedUntil = QDate();
    if (settings.doNotContact) {
        target.status = QueueItem::Status::Never;
    } else if (settings.snoozedUntil.isValid() && settings.snoozedUntil > item.day) {
        target.status = QueueItem::Status::Snoozed;
        target.snoozedUntil = settings.snoozedUntil;
    } else {
        target.status = QueueItem::Status::Open;
    }
    return target;
}

} // namespace

KeepInTouchStore::KeepInTouchStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

KeepInTouchStore::~KeepInTouchStore() = default;

std::optional<KeepInTouch> KeepInTouchStore::get(qint64 contactId, QString *error) const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT cadence_days, archived, do_not_contact, snoozed_until FROM contact WHERE id = ?"_s);
    q.addBindValue(contactId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().isValid()
                         ? tr("Could not read the contact: %1").arg(m_db.describe(q.lastError()))
                         : tr("There is no contact #%1.").arg(contactId);
        q.finish();
        return std::nullopt;
    }
    KeepInTouch k;
    k.cadenceDays = daysFrom(q.value(0));
    k.archived = q.value(1).toInt() != 0;
    k.doNotContact = q.value(2).toInt() != 0;
    k.snoozedUntil = DateText::parseIsoDate(q.value(3).toString());
    q.finish();

    // The same choice the queue makes: the shortest tag cadence wins.
    QSqlQuery &t = m_statements->prepared(
        u"SELECT t.cadence_days, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = ? AND t.cadence_days IS NOT NULL "
        "ORDER BY t.cadence_days, t.name LIMIT 1"_s);
    t.addBindValue(contactId);
    if (t.exec() && t.next()) {
        k.tagCadenceDays = t.value(0).toInt();
        k.cadenceTag = t.value(1).toString();
    }
    t.finish();
    return k;
}

bool KeepInTouchStore::set(qint64 contactId, const KeepInTouch &settings, const QDate &day,
                           QString *error, QueueRestorePoint *before)
{
    if (settings.cadenceDays && *settings.cadenceDays <= 0) {
        if (error)
            *error = tr("A keep-in-touch cadence is a number of days above zero.");
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QueueRestorePoint point;
    if (!capture(contactId, day, &point, error) || !writeSettings(contactId, settings, error))
        return false;
    for (const QueueRestorePoint::ItemState &item : std::as_const(point.items)) {
        const std::optional<QueueRestorePoint::ItemState> target = followed(item, settings);
        if (target && *target != item && !writeItemState(contactId, *target, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    if (before)
        *before = point;
    return true;
}

bool KeepInTouchStore::capture(qint64 contactId, const QDate &day, QueueRestorePoint *point,
                               QString *error) const
{
    const std::optional<KeepInTouch> settings = get(contactId, error);
    if (!settings)
        return false;
    QList<QueueRestorePoint::ItemState> items;
    if (day.isValid()) {
        QSqlQuery &q = m_statements->prepared(
            u"SELECT day, status, snoozed_until, done_outreach_id FROM queue_item "
            "WHERE contact_id = ? AND day >= ? ORDER BY day"_s);
        q.addBindValue(contactId);
        q.addBindValue(DateText::isoDate(day));
        if (!q.exec()) {
            if (error)
                *error = tr("Could not read the queue of %1: %2")
                             .arg(DateText::isoDate(day), m_db.describe(q.lastError()));
            q.finish();
            return false;
        }
        while (q.next()) {
            QueueRestorePoint::ItemState state;
            state.day = DateText::parseIsoDate(q.value(0).toString());
            state.status =
                QueueItem::statusFromKey(q.value(1).toString()).value_or(QueueItem::Status::Open);
            state.snoozedUntil = DateText::parseIsoDate(q.value(2).toString());
            state.doneOutreachId = q.value(3).toLongLong();
            items << state;
        }
        q.finish();
    }
    point->contactId = contactId;
    point->day = day;
    point->settings = settings;
    point->items = items;
    return true;
}

bool KeepInTouchStore::restore(const QueueRestorePoint &point, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (point.settings && !writeSettings(point.contactId, *point.settings, error))
        return false;
    for (const QueueRestorePoint::ItemState &item : point.items) {
        if (!writeItemState(point.contactId, item, error))
            return false;
    }
    return tx.commit(error);
}

bool KeepInTouchStore::writeSettings(qint64 contactId, const KeepInTouch &settings, QString *error)
{
    QSqlQuery &q = m_statements->prepared(
        u"UPDATE contact SET cadence_days = ?, archived = ?, do_not_contact = ?, "
        "snoozed_until = ? WHERE id = ?"_s);
    q.addBindValue(daysOrNull(settings.cadenceDays));
    q.addBindValue(settings.archived ? 1 : 0);
    q.addBindValue(settings.doNotContact ? 1 : 0);
    q.addBindValue(settings.snoozedUntil.isValid() ? DateText::isoDate(settings.snoozedUntil)
                                                   : QString(u""_s));
    q.addBindValue(contactId);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the keep-in-touch settings: %1")
                         .arg(m_db.describe(q.lastError()));
        q.finish();
        return false;
    }
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1) {
        if (error)
            *error = tr("There is no contact #%1.").arg(contactId);
        return false;
    }
    return true;
}

bool KeepInTouchStore::writeItemState(qint64 contactId, const QueueRestorePoint::ItemState &state,
                                      QString *error)
{
    QSqlQuery &q = m_statements->prepared(
        u"UPDATE queue_item SET status = ?, snoozed_until = ?, done_outreach_id = ? "
        "WHERE day = ? AND contact_id = ?"_s);
    q.addBindValue(QueueItem::statusKey(state.status));
    q.addBindValue(state.snoozedUntil.isValid() ? DateText::isoDate(state.snoozedUntil)
                                                : QString(u""_s));
    q.addBindValue(state.doneOutreachId > 0 ? QVariant(state.doneOutreachId)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(DateText::isoDate(state.day));
    q.addBindValue(contactId);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not update the queue: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return false;
    }
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1) {
        if (error)
            *error = tr("Contact #%1 is no longer in the queue of %2.")
                         .arg(contactId)
                         .arg(DateText::isoDate(state.day));
        return false;
    }
    return true;
}

QList<TagCadence> KeepInTouchStore::tagCadences(QString *error) const
{
    QList<TagCadence> list;
    QSqlQuery &q =
        m_statements->prepared(u"SELECT t.name, t.cadence_days, "
                               "(SELECT count(*) FROM contact_tag ct WHERE ct.tag_id = t.id) "
                               "FROM tag t ORDER BY t.name"_s);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the tags: %1").arg(m_db.describe(q.lastError()));
        q.finish();
        return list;
    }
    while (q.next())
        list.append({q.value(0).toString(), daysFrom(q.value(1)), q.value(2).toInt()});
    q.finish();
    return list;
}

bool KeepInTouchStore::setTagCadences(const QList<TagCadence> &cadences, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery &q = m_statements->prepared(u"UPDATE tag SET cadence_days = ? WHERE name = ?"_s);
    for (const TagCadence &c : cadences) {
        if (c.days && *c.days <= 0) {
            if (error)
                *error =
                    tr("The cadence of tag \"%1\" must be a number of days above zero.").arg(c.tag);
            return false;
        }
        q.addBindValue(daysOrNull(c.days));
        q.addBindValue(c.tag);
        if (!q.exec()) {
            if (error)
                *error = tr("Could not set the cadence of tag \"%1\": %2")
                             .arg(c.tag, m_db.describe(q.lastError()));
            q.finish();
            return false;
        }
        const int changed = q.numRowsAffected();
        q.finish();
        if (changed != 1) {
            if (error)
                *error = tr("There is no tag \"%1\".").arg(c.tag);
            return false;
        }
    }
    return tx.commit(error);
}

} // namespace rapport
