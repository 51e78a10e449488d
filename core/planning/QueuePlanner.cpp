#include "planning/QueuePlanner.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "domain/RelativeDate.h"
#include "outreach/InMailLedger.h"
#include "outreach/InvitationStats.h"
#include "outreach/MessageLinter.h"
#include "outreach/OutreachSettings.h"
#include "outreach/ReinviteRule.h"
#include "store/OutreachStore.h"
#include "store/QueueFactsStore.h"
#include "store/SettingStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace rapport {

// What the rules need to know about one contact, read once per plan.
struct QueuePlanner::Facts : QueueFactsStore::Contact
{
    int invitationBlocks = -1; // -1 unknown
};

namespace {

// Stored times are ISO UTC text; a local day starts at its local midnight.
QString dayStart(const QDate &day)
{
    return QueueFactsStore::dayStart(day);
}

QDate localDay(const QString &isoUtc)
{
    return isoUtc.isEmpty() ? QDate() : DateText::parseIsoUtc(isoUtc).toLocalTime().date();
}

// A day, worded when shown relative to the plan's day (days, as the
// cadences beside them count, until it is a year or more).
QJsonValue ago(const QDate &day)
{
    return QueueReason::ago(day);
}

QJsonValue userText(const QString &text)
{
    return QueueReason::text(text);
}

// The starter template an action starts from: its source name, stored with
// the queue (so it reads in the language shown later), or nullptr. The
// starters are listed by StarterTemplates.cpp; TemplateStore finds a
// template by its shown (translated) name.
const char *templateFor(QueueItem::Action action)
{
    switch (action) {
    case QueueItem::Action::FollowerMessage:
        return QT_TRANSLATE_NOOP("StarterTemplates", "Follower \u2192 connection");
    case QueueItem::Action::Invite:
        return QT_TRANSLATE_NOOP("StarterTemplates", "Invitation note");
    case QueueItem::Action::InMail:
        return QT_TRANSLATE_NOOP("StarterTemplates", "InMail: first contact");
    case QueueItem::Action::Welcome:
        return QT_TRANSLATE_NOOP("StarterTemplates", "Welcome a new connection");
    case QueueItem::Action::Congratulate:
        return QT_TRANSLATE_NOOP("StarterTemplates", "Congratulate on the new role");
    case QueueItem::Action::Thank:
        return QT_TRANSLATE_NOOP("StarterTemplates", "Thank a commenter");
    case QueueItem::Action::Reconnect:
        return QT_TRANSLATE_NOOP("StarterTemplates", "15-minute call");
    case QueueItem::Action::ReplyWaiting:
    case QueueItem::Action::FollowUpInvitation:
        break;
    }
    return nullptr;
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
    , m_store(std::make_unique<QueueFactsStore>(db))
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
    step("congratulations", &QueuePlanner::congratulations);
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
    static_cast<QueueFactsStore::Contact &>(*f) =
        m_store->contact(contactId, m_today.addDays(-m_settings.cooldownDays), m_today);
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
    if (f.invitationBlocks < 0)
        f.invitationBlocks = m_store->invitationBlocks(contactId) ? 1 : 0;
    return f.invitationBlocks == 1;
}

int QueuePlanner::cadenceOf(const Facts &f, QString *source)
{
    if (f.cadenceDays > 0)
        return f.cadenceDays;
    if (const auto tag = m_store->tagCadence(f.id)) {
        *source = tag->tag;
        return tag->days;
    }
    return m_settings.defaultCadenceDays;
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

void QueuePlanner::add(const Facts &f, QueueItem::Action action, const QueueReason &reason,
                       qint64 outreachId, qint64 engagementId)
{
    QueueItem item;
    item.day = m_today;
    item.contactId = f.id;
    item.contactName = f.name;
    item.action = action;
    item.reason = reason.words(m_today);
    item.storedReason = reason.stored();
    if (const char *starter = templateFor(action)) {
        item.storedTemplate = QString::fromUtf8(starter);
        item.templateName = QueueItem::templateShown(item.storedTemplate);
    }
    item.relatedOutreachId = outreachId;
    item.relatedEngagementId = engagementId;
    m_items << item;
    ++m_counts[int(action)];
}

// The reasons' sentences are kept by their source text (QueueReason) and
// worded when shown, in the language shown then: QT_TRANSLATE_NOOP marks them
// for translation in QueuePlanner's context.
QJsonValue QueuePlanner::engagementPhrase(const QString &kind, qint64 contentId, const QDate &on)
{
    const QJsonValue when = ago(on);
    if (kind == u"follow"_s)
        return QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Started following you %1"),
                                   {when});
    if (kind == u"view"_s)
        return QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Viewed your profile %1"),
                                   {when});
    const QString title = m_store->contentTitle(contentId);
    const QJsonArray titled = {userText(title), when};
    if (kind == u"comment"_s)
        return title.isEmpty()
                   ? QueueReason::phrase(
                         QT_TRANSLATE_NOOP("QueuePlanner", "Commented on your content %1"), {when})
                   : QueueReason::phrase(
                         QT_TRANSLATE_NOOP("QueuePlanner", "Commented on \u2018%1\u2019 %2"),
                         titled);
    if (kind == u"share-comment"_s)
        return title.isEmpty()
                   ? QueueReason::phrase(
                         QT_TRANSLATE_NOOP("QueuePlanner", "Shared your content with a comment %1"),
                         {when})
                   : QueueReason::phrase(
                         QT_TRANSLATE_NOOP("QueuePlanner",
                                           "Shared \u2018%1\u2019 with a comment %2"),
                         titled);
    if (kind == u"share"_s)
        return title.isEmpty()
                   ? QueueReason::phrase(
                         QT_TRANSLATE_NOOP("QueuePlanner", "Shared your content %1"), {when})
                   : QueueReason::phrase(
                         QT_TRANSLATE_NOOP("QueuePlanner", "Shared \u2018%1\u2019 %2"), titled);
    return title.isEmpty()
               ? QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Liked your content %1"),
                                     {when})
               : QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Liked \u2018%1\u2019 %2"),
                                     titled);
}

