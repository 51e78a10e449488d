#include "planning/QueuePlanner.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "outreach/InMailLedger.h"
#include "outreach/InvitationStats.h"
#include "outreach/MessageLinter.h"
#include "outreach/OutreachSettings.h"
#include "outreach/ReinviteRule.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rapport {

// What the rules need to know about one contact, read once per plan.
struct QueuePlanner::Facts
{
    qint64 id = 0;
    QString name;
    int degree = 0;
    bool followsMe = false;
    QDate connectedOn;
    bool doNotContact = false;
    bool archived = false;
    QDate snoozedUntil;
    QString lastContactedAt; // ISO UTC, either direction; '' never
    int cadenceDays = 0;     // 0: none of its own
    QString lastOutAt;       // latest outbound, any channel
    QString lastTalkAt;      // latest outbound other than an invitation
    bool notInterested = false;
    bool doneRecently = false; // a queue item done within the cool-down
    int invitationBlocks = -1; // -1 unknown
};

namespace {

// Stored times are ISO UTC text; a local day starts at its local midnight.
QString dayStart(const QDate &day)
{
    return DateText::isoUtc(day.startOfDay(), false);
}

QDate localDay(const QString &isoUtc)
{
    return isoUtc.isEmpty() ? QDate() : DateText::parseIsoUtc(isoUtc).toLocalTime().date();
}

QString ago(const QDate &day, const QDate &today)
{
    const qint64 days = day.daysTo(today);
    if (days <= 0)
        return QueuePlanner::tr("today");
    if (days == 1)
        return QueuePlanner::tr("yesterday");
    return QueuePlanner::tr("%n days ago", nullptr, int(days));
}

QString templateFor(QueueItem::Action action)
{
    // The starter templates' names (StarterTemplates.cpp).
    switch (action) {
    case QueueItem::Action::FollowerMessage:
        return u"Follower \u2192 connection"_s;
    case QueueItem::Action::Invite:
        return u"Invitation note"_s;
    case QueueItem::Action::InMail:
        return u"InMail: first contact"_s;
    case QueueItem::Action::Welcome:
        return u"Welcome a new connection"_s;
    case QueueItem::Action::Thank:
        return u"Thank a commenter"_s;
    case QueueItem::Action::Reconnect:
        return u"15-minute call"_s;
    case QueueItem::Action::ReplyWaiting:
    case QueueItem::Action::FollowUpInvitation:
        break;
    }
    return {};
}

} // namespace

void QueuePlanner::watchdog(Database &db, const QDate &today, bool *warning, int *credits)
{
    // Only the watchdog's answer is needed: the recent invitations, not the
    // whole outreach history.
    const OutreachSettings outreach = OutreachSettings::load(SettingStore(db));
    const QList<InvitationRecord> recent = OutreachStore(db).recentInvitationRecords(
        outreach.acceptanceLastN, today.addDays(1 - InvitationStats::RecentDays));
    *warning = InvitationStats::compute(recent, today, outreach.acceptanceLastN,
                                        outreach.acceptanceThreshold)
                   .warning;
    // InMails are suggested only while the watchdog warns; the ledger reads
    // every InMail, so only then.
    *credits = 0;
    if (*warning) {
        const QList<InMailRecord> inmails = OutreachStore(db).inmailRecords(
            [](const QString &body) { return MessageLinter::asksForNegativeAnswer(body); });
        QDate start = outreach.planStart;
        if (!start.isValid())
            start = inmails.isEmpty() ? today : inmails.first().sent;
        *credits = InMailLedger::compute(inmails, outreach.plan, start, today).available;
    }
}

QList<QueueItem> QueuePlanner::plan(Database &db, const QDate &today, const QueueSettings &settings)
{
    bool warning = false;
    int credits = 0;
    watchdog(db, today, &warning, &credits);
    return plan(db, today, settings, warning, credits);
}

QList<QueueItem> QueuePlanner::heldBack(Database &db, const QDate &today,
                                        const QueueSettings &settings)
{
    bool warning = false;
    int credits = 0;
    watchdog(db, today, &warning, &credits);
    QueuePlanner planner(db, today, settings, warning, credits);
    planner.run();
    return planner.m_heldBack;
}

QList<QueueItem> QueuePlanner::plan(Database &db, const QDate &today, const QueueSettings &settings,
                                    bool invitationWarning, int inmailCredits)
{
    QueuePlanner planner(db, today, settings, invitationWarning, inmailCredits);
    return planner.run();
}

