#include "store/EngagementStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "domain/TierRules.h"
#include "store/DatabaseSettings.h"
#include "store/EngagementSummaryTable.h"
#include "store/ImportJournal.h"
#include "store/SettingStore.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString windowKey = DatabaseSettings::TierWindowDays.name();
const QString asOfKey = u"tiers_as_of"_s;

const QString eventColumns = u"id, contact_id, kind, happened_on, content_id, note, created_at"_s;

Engagement readEvent(const QSqlQuery &q)
{
    Engagement e;
    e.id = q.value(0).toLongLong();
    e.contactId = q.value(1).toLongLong();
    e.kind = EngagementKinds::fromName(q.value(2).toString()).value_or(EngagementKind::Like);
    e.date = DateText::parseIsoDate(q.value(3).toString());
    e.contentId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    e.note = q.value(5).toString();
    e.createdAt = DateText::parseIsoUtc(q.value(6).toString());
    return e;
}

// Our text columns hold '' rather than NULL.
QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? DateText::isoDate(date) : u""_s;
}

} // namespace

EngagementStore::EngagementStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

EngagementStore::~EngagementStore() = default;

QSqlQuery &EngagementStore::prepared(const QString &sql) const
{
    return m_statements->prepared(sql);
}

QDate EngagementStore::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QString EngagementStore::setting(const QString &key) const
{
    return SettingStore(m_db).value(key);
}

bool EngagementStore::setSetting(const QString &key, const QString &value, QString *error)
{
    return SettingStore(m_db).setValue(key, value, error);
}

int EngagementStore::windowDays() const
{
    if (m_window > 0)
        return m_window;
    bool ok = false;
    const int days = setting(windowKey).toInt(&ok);
    m_window = ok && days > 0 ? days : DatabaseSettings::TierWindowDays.defaultValue;
    return m_window;
}

bool EngagementStore::setWindowDays(int days, QString *error)
{
    if (!DatabaseSettings::TierWindowDays.allows(days)) {
        if (error)
            *error = tr("The engagement window must be between %1 and %2 days; %3 is not.")
                         .arg(DatabaseSettings::TierWindowDays.minimum)
                         .arg(DatabaseSettings::TierWindowDays.maximum)
                         .arg(days);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (!setSetting(windowKey, QString::number(days), error))
        return false;
    m_window = days;
    QSqlQuery ids(m_db.connection());
    ids.setForwardOnly(true);
    if (!ids.exec(u"SELECT contact_id FROM engagement_summary"_s)) {
        if (error)
            *error = m_db.describe(ids.lastError());
        return false;
    }
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        const auto s = readSummary(id);
        if (s && !writeTier(id, *s, error))
            return false;
    }
    if (!setSetting(asOfKey, DateText::isoDate(today()), error))
        return false;
    return tx.commit(error);
}

bool EngagementStore::validate(const Engagement &e, QString *error) const
{
    QString message;
    QSqlQuery &contact = prepared(u"SELECT 1 FROM contact WHERE id = ?"_s);
    contact.addBindValue(e.contactId);
    const bool contactExists = contact.exec() && contact.next();
    contact.finish();
    if (!contactExists) {
        message = tr("There is no contact with id %1.").arg(e.contactId);
    } else if (!e.date.isValid()) {
        message = tr("The engagement has no date. Give the day it happened.");
    } else if (e.date > today()) {
        message = tr("The date %1 is in the future. Give the day it happened.")
                      .arg(DateText::isoDate(e.date));
    } else if (e.contentId > 0) {
        QSqlQuery &piece = prepared(u"SELECT 1 FROM content WHERE id = ?"_s);
        piece.addBindValue(e.contentId);
        const bool exists = piece.exec() && piece.next();
        piece.finish();
        if (!exists)
            message = tr("There is no post or article with id %1.").arg(e.contentId);
    }
    if (message.isEmpty())
        return true;
    if (error)
        *error = message;
    return false;
}