void QueuePlanner::replies()
{
    // Oldest first: the one waiting longest. The cool-down does not apply:
    // answering someone who wrote is not reaching out unasked.
    m_store->inbound(
        m_today.addDays(1 - m_settings.replyWindowDays), m_today, m_settings.scanLimit,
        [this](const QueueFactsStore::Inbound &row) {
            if (!room(QueueItem::Action::ReplyWaiting))
                return false;
            if (m_claimed.contains(row.contactId))
                return true;
            const Facts &f = facts(row.contactId);
            if (blocked(f) || f.lastOutAt >= row.at)
                return true;
            // Answered some other way and marked done: a completed item does
            // not come back.
            if (m_store->replyHandled(row.contactId, row.id))
                return true;
            m_claimed.insert(f.id);
            const QJsonArray when = {ago(localDay(row.at))};
            const char *what =
                row.channel == u"inmail"_s
                    ? QT_TRANSLATE_NOOP("QueuePlanner",
                                        "Sent you an InMail %1; waiting for your answer")
                : row.channel == u"email"_s
                    ? QT_TRANSLATE_NOOP("QueuePlanner",
                                        "Sent you an e-mail %1; waiting for your answer")
                    : QT_TRANSLATE_NOOP("QueuePlanner",
                                        "Sent you a message %1; waiting for your answer");
            add(f, QueueItem::Action::ReplyWaiting, QueueReason(QueueReason::phrase(what, when)),
                row.id, 0);
            return true;
        });
}

void QueuePlanner::engaged()
{
    // The engagement hierarchy, best first; within a kind, the most recent.
    static const QStringList kinds = {u"follow"_s, u"comment"_s, u"share-comment"_s,
                                      u"share"_s,  u"view"_s,    u"like"_s};
    const auto anyRoom = [this] {
        return room(QueueItem::Action::Invite) || room(QueueItem::Action::FollowerMessage) ||
               (m_warning && m_inmailCredits > 0 && room(QueueItem::Action::InMail));
    };
    for (const QString &kind : kinds) {
        if (!anyRoom())
            return;
        // Not connected, not excluded, not cooling down.
        m_store->engagement(kind, m_today.addDays(1 - m_settings.recentDays), m_today, false,
                            m_today.addDays(1 - m_settings.cooldownDays), m_settings.scanLimit,
                            [&](const QueueFactsStore::Event &event) {
                                if (!anyRoom())
                                    return false;
                                if (!m_claimed.contains(event.contactId))
                                    engagedOne(kind, event);
                                return true;
                            });
    }
}

