#include "store/OutreachStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "domain/InMailRecord.h"
#include "domain/InvitationRecord.h"
#include "domain/LocalDays.h"
#include "store/ImportJournal.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString selectColumns = u"id, contact_id, channel, direction, happened_at, subject, body, "
                              "outcome, outcome_at, conversation, source_key, template_name, "
                              "asked_negative, reply_to"_s;

// Our text columns hold '' rather than NULL.
QVariant text(const QString &value)
{
    static const QString empty = QString::fromLatin1("", 0);
    return value.isNull() ? QVariant(empty) : QVariant(value);
}

QString isoUtc(const QDateTime &dt)
{
    static const QString empty = QString::fromLatin1("", 0);
    return dt.isValid() ? DateText::isoUtc(dt, false) : empty;
}

QDateTime fromIso(const QString &text)
{
    return DateText::parseIsoUtc(text);
}

Outreach readOutreach(const QSqlQuery &q)
{
    Outreach o;
    o.id = q.value(0).toLongLong();
    o.contactId = q.value(1).toLongLong();
    o.channel = q.value(2).toString();
    o.direction = q.value(3).toString();
    o.happenedAt = fromIso(q.value(4).toString());
    o.subject = q.value(5).toString();
    o.body = q.value(6).toString();
    o.outcome = q.value(7).toString();
    o.outcomeAt = fromIso(q.value(8).toString());
    o.conversation = q.value(9).toString();
    o.sourceKey = q.value(10).toString();
    o.templateName = q.value(11).toString();
    o.askedNegative = q.value(12).toInt();
    o.replyTo = q.value(13).isNull() ? 0 : q.value(13).toLongLong();
    return o;
}

} // namespace

OutreachStore::OutreachStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

OutreachStore::~OutreachStore() = default;

bool OutreachStore::touchContact(qint64 contactId, QString *error)
{
    // The contact's latest outreach either way, which the daily queue's
    // cool-down and keep-in-touch cadence read from the contact row.
    QSqlQuery &q = m_statements->prepared(
        u"UPDATE contact SET last_contacted_at = coalesce((SELECT max(happened_at) FROM outreach "
        "WHERE contact_id = ?), '') WHERE id = ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not update when contact #%1 was last contacted: %2")
                         .arg(contactId)
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    q.finish();
    return true;
}

bool OutreachStore::validate(const Outreach &o, QString *error) const
{
    QString message;
    if (o.contactId <= 0)
        message = tr("The outreach has no contact. Choose who it was with.");
    else if (!Outreach::channels().contains(o.channel))
        message = tr("The channel \"%1\" is not known. Use one of: %2.")
                      .arg(o.channel, Outreach::channels().join(u", "_s));
    else if (!Outreach::directions().contains(o.direction))
        message = tr("The direction \"%1\" is not known. Use out or in.").arg(o.direction);
    else if (!o.happenedAt.isValid())
        message = tr("The outreach has no date. Give the day it happened.");
    else if (!o.outcome.isEmpty() && !Outreach::outcomes().contains(o.outcome))
        message = tr("The outcome \"%1\" is not known. Use one of: %2.")
                      .arg(o.outcome, Outreach::outcomes().join(u", "_s));
    if (!message.isEmpty() && error)
        *error = message;
    return message.isEmpty();
}