QueuePlanner::QueuePlanner(Database &db, const QDate &today, const QueueSettings &settings,
                           bool invitationWarning, int inmailCredits)
    : m_db(db)
    , m_today(today)
    , m_settings(settings)
    , m_warning(invitationWarning)
    , m_inmailCredits(inmailCredits)
    , m_statements(std::make_unique<StatementCache>(db))
    , m_outreach(std::make_unique<OutreachStore>(db))
{}

QueuePlanner::~QueuePlanner() = default;

QList<QueueItem> QueuePlanner::run()
{
    if (!m_today.isValid() || m_settings.capacity <= 0)
        return {};
    // RAPPORT_PLAN_TRACE=1 prints how long each rule took (benchmarks).
    const bool trace = qEnvironmentVariableIsSet("RAPPORT_PLAN_TRACE");
    QElapsedTimer timer;
    timer.start();
    const auto step = [&](const char *name, void (QueuePlanner::*rule)()) {
        (this->*rule)();
        if (trace)
            qInfo("%s: %.2f ms", name, double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
    };
    step("replies", &QueuePlanner::replies);
    step("engaged", &QueuePlanner::engaged);
    step("welcomes", &QueuePlanner::welcomes);
    step("thanks", &QueuePlanner::thanks);
    step("reconnects", &QueuePlanner::reconnects);
    step("follow-ups", &QueuePlanner::followUps);
    for (int i = 0; i < m_items.size(); ++i)
        m_items[i].position = i + 1;
    for (int i = 0; i < m_heldBack.size(); ++i)
        m_heldBack[i].position = i + 1;
    return m_items;
}

const QueuePlanner::Facts &QueuePlanner::facts(qint64 contactId)
{
    const auto found = m_facts.constFind(contactId);
    if (found != m_facts.constEnd())
        return **found;
    auto f = std::make_shared<Facts>();
    f->id = contactId;
    QSqlQuery &c = m_statements->prepared(
        u"SELECT first_name, last_name, degree, follows_me, connected_on, do_not_contact, "
        "archived, snoozed_until, last_contacted_at, cadence_days FROM contact WHERE id = ?"_s);
    c.addBindValue(contactId);
    if (c.exec() && c.next()) {
        f->name = (c.value(0).toString() + u' ' + c.value(1).toString()).trimmed();
        f->degree = c.value(2).toInt();
        f->followsMe = c.value(3).toInt() != 0;
        f->connectedOn = DateText::parseIsoDate(c.value(4).toString());
        f->doNotContact = c.value(5).toInt() != 0;
        f->archived = c.value(6).toInt() != 0;
        f->snoozedUntil = DateText::parseIsoDate(c.value(7).toString());
        f->lastContactedAt = c.value(8).toString();
        f->cadenceDays = c.value(9).isNull() ? 0 : c.value(9).toInt();
    } else {
        f->doNotContact = true; // gone: never in the queue
    }
    c.finish();

    QSqlQuery &out = m_statements->prepared(
        u"SELECT max(happened_at), max(CASE WHEN channel <> 'invitation' THEN happened_at END) "
        "FROM outreach WHERE contact_id = ? AND direction = 'out'"_s);
    out.addBindValue(contactId);
    if (out.exec() && out.next()) {
        f->lastOutAt = out.value(0).toString();
        f->lastTalkAt = out.value(1).toString();
    }
    out.finish();

    // "Not interested" stands until a later outcome says otherwise.
    QSqlQuery &outcome = m_statements->prepared(
        u"SELECT outcome FROM outreach WHERE contact_id = ? AND outcome <> '' "
        "ORDER BY happened_at DESC, id DESC LIMIT 1"_s);
    outcome.addBindValue(contactId);
    if (outcome.exec() && outcome.next())
        f->notInterested = outcome.value(0).toString() == u"not-interested"_s;
    outcome.finish();

    QSqlQuery &done = m_statements->prepared(
        u"SELECT 1 FROM queue_item WHERE contact_id = ? AND day > ? AND day <= ? "
        "AND status = 'done' LIMIT 1"_s);
    done.addBindValue(contactId);
    done.addBindValue(DateText::isoDate(m_today.addDays(-m_settings.cooldownDays)));
    done.addBindValue(DateText::isoDate(m_today));
    f->doneRecently = done.exec() && done.next();
    done.finish();

    m_facts.insert(contactId, f);
    return *f;
}

bool QueuePlanner::blocked(const Facts &f) const
{
    return f.doNotContact || f.archived || f.notInterested ||
           (f.snoozedUntil.isValid() && f.snoozedUntil > m_today);
}

bool QueuePlanner::cooling(const Facts &f) const
{
    // Contacted on one of the last cooldownDays days, today included.
    const QString since = dayStart(m_today.addDays(1 - m_settings.cooldownDays));
    return f.doneRecently || (!f.lastContactedAt.isEmpty() && f.lastContactedAt >= since);
}

bool QueuePlanner::invitationBlocks(qint64 contactId)
{
    Facts &f = *m_facts.value(contactId);
    if (f.invitationBlocks < 0) {
        // Pending already, or turned down: no new invitation.
        QSqlQuery &q = m_statements->prepared(
            u"SELECT 1 FROM outreach WHERE contact_id = ? AND channel = 'invitation' "
            "AND direction = 'out' AND outcome IN ('', 'declined', 'dont-know') LIMIT 1"_s);
        q.addBindValue(contactId);
        f.invitationBlocks = q.exec() && q.next() ? 1 : 0;
        q.finish();
    }
    return f.invitationBlocks == 1;
}

int QueuePlanner::cadenceOf(const Facts &f, QString *source)
{
    if (f.cadenceDays > 0)
        return f.cadenceDays;
    QSqlQuery &q = m_statements->prepared(
        u"SELECT t.cadence_days, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.contact_id = ? AND t.cadence_days IS NOT NULL "
        "ORDER BY t.cadence_days, t.name LIMIT 1"_s);
    q.addBindValue(f.id);
    int days = m_settings.defaultCadenceDays;
    if (q.exec() && q.next()) {
        days = q.value(0).toInt();
        *source = q.value(1).toString();
    }
    q.finish();
    return days;
}

int QueuePlanner::maxFor(QueueItem::Action action) const
{
    const int max = m_settings.maxFor(action);
    return action == QueueItem::Action::Invite && m_warning ? max / 2 : max;
}

bool QueuePlanner::room(QueueItem::Action action) const
{
    return m_items.size() < m_settings.capacity && m_counts.value(int(action)) < maxFor(action);
}

void QueuePlanner::add(const Facts &f, QueueItem::Action action, const QString &reason,
                       qint64 outreachId, qint64 engagementId)
{
    QueueItem item;
    item.day = m_today;
    item.contactId = f.id;
    item.contactName = f.name;
    item.action = action;
    item.reason = reason;
    item.templateName = templateFor(action);
    item.relatedOutreachId = outreachId;
    item.relatedEngagementId = engagementId;
    m_items << item;
    ++m_counts[int(action)];
}

QString QueuePlanner::contentTitle(const QVariant &contentId)
{
    if (contentId.isNull())
        return {};
    QSqlQuery &q = m_statements->prepared(u"SELECT title FROM content WHERE id = ?"_s);
    q.addBindValue(contentId);
    QString title;
    if (q.exec() && q.next())
        title = q.value(0).toString();
    q.finish();
    return title;
}

QString QueuePlanner::engagementPhrase(const QString &kind, const QVariant &contentId,
                                       const QDate &on)
{
    const QString when = ago(on, m_today);
    if (kind == u"follow"_s)
        return tr("Started following you %1").arg(when);
    if (kind == u"view"_s)
        return tr("Viewed your profile %1").arg(when);
    const QString title = contentTitle(contentId);
    if (kind == u"comment"_s)
        return title.isEmpty() ? tr("Commented on your content %1").arg(when)
                               : tr("Commented on \u2018%1\u2019 %2").arg(title, when);
    if (kind == u"share-comment"_s)
        return title.isEmpty() ? tr("Shared your content with a comment %1").arg(when)
                               : tr("Shared \u2018%1\u2019 with a comment %2").arg(title, when);
    if (kind == u"share"_s)
        return title.isEmpty() ? tr("Shared your content %1").arg(when)
                               : tr("Shared \u2018%1\u2019 %2").arg(title, when);
    return title.isEmpty() ? tr("Liked your content %1").arg(when)
                           : tr("Liked \u2018%1\u2019 %2").arg(title, when);
}

void QueuePlanner::replies()
{
    // Oldest first: the one waiting longest. The cool-down does not apply:
    // answering someone who wrote is not reaching out unasked.
    QSqlQuery &q =
        m_statements->prepared(u"SELECT id, contact_id, channel, happened_at FROM outreach "
                               "WHERE direction = 'in' AND happened_at >= ? AND happened_at < ? "
                               "AND channel IN ('message', 'inmail', 'email') "
                               "ORDER BY happened_at, id LIMIT ?"_s);
    q.addBindValue(dayStart(m_today.addDays(1 - m_settings.replyWindowDays)));
    q.addBindValue(dayStart(m_today.addDays(1)));
    q.addBindValue(m_settings.scanLimit);
    struct Row
    {
        qint64 id;
        qint64 contactId;
        QString channel;
        QString at;
    };
    QList<Row> rows;
    if (q.exec()) {
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toString()});
    }
    q.finish();
    for (const Row &row : std::as_const(rows)) {
        if (!room(QueueItem::Action::ReplyWaiting))
            break;
        if (m_claimed.contains(row.contactId))
            continue;
        const Facts &f = facts(row.contactId);
        if (blocked(f) || f.lastOutAt >= row.at)
            continue;
        // Answered some other way and marked done: a completed item does
        // not come back.
        QSqlQuery &handled = m_statements->prepared(
            u"SELECT 1 FROM queue_item WHERE contact_id = ? AND related_outreach_id = ? "
            "AND status = 'done' LIMIT 1"_s);
        handled.addBindValue(row.contactId);
        handled.addBindValue(row.id);
        const bool done = handled.exec() && handled.next();
        handled.finish();
        if (done)
            continue;
        m_claimed.insert(f.id);
        const QString when = ago(localDay(row.at), m_today);
        QString what;
        if (row.channel == u"inmail"_s)
            what = tr("Sent you an InMail %1; waiting for your answer").arg(when);
        else if (row.channel == u"email"_s)
            what = tr("Sent you an e-mail %1; waiting for your answer").arg(when);
        else
            what = tr("Sent you a message %1; waiting for your answer").arg(when);
        add(f, QueueItem::Action::ReplyWaiting, what, row.id, 0);
    }
}