void QueuePlanner::engagedOne(const QString &kind, const QueueFactsStore::Event &event)
{
    const qint64 contactId = event.contactId;
    const Facts &f = facts(contactId);
    if (f.degree == 1 || blocked(f) || cooling(f))
        return;
    if (kind == u"follow"_s && !f.followsMe)
        return; // followed, then unfollowed
    const QDate on = event.on;
    if (f.lastOutAt >= dayStart(on) || invitationBlocks(contactId))
        return;
    m_claimed.insert(contactId);
    QueueItem::Action action =
        f.followsMe ? QueueItem::Action::FollowerMessage : QueueItem::Action::Invite;
    // While the acceptance rate is low, someone who commented or shared gets
    // an InMail (it cannot lower the rate) if credits are left; likes and
    // views wait for better days.
    const bool warm = kind == u"comment"_s || kind == u"share-comment"_s || kind == u"share"_s;
    const bool inmail = action == QueueItem::Action::Invite && m_warning && warm &&
                        m_inmailCredits > 0 && room(QueueItem::Action::InMail);
    if (inmail)
        action = QueueItem::Action::InMail;
    if (!room(action))
        return;
    // LinkedIn refuses an invitation within three weeks of a withdrawal:
    // held back, with the day it can go out.
    if (action == QueueItem::Action::Invite) {
        if (const auto block = ReinviteRule::check(*m_outreach, contactId, m_today)) {
            QueueItem held;
            held.day = m_today;
            held.contactId = contactId;
            held.contactName = f.name;
            held.action = action;
            held.status = QueueItem::Status::Skipped;
            held.relatedEngagementId = event.id;
            QueueReason reason(engagementPhrase(kind, event.contentId, on));
            reason.append(QueueReason::phrase(
                QT_TRANSLATE_NOOP("QueuePlanner",
                                  "; not connected. Invitation withdrawn on %1: LinkedIn lets you "
                                  "invite them again from %2"),
                {userText(DateText::isoDate(block->withdrawnOn)),
                 userText(DateText::isoDate(block->allowedFrom))}));
            held.reason = reason.words(m_today);
            held.storedReason = reason.stored();
            m_heldBack << held;
            return;
        }
    }
    QueueReason reason(engagementPhrase(kind, event.contentId, on));
    reason.append(
        QueueReason::phrase(f.followsMe && kind != u"follow"_s
                                ? QT_TRANSLATE_NOOP("QueuePlanner", "; follows you, not connected")
                                : QT_TRANSLATE_NOOP("QueuePlanner", "; not connected")));
    if (inmail) {
        --m_inmailCredits;
        reason.append(QueueReason::phrase(QT_TRANSLATE_NOOP(
            "QueuePlanner", ". Invitations are held back while your acceptance rate is low")));
    }
    add(f, action, reason, 0, event.id);
}

void QueuePlanner::welcomes()
{
    m_store->newConnections(
        m_today.addDays(1 - m_settings.recentDays), m_today, m_settings.scanLimit,
        [this](qint64 contactId, const QDate &) {
            if (!room(QueueItem::Action::Welcome))
                return false;
            if (m_claimed.contains(contactId))
                return true;
            const Facts &f = facts(contactId);
            if (blocked(f) || cooling(f) || !f.connectedOn.isValid() ||
                f.lastTalkAt >= dayStart(f.connectedOn))
                return true;
            m_claimed.insert(contactId);
            add(f, QueueItem::Action::Welcome,
                QueueReason(QueueReason::phrase(
                    QT_TRANSLATE_NOOP("QueuePlanner", "Connected %1; not welcomed yet"),
                    {ago(f.connectedOn)})),
                0, 0);
            return true;
        });
}

void QueuePlanner::congratulations()
{
    // Job changes the export imports of the last jobChangeDays days found,
    // latest first; done once we have written to them since.
    m_store->jobChanges(
        dayStart(m_today.addDays(1 - m_settings.jobChangeDays)), dayStart(m_today.addDays(1)),
        m_settings.scanLimit, [this](const QueueFactsStore::JobChange &row) {
            if (!room(QueueItem::Action::Congratulate))
                return false;
            if (m_claimed.contains(row.contactId))
                return true;
            const Facts &f = facts(row.contactId);
            if (f.degree != 1 || blocked(f) || cooling(f) || f.lastOutAt >= row.seenAt)
                return true;
            m_claimed.insert(row.contactId);
            const QJsonValue now =
                row.position.isEmpty() ? userText(row.company)
                : row.company.isEmpty()
                    ? userText(row.position)
                    : QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "%1 at %2"),
                                          {userText(row.position), userText(row.company)});
            add(f, QueueItem::Action::Congratulate,
                QueueReason(QueueReason::phrase(
                    QT_TRANSLATE_NOOP(
                        "QueuePlanner",
                        "New role: %1 (seen in the export imported %2); not congratulated yet"),
                    {now, ago(localDay(row.seenAt))})),
                0, 0);
            return true;
        });
}