bool OutreachStore::add(Outreach &outreach, QString *error)
{
    if (!validate(outreach, error))
        return false;
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    Outreach o = outreach;
    // An inbound message answers the latest outbound one not yet answered.
    // A row put back by undo (id > 0) keeps the link it had, or none.
    const bool attach = o.direction == u"in"_s && o.replyTo == 0 && o.id <= 0;
    if (attach)
        o.replyTo = answeredBy(o);
    QSqlQuery &q = m_statements->prepared(
        u"INSERT INTO outreach (id, contact_id, channel, direction, happened_at, subject, body, "
        "outcome, outcome_at, conversation, source_key, template_name, asked_negative, reply_to) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const bool putBack = o.id > 0;
    q.addBindValue(o.id > 0 ? QVariant(o.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(o.contactId);
    q.addBindValue(o.channel);
    q.addBindValue(o.direction);
    q.addBindValue(isoUtc(o.happenedAt));
    q.addBindValue(text(o.subject));
    q.addBindValue(text(o.body));
    q.addBindValue(text(o.outcome));
    q.addBindValue(isoUtc(o.outcomeAt));
    q.addBindValue(text(o.conversation));
    q.addBindValue(o.sourceKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                         : QVariant(o.sourceKey));
    q.addBindValue(text(o.templateName));
    q.addBindValue(qBound(-1, o.askedNegative, 1));
    q.addBindValue(o.replyTo > 0 ? QVariant(o.replyTo) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the %1 of %2: %3")
                         .arg(o.channel, isoUtc(o.happenedAt), m_db.describe(q.lastError()));
        return false;
    }
    o.id = q.lastInsertId().toLongLong();
    q.finish();
    // A row put back under its old id (an undo or redo) moves no
    // AUTOINCREMENT counter: mark the change, so Undo Import knows the
    // database changed since the import.
    if (putBack && !ImportJournal::markChanged(m_db, error))
        return false;
    // The answered outreach now has an outcome: replied, unless the user
    // already said how it went.
    if (o.replyTo > 0) {
        const std::optional<Outreach> answered = get(o.replyTo);
        if (answered && answered->outcome.isEmpty() && answered->channel != u"invitation"_s &&
            !setOutcome(answered->id, u"replied"_s, o.happenedAt, error))
            return false;
    }
    if (!touchContact(o.contactId, error) || !tx.commit(error))
        return false;
    outreach = o;
    return true;
}

qint64 OutreachStore::answeredBy(const Outreach &reply) const
{
    if (reply.channel == u"invitation"_s || reply.channel == u"call"_s)
        return 0;
    // The latest message, InMail or e-mail sent to the person before the
    // reply, however long before — answered before or not: a follow-up reply
    // answers the latest message, never an old one. Any answer is an answer
    // whenever it comes (an InMail answered on day 120 was answered, though
    // its credit stays spent), so that logging the answer and setting the
    // outcome by hand count the same. The same conversation wins when the
    // reply has one, then the same channel.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT o.id FROM outreach o WHERE o.contact_id = ? AND o.direction = 'out' "
        "AND o.channel IN ('message', 'inmail', 'email') AND o.happened_at <= ? "
        "ORDER BY (? <> '' AND o.conversation = ?) DESC, (o.channel = ?) DESC, "
        "o.happened_at DESC, o.id DESC LIMIT 1"_s);
    q.addBindValue(reply.contactId);
    q.addBindValue(isoUtc(reply.happenedAt));
    q.addBindValue(text(reply.conversation));
    q.addBindValue(text(reply.conversation));
    q.addBindValue(reply.channel);
    qint64 id = 0;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool OutreachStore::linkReplies(QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    // A page of replies at a time, in time order, with only what answeredBy
    // reads: a large messages.csv must not load every message at once.
    constexpr int pageSize = 10000;
    QSqlQuery &unlinked = m_statements->prepared(
        u"SELECT id, contact_id, channel, happened_at, conversation FROM outreach "
        "WHERE direction = 'in' AND reply_to IS NULL "
        "AND channel IN ('message', 'inmail', 'email') AND (happened_at, id) > (?, ?) "
        "ORDER BY happened_at, id LIMIT %1"_s.arg(pageSize));
    QSqlQuery &link = m_statements->prepared(u"UPDATE outreach SET reply_to = ? WHERE id = ?"_s);
    QString afterTime = u""_s; // the last reply of the page before, as stored (not NULL)
    qint64 afterId = 0;
    for (;;) {
        QList<Outreach> replies;
        unlinked.addBindValue(afterTime);
        unlinked.addBindValue(afterId);
        if (unlinked.exec()) {
            while (unlinked.next()) {
                Outreach o;
                o.id = unlinked.value(0).toLongLong();
                o.contactId = unlinked.value(1).toLongLong();
                o.channel = unlinked.value(2).toString();
                afterTime = unlinked.value(3).toString();
                o.happenedAt = fromIso(afterTime);
                o.conversation = unlinked.value(4).toString();
                afterId = o.id;
                replies << o;
            }
        }
        unlinked.finish();
        for (const Outreach &reply : std::as_const(replies)) {
            const qint64 answered = answeredBy(reply);
            if (answered <= 0)
                continue;
            link.addBindValue(answered);
            link.addBindValue(reply.id);
            if (!link.exec()) {
                if (error)
                    *error = tr("Could not link reply #%1: %2")
                                 .arg(reply.id)
                                 .arg(m_db.describe(link.lastError()));
                return false;
            }
            const std::optional<Outreach> original = get(answered);
            if (original && original->outcome.isEmpty() &&
                !setOutcome(answered, u"replied"_s, reply.happenedAt, error))
                return false;
        }
        if (replies.size() < pageSize)
            break;
    }
    return tx.commit(error);
}

bool OutreachStore::update(const Outreach &outreach, QString *error)
{
    if (!validate(outreach, error))
        return false;
    const std::optional<Outreach> before = get(outreach.id);
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery &q = m_statements->prepared(
        u"UPDATE outreach SET contact_id = ?, channel = ?, direction = ?, happened_at = ?, "
        "subject = ?, body = ?, outcome = ?, outcome_at = ?, template_name = ?, "
        "asked_negative = ?, reply_to = ? WHERE id = ?"_s);
    q.addBindValue(outreach.contactId);
    q.addBindValue(outreach.channel);
    q.addBindValue(outreach.direction);
    q.addBindValue(isoUtc(outreach.happenedAt));
    q.addBindValue(text(outreach.subject));
    q.addBindValue(text(outreach.body));
    q.addBindValue(text(outreach.outcome));
    q.addBindValue(text(outreach.outcome.isEmpty() ? QString() : isoUtc(outreach.outcomeAt)));
    q.addBindValue(text(outreach.templateName));
    q.addBindValue(qBound(-1, outreach.askedNegative, 1));
    q.addBindValue(outreach.replyTo > 0 ? QVariant(outreach.replyTo)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(outreach.id);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save outreach #%1: %2")
                         .arg(outreach.id)
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no outreach #%1.").arg(outreach.id);
        return false;
    }
    if (before && before->contactId != outreach.contactId &&
        !touchContact(before->contactId, error))
        return false;
    return touchContact(outreach.contactId, error) && tx.commit(error);
}

bool OutreachStore::remove(qint64 id, QString *error)
{
    const std::optional<Outreach> o = get(id);
    if (!o) {
        if (error)
            *error = tr("There is no outreach #%1.").arg(id);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    // A reply that set its outreach's outcome takes the outcome with it.
    if (o->replyTo > 0) {
        const std::optional<Outreach> answered = get(o->replyTo);
        if (answered && answered->outcome == u"replied"_s && answered->outcomeAt == o->happenedAt &&
            !setOutcome(answered->id, QString(), QDateTime(), error))
            return false;
    }
    QSqlQuery &q = m_statements->prepared(u"DELETE FROM outreach WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error =
                tr("Could not delete outreach #%1: %2").arg(id).arg(m_db.describe(q.lastError()));
        return false;
    }
    return touchContact(o->contactId, error) && tx.commit(error);
}

QList<Outreach> OutreachStore::list(const OutreachFilter &filter, int limit, int offset) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.channel.isEmpty()) {
        where << u"channel = ?"_s;
        binds << filter.channel;
    }
    if (filter.outcome == u"none"_s) {
        where << u"outcome = ''"_s;
    } else if (!filter.outcome.isEmpty()) {
        where << u"outcome = ?"_s;
        binds << filter.outcome;
    }
    if (!filter.direction.isEmpty()) {
        where << u"direction = ?"_s;
        binds << filter.direction;
    }
    if (filter.contactId > 0) {
        where << u"contact_id = ?"_s;
        binds << filter.contactId;
    }
    // Days are the user's local days; times are stored in UTC.
    if (filter.since.isValid()) {
        where << u"happened_at >= ?"_s;
        binds << isoUtc(filter.since.startOfDay());
    }
    if (filter.until.isValid()) {
        where << u"happened_at < ?"_s;
        binds << isoUtc(filter.until.addDays(1).startOfDay());
    }
    QString sql = u"SELECT "_s + selectColumns + u" FROM outreach"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY happened_at DESC, id DESC LIMIT ? OFFSET ?"_s;
    binds << (limit < 0 ? -1 : limit) << qMax(0, offset);
    QSqlQuery &q = m_statements->prepared(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Outreach> rows;
    if (q.exec()) {
        while (q.next())
            rows << readOutreach(q);
    }
    q.finish();
    return rows;
}

namespace {

// One InMail record per row of (id, happened_at, outcome, outcome_at,
// asked_negative, body, first reply's happened_at).
QList<InMailRecord> readInMails(QSqlQuery &q,
                                const std::function<bool(const QString &body)> &asksNegative)
{
    LocalDays days;
    QList<InMailRecord> records;
    while (q.next()) {
        InMailRecord r;
        r.id = q.value(0).toLongLong();
        r.sent = days.of(q.value(1).toString());
        // Any answer returns the credit: replied, not interested,
        // accepted or declined, by its date, or the first reply
        // attached. An outcome the user set to a non-answer (ignored,
        // "I don't know", withdrawn) wins over an attached reply.
        // (OutreachTallyMigration counts "answered" by the same rule.)
        const QString outcome = q.value(2).toString();
        const bool answer = outcome == u"replied"_s || outcome == u"not-interested"_s ||
                            outcome == u"accepted"_s || outcome == u"declined"_s;
        QDate answered;
        if (answer)
            answered = days.of(q.value(3).toString());
        const QDate reply = days.of(q.value(6).toString());
        if ((outcome.isEmpty() || answer) && reply.isValid() &&
            (!answered.isValid() || reply < answered))
            answered = reply;
        r.answered = answered;
        const int asked = q.value(4).toInt();
        r.askedNegative =
            asked == 1 || (asked == -1 && asksNegative && asksNegative(q.value(5).toString()));
        records << r;
    }
    q.finish();
    return records;
}

// One invitation record per row of (id, contact_id, happened_at, outcome,
// outcome_at).
QList<InvitationRecord> readInvitations(QSqlQuery &q)
{
    LocalDays days;
    QList<InvitationRecord> records;
    while (q.next()) {
        InvitationRecord r;
        r.id = q.value(0).toLongLong();
        r.contactId = q.value(1).toLongLong();
        r.sent = days.of(q.value(2).toString());
        r.outcome = q.value(3).toString();
        r.outcomeOn = days.of(q.value(4).toString());
        records << r;
    }
    q.finish();
    return records;
}

const QString inmailColumns =
    u"SELECT o.id, o.happened_at, o.outcome, o.outcome_at, o.asked_negative, o.body, "
    "(SELECT min(r.happened_at) FROM outreach r WHERE r.reply_to = o.id) "
    "FROM outreach o WHERE o.channel = 'inmail' AND o.direction = 'out' "_s;
const QString invitationColumns =
    u"SELECT id, contact_id, happened_at, outcome, outcome_at FROM outreach "
    "WHERE channel = 'invitation' AND direction = 'out' "_s;
// Sorts after every ISO time: a range without an end.
const QString noEnd = u"~"_s;

} // namespace

QList<InMailRecord>
OutreachStore::inmailRecords(const std::function<bool(const QString &body)> &asksNegative) const
{
    QSqlQuery &q = m_statements->prepared(inmailColumns + u"ORDER BY o.happened_at, o.id"_s);
    if (!q.exec())
        return {};
    return readInMails(q, asksNegative);
}

QList<InMailRecord> OutreachStore::inmailRecords(const QString &from, const QString &to) const
{
    QSqlQuery &q = m_statements->prepared(
        inmailColumns +
        u"AND o.happened_at >= ? AND o.happened_at < ? ORDER BY o.happened_at, o.id"_s);
    q.addBindValue(from);
    q.addBindValue(to.isEmpty() ? noEnd : to);
    if (!q.exec())
        return {};
    return readInMails(q, {});
}

QList<InvitationRecord> OutreachStore::invitationRecords(const QString &from,
                                                         const QString &to) const
{
    QSqlQuery &q = m_statements->prepared(
        invitationColumns + u"AND happened_at >= ? AND happened_at < ? ORDER BY happened_at, id"_s);
    q.addBindValue(from);
    q.addBindValue(to.isEmpty() ? noEnd : to);
    if (!q.exec())
        return {};
    return readInvitations(q);
}

QList<InvitationRecord> OutreachStore::recentInvitationRecords(int lastN, const QDate &since) const
{
    QSqlQuery &q = m_statements->prepared(
        u"SELECT id, contact_id, happened_at, outcome, outcome_at FROM outreach "
        "WHERE channel = 'invitation' AND direction = 'out' AND (happened_at >= ? OR id IN "
        "(SELECT id FROM outreach WHERE channel = 'invitation' AND direction = 'out' "
        "ORDER BY happened_at DESC, id DESC LIMIT ?)) ORDER BY happened_at, id"_s);
    q.addBindValue(isoUtc(since.startOfDay()));
    q.addBindValue(qMax(0, lastN));
    if (!q.exec())
        return {};
    return readInvitations(q);
}

QList<InvitationRecord> OutreachStore::invitationRecords() const
{
    QSqlQuery &q = m_statements->prepared(invitationColumns + u"ORDER BY happened_at, id"_s);
    if (!q.exec())
        return {};
    return readInvitations(q);
}

bool OutreachStore::setOutcome(qint64 id, const QString &outcome, const QDateTime &at,
                               QString *error)
{
    if (!outcome.isEmpty() && !Outreach::outcomes().contains(outcome)) {
        if (error)
            *error = tr("The outcome \"%1\" is not known. Use one of: %2.")
                         .arg(outcome, Outreach::outcomes().join(u", "_s));
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outreach SET outcome = ?, outcome_at = ? WHERE id = ?"_s);
    q.addBindValue(text(outcome));
    q.addBindValue(text(outcome.isEmpty() ? QString() : isoUtc(at)));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the outcome of outreach #%1: %2")
                         .arg(id)
                         .arg(m_db.describe(q.lastError()));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no outreach #%1.").arg(id);
        return false;
    }
    return tx.commit(error);
}

std::optional<Outreach> OutreachStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + selectColumns + u" FROM outreach WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readOutreach(q);
    return std::nullopt;
}

std::optional<Outreach> OutreachStore::findBySourceKey(const QString &sourceKey) const
{
    if (sourceKey.isEmpty())
        return std::nullopt;
    // Asked once per imported row: a kept statement.
    QSqlQuery &q = m_statements->prepared(u"SELECT "_s + selectColumns +
                                          u" FROM outreach WHERE source_key = ?"_s);
    q.addBindValue(sourceKey);
    std::optional<Outreach> found;
    if (q.exec() && q.next())
        found = readOutreach(q);
    q.finish();
    return found;
}

QDateTime OutreachStore::lastWithdrawal(qint64 contactId) const
{
    // When the outcome was recorded; an imported row without that time is
    // taken as withdrawn when it was sent.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT max(CASE WHEN outcome_at <> '' THEN outcome_at ELSE happened_at END) "
        "FROM outreach WHERE contact_id = ? AND channel = 'invitation' AND direction = 'out' "
        "AND outcome = 'withdrawn'"_s);
    q.addBindValue(contactId);
    QDateTime at;
    if (q.exec() && q.next())
        at = fromIso(q.value(0).toString());
    q.finish();
    return at;
}

int OutreachStore::countByContact(qint64 contactId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM outreach WHERE contact_id = ?"_s);
    q.addBindValue(contactId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

int OutreachStore::totalCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT count(*) FROM outreach"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace rapport