void QueuePlanner::engaged()
{
    // The engagement hierarchy, best first; within a kind, the most recent.
    static const QStringList kinds = {u"follow"_s, u"comment"_s, u"share-comment"_s,
                                      u"share"_s,  u"view"_s,    u"like"_s};
    const QString since = DateText::isoDate(m_today.addDays(1 - m_settings.recentDays));
    const QString until = DateText::isoDate(m_today);
    const auto anyRoom = [this] {
        return room(QueueItem::Action::Invite) || room(QueueItem::Action::FollowerMessage) ||
               (m_warning && m_inmailCredits > 0 && room(QueueItem::Action::InMail));
    };
    for (const QString &kind : kinds) {
        if (!anyRoom())
            return;
        // Only people not connected, not excluded and not cooling down come
        // back from the index walk (each joined by primary key), so the scan
        // limit counts real candidates; the checks below stay the authority.
        QSqlQuery &q = m_statements->prepared(
            u"SELECT e.id, e.contact_id, e.happened_on, e.content_id FROM engagement e "
            "JOIN contact c ON c.id = e.contact_id "
            "WHERE e.kind = ? AND e.happened_on >= ? AND e.happened_on <= ? "
            "AND c.degree <> 1 AND c.do_not_contact = 0 AND c.archived = 0 "
            "AND c.last_contacted_at < ? "
            "ORDER BY e.happened_on DESC, e.id DESC LIMIT ?"_s);
        q.addBindValue(kind);
        q.addBindValue(since);
        q.addBindValue(until);
        q.addBindValue(dayStart(m_today.addDays(1 - m_settings.cooldownDays)));
        q.addBindValue(m_settings.scanLimit);
        if (!q.exec())
            continue;
        while (q.next()) {
            if (!anyRoom())
                break;
            const qint64 contactId = q.value(1).toLongLong();
            if (m_claimed.contains(contactId))
                continue;
            const Facts &f = facts(contactId);
            if (f.degree == 1 || blocked(f) || cooling(f))
                continue;
            if (kind == u"follow"_s && !f.followsMe)
                continue; // followed, then unfollowed
            const QDate on = DateText::parseIsoDate(q.value(2).toString());
            if (f.lastOutAt >= dayStart(on) || invitationBlocks(contactId))
                continue;
            m_claimed.insert(contactId);
            QueueItem::Action action =
                f.followsMe ? QueueItem::Action::FollowerMessage : QueueItem::Action::Invite;
            // While the acceptance rate is low, someone who commented or
            // shared gets an InMail (it cannot lower the rate) if credits
            // are left; likes and views wait for better days.
            const bool warm =
                kind == u"comment"_s || kind == u"share-comment"_s || kind == u"share"_s;
            const bool inmail = action == QueueItem::Action::Invite && m_warning && warm &&
                                m_inmailCredits > 0 && room(QueueItem::Action::InMail);
            if (inmail)
                action = QueueItem::Action::InMail;
            if (!room(action))
                continue;
            // LinkedIn refuses an invitation within three weeks of a
            // withdrawal: held back, with the day it can go out.
            if (action == QueueItem::Action::Invite) {
                if (const auto block = ReinviteRule::check(*m_outreach, contactId, m_today)) {
                    QueueItem held;
                    held.day = m_today;
                    held.contactId = contactId;
                    held.contactName = f.name;
                    held.action = action;
                    held.status = QueueItem::Status::Skipped;
                    held.relatedEngagementId = q.value(0).toLongLong();
                    held.reason =
                        engagementPhrase(kind, q.value(3), on) +
                        tr("; not connected. Invitation withdrawn on %1: LinkedIn lets you invite "
                           "them again from %2")
                            .arg(DateText::isoDate(block->withdrawnOn),
                                 DateText::isoDate(block->allowedFrom));
                    m_heldBack << held;
                    continue;
                }
            }
            QString reason =
                engagementPhrase(kind, q.value(3), on) + (f.followsMe && kind != u"follow"_s
                                                              ? tr("; follows you, not connected")
                                                              : tr("; not connected"));
            if (inmail) {
                --m_inmailCredits;
                reason += tr(". Invitations are held back while your acceptance rate is low");
            }
            add(f, action, reason, 0, q.value(0).toLongLong());
        }
        q.finish();
    }
}