void QueuePlanner::thanks()
{
    static const QStringList kinds = {u"comment"_s, u"share-comment"_s, u"share"_s};
    for (const QString &kind : kinds) {
        if (!room(QueueItem::Action::Thank))
            return;
        // Connections only, not excluded, not cooling down (see engaged()).
        m_store->engagement(
            kind, m_today.addDays(1 - m_settings.recentDays), m_today, true,
            m_today.addDays(1 - m_settings.cooldownDays), m_settings.scanLimit,
            [&](const QueueFactsStore::Event &event) {
                if (!room(QueueItem::Action::Thank))
                    return false;
                if (m_claimed.contains(event.contactId))
                    return true;
                const Facts &f = facts(event.contactId);
                if (f.degree != 1 || blocked(f) || cooling(f) || f.lastOutAt >= dayStart(event.on))
                    return true;
                m_claimed.insert(event.contactId);
                QueueReason reason(engagementPhrase(kind, event.contentId, event.on));
                reason.append(
                    QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "; not thanked yet")));
                add(f, QueueItem::Action::Thank, reason, 0, event.id);
                return true;
            });
    }
}

void QueuePlanner::reconnects()
{
    if (!room(QueueItem::Action::Reconnect))
        return;
    // Nobody last in touch after today - (smallest cadence in use) is due.
    int minCadence = m_settings.defaultCadenceDays;
    if (const auto smallest = m_store->smallestCadence())
        minCadence = qMin(minCadence, *smallest);
    m_store->outOfTouch(m_today.addDays(-minCadence), m_settings.scanLimit, [this](qint64 id) {
        if (!room(QueueItem::Action::Reconnect))
            return false;
        if (!m_claimed.contains(id))
            reconnectOne(facts(id));
        return true;
    });
}

void QueuePlanner::reconnectOne(const Facts &f)
{
    if (blocked(f) || cooling(f))
        return;
    QString tag;
    const int cadence = cadenceOf(f, &tag);
    const QDate last = localDay(f.lastContactedAt);
    const QDate since = last.isValid() ? last : f.connectedOn;
    if (since.isValid() && since.daysTo(m_today) <= cadence)
        return;
    m_claimed.insert(f.id);
    const QJsonValue every =
        tag.isEmpty()
            ? QueueReason::phrase(
                  QT_TRANSLATE_N_NOOP("QueuePlanner", "keep in touch every %n days"), {}, cadence)
            : QueueReason::phrase(
                  QT_TRANSLATE_N_NOOP("QueuePlanner",
                                      "keep in touch every %n days, tag \u2018%1\u2019"),
                  {userText(tag)}, cadence);
    QJsonValue reason;
    if (last.isValid())
        reason = QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Last in touch %1 (%2)"),
                                     {ago(last), every});
    else if (f.connectedOn.isValid())
        reason = QueueReason::phrase(
            QT_TRANSLATE_NOOP("QueuePlanner", "Connected %1, never in touch since (%2)"),
            {ago(f.connectedOn), every});
    else
        reason =
            QueueReason::phrase(QT_TRANSLATE_NOOP("QueuePlanner", "Never in touch (%1)"), {every});
    add(f, QueueItem::Action::Reconnect, QueueReason(reason), 0, 0);
}

void QueuePlanner::followUps()
{
    if (!room(QueueItem::Action::FollowUpInvitation))
        return;
    // Oldest first; more than pendingInvitationDays whole days old.
    m_store->pendingInvitations(
        m_today.addDays(-m_settings.pendingInvitationDays), m_settings.scanLimit,
        [this](const QueueFactsStore::Invitation &row) {
            if (!room(QueueItem::Action::FollowUpInvitation))
                return false;
            if (m_claimed.contains(row.contactId))
                return true;
            const Facts &f = facts(row.contactId);
            if (f.degree == 1 || blocked(f) || cooling(f) || f.lastOutAt > row.sentAt)
                return true;
            m_claimed.insert(row.contactId);
            const int days = int(localDay(row.sentAt).daysTo(m_today));
            add(f, QueueItem::Action::FollowUpInvitation,
                QueueReason(QueueReason::phrase(
                    QT_TRANSLATE_N_NOOP("QueuePlanner",
                                        "Invitation pending for %n days; follow up or withdraw"),
                    {}, days)),
                row.id, 0);
            return true;
        });
}

} // namespace rapport