bool EngagementStore::insert(Engagement &e, QString *error)
{
    if (!validate(e, error))
        return false;
    if (!e.createdAt.isValid())
        e.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery &q = prepared(u"INSERT INTO engagement (id, contact_id, kind, happened_on, "
                            "content_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    const bool putBack = e.id > 0;
    q.addBindValue(e.id > 0 ? QVariant(e.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.contactId);
    q.addBindValue(EngagementKinds::name(e.kind));
    q.addBindValue(DateText::isoDate(e.date));
    q.addBindValue(e.contentId > 0 ? QVariant(e.contentId)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.note.isNull() ? u""_s : e.note);
    q.addBindValue(DateText::isoUtc(e.createdAt, true));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the engagement: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    e.id = q.lastInsertId().toLongLong();
    // A row put back under its old id (an undo or redo) moves no
    // AUTOINCREMENT counter: mark the change, so Undo Import knows the
    // database changed since the import.
    if (putBack && !ImportJournal::markChanged(m_db, error))
        return false;
    return true;
}

bool EngagementStore::log(Engagement &event, QString *error)
{
    QList<Engagement> one{event};
    if (!logMany(one, error))
        return false;
    event = one.first();
    return true;
}

bool EngagementStore::logMany(QList<Engagement> &events, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QList<Engagement> saved = events;
    QList<qint64> touched;
    for (Engagement &e : saved) {
        if (!insert(e, error))
            return false;
        if (!touched.contains(e.contactId))
            touched << e.contactId;
    }
    for (qint64 id : std::as_const(touched)) {
        if (!updateContact(id, error))
            return false;
    }
    if (!tx.commit(error))
        return false;
    events = saved;
    return true;
}

bool EngagementStore::restoreForContact(qint64 contactId, QList<Engagement> &events,
                                        bool followsBefore, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QList<Engagement> saved = events;
    for (Engagement &e : saved) {
        e.contactId = contactId;
        if (!insert(e, error))
            return false;
    }
    if (!updateContact(contactId, error, followsBefore))
        return false;
    if (!tx.commit(error))
        return false;
    events = saved;
    return true;
}

bool EngagementStore::followsBefore(qint64 contactId) const
{
    QSqlQuery &q =
        prepared(u"SELECT follows_before FROM engagement_summary WHERE contact_id = ?"_s);
    q.addBindValue(contactId);
    const bool value = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return value;
}

bool EngagementStore::followsMeSetByHand(qint64 contactId, bool followsMe, QString *error)
{
    const std::optional<EngagementSummary> s = readSummary(contactId);
    if (!s)
        return true; // no events: the contact row alone says it
    QSqlQuery &q = prepared(u"UPDATE engagement_summary SET follows_me = ?, follows_before = ? "
                            "WHERE contact_id = ?"_s);
    q.addBindValue(followsMe ? 1 : 0);
    q.addBindValue(followsMe ? 1 : 0);
    q.addBindValue(contactId);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Could not update the engagement summary: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    EngagementSummary updated = *s;
    updated.followsMe = followsMe;
    return writeTier(contactId, updated, error);
}

bool EngagementStore::remove(qint64 id, QString *error)
{
    return removeMany({id}, error);
}

bool EngagementStore::removeMany(const QList<qint64> &ids, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QList<qint64> touched;
    QSqlQuery &owner = prepared(u"SELECT contact_id FROM engagement WHERE id = ?"_s);
    QSqlQuery &del = prepared(u"DELETE FROM engagement WHERE id = ?"_s);
    for (qint64 id : ids) {
        owner.addBindValue(id);
        if (!owner.exec() || !owner.next()) {
            owner.finish();
            if (error)
                *error = tr("There is no engagement with id %1.").arg(id);
            return false;
        }
        const qint64 contactId = owner.value(0).toLongLong();
        owner.finish();
        del.addBindValue(id);
        if (!del.exec()) {
            if (error)
                *error = tr("Could not delete engagement %1: %2")
                             .arg(id)
                             .arg(m_db.describe(del.lastError()));
            return false;
        }
        if (!touched.contains(contactId))
            touched << contactId;
    }
    for (qint64 contactId : std::as_const(touched)) {
        if (!updateContact(contactId, error))
            return false;
    }
    return tx.commit(error);
}

bool EngagementStore::updateContact(qint64 contactId, QString *error,
                                    std::optional<bool> forcedFollowsBefore)
{
    const std::optional<EngagementSummary> before = readSummary(contactId);
    EngagementSummary s;
    s.contactId = contactId;
    QSqlQuery &kinds = prepared(u"SELECT kind, count(*), max(happened_on) FROM engagement "
                                "WHERE contact_id = ? GROUP BY kind"_s);
    kinds.addBindValue(contactId);
    if (!kinds.exec()) {
        if (error)
            *error = m_db.describe(kinds.lastError());
        return false;
    }
    bool any = false;
    while (kinds.next()) {
        const auto kind = EngagementKinds::fromName(kinds.value(0).toString());
        if (!kind)
            continue;
        any = true;
        s.counts[EngagementKinds::index(*kind)] = kinds.value(1).toInt();
        s.lastOn[EngagementKinds::index(*kind)] = DateText::parseIsoDate(kinds.value(2).toString());
    }
    kinds.finish();

    const auto followEvents = [](const EngagementSummary &x) {
        return x.count(EngagementKind::Follow) + x.count(EngagementKind::Unfollow) > 0;
    };
    const auto sameFollowEvents = [](const EngagementSummary &a, const EngagementSummary &b) {
        return a.count(EngagementKind::Follow) == b.count(EngagementKind::Follow) &&
               a.count(EngagementKind::Unfollow) == b.count(EngagementKind::Unfollow) &&
               a.last(EngagementKind::Follow) == b.last(EngagementKind::Follow) &&
               a.last(EngagementKind::Unfollow) == b.last(EngagementKind::Unfollow);
    };
    const bool hadFollowEvents = before && followEvents(*before);
    const bool hasFollowEvents = followEvents(s);

    // "Follows me" follows the latest follow or unfollow; without any, it is
    // whatever the user had set before the first one arrived. A value set
    // by hand since holds until the follow events themselves change.
    QSqlQuery &stored =
        prepared(u"SELECT c.follows_me, s.follows_before FROM contact c "
                 "LEFT JOIN engagement_summary s ON s.contact_id = c.id WHERE c.id = ?"_s);
    stored.addBindValue(contactId);
    bool followsNow = false;
    bool followsBefore = false;
    if (stored.exec() && stored.next()) {
        followsNow = stored.value(0).toBool();
        followsBefore = stored.value(1).toBool();
    }
    stored.finish();
    if (forcedFollowsBefore)
        followsBefore = *forcedFollowsBefore;
    else if (!hadFollowEvents && hasFollowEvents)
        followsBefore = followsNow;
    const bool followEventsChanged = !before || !sameFollowEvents(*before, s);
    if (hasFollowEvents && !followEventsChanged) {
        s.followsMe = before->followsMe;
    } else if (hasFollowEvents) {
        QSqlQuery &latest = prepared(u"SELECT kind FROM engagement WHERE contact_id = ? AND kind "
                                     "IN ('follow', 'unfollow') "
                                     "ORDER BY happened_on DESC, id DESC LIMIT 1"_s);
        latest.addBindValue(contactId);
        s.followsMe = latest.exec() && latest.next() && latest.value(0).toString() == u"follow"_s;
        latest.finish();
    }
    bool follows = followsNow;
    if (hasFollowEvents)
        follows = s.followsMe;
    else if (hadFollowEvents)
        follows = followsBefore;
    if (follows != followsNow) {
        QSqlQuery &set = prepared(u"UPDATE contact SET follows_me = ? WHERE id = ?"_s);
        set.addBindValue(follows ? 1 : 0);
        set.addBindValue(contactId);
        if (!set.exec()) {
            if (error)
                *error = m_db.describe(set.lastError());
            return false;
        }
    }

    if (!any) {
        QSqlQuery &del = prepared(u"DELETE FROM engagement_summary WHERE contact_id = ?"_s);
        del.addBindValue(contactId);
        if (!del.exec()) {
            if (error)
                *error = m_db.describe(del.lastError());
            return false;
        }
        return writeTier(contactId, s, error);
    }

    QSqlQuery &up = prepared(EngagementSummaryTable::upsertSql());
    EngagementSummaryTable::bindValues(up, s, followsBefore);
    if (!up.exec()) {
        if (error)
            *error = tr("Could not update the engagement summary: %1")
                         .arg(m_db.describe(up.lastError()));
        return false;
    }
    return writeTier(contactId, s, error);
}

bool EngagementStore::writeTier(qint64 contactId, const EngagementSummary &s, QString *error)
{
    const int window = windowDays();
    const Tier tier = TierRules::tierOf(s, today(), window);
    const QDate until = TierRules::validUntil(s, today(), window);
    QSqlQuery &q = prepared(
        u"UPDATE contact SET tier_key = ?, tier_until = ?, last_engaged_on = ? WHERE id = ?"_s);
    q.addBindValue(tier.key());
    q.addBindValue(EngagementSummaryTable::dateOrNull(until));
    q.addBindValue(isoOrEmpty(s.lastEngagedOn()));
    q.addBindValue(contactId);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Could not update the contact's tier: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    return true;
}

std::optional<EngagementSummary> EngagementStore::readSummary(qint64 contactId) const
{
    QSqlQuery &q = prepared(EngagementSummaryTable::selectSql());
    q.addBindValue(contactId);
    std::optional<EngagementSummary> found;
    if (q.exec() && q.next())
        found = EngagementSummaryTable::fromRow(q, contactId);
    q.finish();
    return found;
}

EngagementSummary EngagementStore::summary(qint64 contactId) const
{
    EngagementSummary empty;
    empty.contactId = contactId;
    return readSummary(contactId).value_or(empty);
}

bool EngagementStore::exists(qint64 contactId, EngagementKind kind, qint64 contentId,
                             const QDate &date) const
{
    QSqlQuery &q = contentId > 0
                       ? prepared(u"SELECT EXISTS (SELECT 1 FROM engagement WHERE contact_id = ? "
                                  "AND kind = ? AND content_id = ?)"_s)
                       : prepared(u"SELECT EXISTS (SELECT 1 FROM engagement WHERE contact_id = ? "
                                  "AND kind = ? AND happened_on = ? AND content_id IS NULL)"_s);
    q.addBindValue(contactId);
    q.addBindValue(EngagementKinds::name(kind));
    if (contentId > 0)
        q.addBindValue(contentId);
    else
        q.addBindValue(isoOrEmpty(date));
    const bool found = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return found;
}

Tier EngagementStore::storedTier(qint64 contactId) const
{
    QSqlQuery &q = prepared(u"SELECT tier_key FROM contact WHERE id = ?"_s);
    q.addBindValue(contactId);
    Tier tier;
    if (q.exec() && q.next())
        tier = Tier::fromKey(q.value(0).toInt());
    q.finish();
    return tier;
}

std::optional<Engagement> EngagementStore::get(qint64 id) const
{
    QSqlQuery &q = prepared(u"SELECT "_s + eventColumns + u" FROM engagement WHERE id = ?"_s);
    q.addBindValue(id);
    std::optional<Engagement> found;
    if (q.exec() && q.next())
        found = readEvent(q);
    q.finish();
    return found;
}

QList<Engagement> EngagementStore::forContact(qint64 contactId) const
{
    QSqlQuery &q = prepared(u"SELECT "_s + eventColumns +
                            u" FROM engagement WHERE contact_id = ? "
                            "ORDER BY happened_on DESC, id DESC"_s);
    q.addBindValue(contactId);
    QList<Engagement> list;
    if (q.exec()) {
        while (q.next())
            list << readEvent(q);
    }
    q.finish();
    return list;
}

int EngagementStore::totalCount() const
{
    QSqlQuery &q = prepared(u"SELECT count(*) FROM engagement"_s);
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

bool EngagementStore::refreshTiers(QString *error)
{
    m_window = 0; // another window or the CLI may have changed it
    const QString day = DateText::isoDate(today());
    const QString asOf = setting(asOfKey);
    if (asOf == day)
        return true;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    // After a clock change backwards every tier may differ; otherwise only
    // the ones whose active engagement has since left the window.
    const bool backwards = !asOf.isEmpty() && asOf > day;
    QSqlQuery &ids = prepared(
        backwards ? u"SELECT contact_id FROM engagement_summary"_s
                  : u"SELECT id FROM contact WHERE tier_until IS NOT NULL AND tier_until < ?"_s);
    if (!backwards)
        ids.addBindValue(day);
    if (!ids.exec()) {
        if (error)
            *error = m_db.describe(ids.lastError());
        return false;
    }
    QList<qint64> due;
    while (ids.next())
        due << ids.value(0).toLongLong();
    ids.finish();
    for (qint64 id : std::as_const(due)) {
        const auto s = readSummary(id);
        if (s && !writeTier(id, *s, error))
            return false;
    }
    if (!setSetting(asOfKey, day, error))
        return false;
    return tx.commit(error);
}

bool EngagementStore::rebuildSummaries(QString *error,
                                       const std::function<bool(int percent)> &progress)
{
    m_window = 0;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    const auto retier = [this](qint64 id, QString *err) {
        const auto s = readSummary(id);
        return !s || writeTier(id, *s, err);
    };
    if (!EngagementSummaryTable::rebuildFromEvents(m_db, retier, progress, error))
        return false;
    if (!setSetting(asOfKey, DateText::isoDate(today()), error))
        return false;
    return tx.commit(error);
}

} // namespace rapport