void QueuePlanner::welcomes()
{
    QSqlQuery &q = m_statements->prepared(
        // "+degree": walk the connected-on index, not the degree one (without
        // statistics SQLite would pick the latter and sort every connection).
        u"SELECT id, connected_on FROM contact WHERE connected_on >= ? AND connected_on <= ? "
        "AND +degree = 1 ORDER BY connected_on DESC, id DESC LIMIT ?"_s);
    q.addBindValue(DateText::isoDate(m_today.addDays(1 - m_settings.recentDays)));
    q.addBindValue(DateText::isoDate(m_today));
    q.addBindValue(m_settings.scanLimit);
    if (!q.exec())
        return;
    while (q.next() && room(QueueItem::Action::Welcome)) {
        const qint64 contactId = q.value(0).toLongLong();
        if (m_claimed.contains(contactId))
            continue;
        const Facts &f = facts(contactId);
        if (blocked(f) || cooling(f) || !f.connectedOn.isValid() ||
            f.lastTalkAt >= dayStart(f.connectedOn))
            continue;
        m_claimed.insert(contactId);
        add(f, QueueItem::Action::Welcome,
            tr("Connected %1; not welcomed yet").arg(ago(f.connectedOn, m_today)), 0, 0);
    }
    q.finish();
}

void QueuePlanner::thanks()
{
    static const QStringList kinds = {u"comment"_s, u"share-comment"_s, u"share"_s};
    const QString since = DateText::isoDate(m_today.addDays(1 - m_settings.recentDays));
    const QString until = DateText::isoDate(m_today);
    for (const QString &kind : kinds) {
        if (!room(QueueItem::Action::Thank))
            return;
        // Connections only, not excluded, not cooling down (see engaged()).
        QSqlQuery &q = m_statements->prepared(
            u"SELECT e.id, e.contact_id, e.happened_on, e.content_id FROM engagement e "
            "JOIN contact c ON c.id = e.contact_id "
            "WHERE e.kind = ? AND e.happened_on >= ? AND e.happened_on <= ? "
            "AND c.degree = 1 AND c.do_not_contact = 0 AND c.archived = 0 "
            "AND c.last_contacted_at < ? "
            "ORDER BY e.happened_on DESC, e.id DESC LIMIT ?"_s);
        q.addBindValue(kind);
        q.addBindValue(since);
        q.addBindValue(until);
        q.addBindValue(dayStart(m_today.addDays(1 - m_settings.cooldownDays)));
        q.addBindValue(m_settings.scanLimit);
        if (!q.exec())
            continue;
        while (q.next() && room(QueueItem::Action::Thank)) {
            const qint64 contactId = q.value(1).toLongLong();
            if (m_claimed.contains(contactId))
                continue;
            const Facts &f = facts(contactId);
            if (f.degree != 1 || blocked(f) || cooling(f))
                continue;
            const QDate on = DateText::parseIsoDate(q.value(2).toString());
            if (f.lastOutAt >= dayStart(on))
                continue;
            m_claimed.insert(contactId);
            add(f, QueueItem::Action::Thank,
                engagementPhrase(kind, q.value(3), on) + tr("; not thanked yet"), 0,
                q.value(0).toLongLong());
        }
        q.finish();
    }
}

void QueuePlanner::reconnects()
{
    if (!room(QueueItem::Action::Reconnect))
        return;
    // Nobody last in touch after today - (smallest cadence in use) is due.
    int minCadence = m_settings.defaultCadenceDays;
    QSqlQuery &mins = m_statements->prepared(
        u"SELECT (SELECT min(cadence_days) FROM contact WHERE cadence_days IS NOT NULL), "
        "(SELECT min(cadence_days) FROM tag WHERE cadence_days IS NOT NULL)"_s);
    if (mins.exec() && mins.next()) {
        for (int i = 0; i < 2; ++i) {
            if (!mins.value(i).isNull())
                minCadence = qMin(minCadence, mins.value(i).toInt());
        }
    }
    mins.finish();

    // Longest out of touch first; never in touch first of all, oldest
    // connection first.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT id FROM contact WHERE degree = 1 AND do_not_contact = 0 AND archived = 0 "
        "AND last_contacted_at < ? ORDER BY last_contacted_at, connected_on, id LIMIT ?"_s);
    q.addBindValue(dayStart(m_today.addDays(-minCadence)));
    q.addBindValue(m_settings.scanLimit);
    if (!q.exec())
        return;
    while (q.next() && room(QueueItem::Action::Reconnect)) {
        const qint64 contactId = q.value(0).toLongLong();
        if (m_claimed.contains(contactId))
            continue;
        const Facts &f = facts(contactId);
        if (blocked(f) || cooling(f))
            continue;
        QString tag;
        const int cadence = cadenceOf(f, &tag);
        const QDate last = localDay(f.lastContactedAt);
        const QDate since = last.isValid() ? last : f.connectedOn;
        if (since.isValid() && since.daysTo(m_today) <= cadence)
            continue;
        m_claimed.insert(contactId);
        QString every =
            tag.isEmpty()
                ? tr("keep in touch every %n days", nullptr, cadence)
                : tr("keep in touch every %n days, tag \u2018%1\u2019", nullptr, cadence).arg(tag);
        QString reason;
        if (last.isValid())
            reason = tr("Last in touch %1 (%2)").arg(ago(last, m_today), every);
        else if (f.connectedOn.isValid())
            reason = tr("Connected %1, never in touch since (%2)")
                         .arg(ago(f.connectedOn, m_today), every);
        else
            reason = tr("Never in touch (%1)").arg(every);
        add(f, QueueItem::Action::Reconnect, reason, 0, 0);
    }
    q.finish();
}

void QueuePlanner::followUps()
{
    if (!room(QueueItem::Action::FollowUpInvitation))
        return;
    // Oldest first; more than pendingInvitationDays whole days old.
    QSqlQuery &q = m_statements->prepared(
        u"SELECT id, contact_id, happened_at FROM outreach WHERE channel = 'invitation' "
        "AND direction = 'out' AND outcome = '' AND happened_at < ? "
        "ORDER BY happened_at, id LIMIT ?"_s);
    q.addBindValue(dayStart(m_today.addDays(-m_settings.pendingInvitationDays)));
    q.addBindValue(m_settings.scanLimit);
    if (!q.exec())
        return;
    while (q.next() && room(QueueItem::Action::FollowUpInvitation)) {
        const qint64 contactId = q.value(1).toLongLong();
        if (m_claimed.contains(contactId))
            continue;
        const Facts &f = facts(contactId);
        const QString sent = q.value(2).toString();
        if (f.degree == 1 || blocked(f) || cooling(f) || f.lastOutAt > sent)
            continue;
        m_claimed.insert(contactId);
        const int days = int(localDay(sent).daysTo(m_today));
        add(f, QueueItem::Action::FollowUpInvitation,
            tr("Invitation pending for %n days; follow up or withdraw", nullptr, days),
            q.value(0).toLongLong(), 0);
    }
    q.finish();
}

} // namespace rapport
