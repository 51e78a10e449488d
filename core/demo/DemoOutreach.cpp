#include "demo/DemoOutreach.h"

#include "demo/DemoOutreachWriter.h"
#include "demo/DemoPerson.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

template <typename T, int N> const T &pick(QRandomGenerator &r, const T (&array)[N])
{
    return array[r.bounded(N)];
}

// The starter templates' names (StarterTemplates.cpp), as a user who
// started from them would have them recorded.
const QString followerTemplate = u"Follower \u2192 connection"_s;
const QString inviteTemplate = u"Invitation note"_s;
const QString inmailTemplate = u"InMail: first contact"_s;
const QString welcomeTemplate = u"Welcome a new connection"_s;
const QString thankTemplate = u"Thank a commenter"_s;
const QString callTemplate = u"15-minute call"_s;

const char *const inviteNotes[] = {
    "Hi %1, thanks for engaging with my post. I'd be glad to connect and keep the conversation "
    "going.",
    "Hello %1, I enjoyed your comment on hiring. Would you like to connect?",
    "Hi %1, we seem to share an interest in building networks that last. Happy to connect.",
    "%1, your point about referrals stayed with me. Let's connect?"};
const char *const followerMessages[] = {
    "Hi %1, thank you for following my posts. If you'd like to connect, send me an invitation: "
    "I accept everyone who follows along.",
    "Hello %1, I noticed you follow my writing, thank you. What made you follow? If it helps, "
    "let's connect.",
    "Hi %1, thanks for following. I'd like to hear what you are working on; an invitation from "
    "you is welcome."};
const char *const welcomeMessages[] = {
    "Welcome, %1, and thanks for connecting. What are you focused on this quarter?",
    "Hi %1, glad we are connected. If I can point you to anyone in my network, say so.",
    "Thanks for connecting, %1. I wrote a short guide on informational interviews; want it?"};
const char *const thankMessages[] = {
    "Hi %1, thank you for your comment on my post. You raised a point I want to write about.",
    "%1, thanks for sharing my article with your network. Anything you would add to it?",
    "Thanks for the thoughtful comment, %1. How did it work out in your team?"};
const char *const callMessages[] = {
    "Hi %1, it's been a while. Would you have 15 minutes for a call in the next weeks to catch "
    "up?",
    "Hello %1, I saw your news and thought of our last chat. Fancy a 15-minute call?",
    "Hi %1, how are things at your end? I'd enjoy a quick call to hear what's new."};
const char *const catchUpMessages[] = {
    "Hi %1, I came across an article on remote onboarding and thought of you.",
    "%1, congratulations on the new role! How are the first weeks?",
    "Hi %1, a friend of mine is hiring in your field; may I introduce you?"};
const char *const replies[] = {"Thanks for reaching out! Yes, happy to talk.",
                               "Good to hear from you. Next week works for me.",
                               "Thank you, that's kind. I'd like that introduction.",
                               "Appreciate the message. Let's stay in touch.",
                               "Great timing, I was going to write to you about this."};
const char *const firstMessages[] = {
    "Hi, could you introduce me to someone in your network who hires data engineers?",
    "Hello! I read your article on referrals. Could I ask you two questions about it?",
    "Hi, we are organising a panel on career pivots next month. Would you speak?",
    "Hi, do you still have the follow-up template you mentioned?"};
const char *const answers[] = {"Of course, happy to help. Let me check and come back to you.",
                               "Thanks! Tuesday at 10 works for me.",
                               "Sure, here is the link I mentioned.", "Glad it helped. Talk soon."};
const char *const inmailSubjects[] = {
    "A question about your hiring plans", "Your talk on remote onboarding",
    "Introduction: a candidate you may want to meet", "Two ideas for your team's next quarter",
    "Quick question about your article"};
const char *const inmailBodies[] = {
    "Hi %1, I read your post on scaling a team and have a candidate who fits the profile you "
    "described.",
    "Hello %1, your talk on onboarding matched what I see with my clients. Could I send you a "
    "short case study?",
    "Hi %1, I help recruiters keep their pipeline warm. Would a 15-minute call be useful?"};
// MessageLinter::asksForNegativeAnswer recognises these.
const char *const negativeAsks[] = {
    " If you are not interested, just reply 'Not interested' and I won't write again.",
    " If it's not relevant for you, just say so: a quick no is fine.", " Either way, let me know."};
const char *const inmailYes[] = {"Thanks for the InMail. Yes, send it over.",
                                 "Interesting timing. Let's talk next week.",
                                 "Happy to have a look, thank you."};
const char *const inmailNo[] = {"Not interested, thanks.",
                                "Thanks, but not interested at the moment.",
                                "Not interested. Good luck!"};

} // namespace

DemoOutreach::DemoOutreach(quint32 seed, const QDate &today, const QDateTime &now)
    : m_random(seed)
    , m_today(today)
    // Before the hour began: runs within one hour give the same history.
    , m_latest(
          QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600 - 1, QTimeZone::utc()))
{}

int DemoOutreach::waitingFor(int contacts)
{
    return qBound(2, 1 + contacts / 5000, 4);
}

bool DemoOutreach::chance(int percent)
{
    return int(m_random.bounded(100)) < percent;
}

int DemoOutreach::days(double mean, int max)
{
    return qMin(max, int(-mean * std::log(1.0 - m_random.generateDouble())));
}

QDateTime DemoOutreach::onDay(const QDate &day)
{
    // Working hours, local time; never after now.
    const QDateTime local(
        day, QTime(8 + m_random.bounded(11), m_random.bounded(60), m_random.bounded(60)));
    return qMin(local.toUTC(), m_latest);
}

QDateTime DemoOutreach::after(const QDateTime &from, int minMinutes, int maxMinutes)
{
    if (!from.isValid())
        return {};
    const int minutes = minMinutes + int(m_random.bounded(qMax(1, maxMinutes - minMinutes + 1)));
    const QDateTime at = from.addSecs(60LL * minutes);
    return at <= m_latest ? at : QDateTime();
}

Outreach &DemoOutreach::push(DemoPerson &p, const QString &channel, const QString &direction,
                             const QDateTime &at, const QString &body)
{
    Outreach o;
    o.contactId = p.id;
    o.channel = channel;
    o.direction = direction;
    o.happenedAt = at;
    o.body = body;
    p.rows << o;
    return p.rows.last();
}

void DemoOutreach::connect(DemoPerson &p, const QDateTime &at)
{
    p.degree = 1;
    p.connectedOn = at.toLocalTime().date();
}

QDateTime DemoOutreach::conversation(DemoPerson &p, const QString &channel, const QDateTime &at,
                                     const QString &templateName, const QString &body,
                                     int replyPercent, const QString &subject)
{
    if (!at.isValid())
        return {};
    const QString thread = u"2-demo-%1-%2"_s.arg(p.id).arg(++p.conversations);
    Outreach &out = push(p, channel, u"out"_s, at, body.arg(p.firstName));
    out.templateName = templateName;
    out.subject = subject;
    out.conversation = thread;
    if (!chance(replyPercent))
        return {};
    const QDateTime answered = after(at, 45, 3 * 24 * 60);
    if (!answered.isValid())
        return {};
    push(p, channel, u"in"_s, answered, QString::fromUtf8(pick(m_random, replies))).conversation =
        thread;
    return answered;
}

void DemoOutreach::welcome(DemoPerson &p, const QDateTime &connected, int percent)
{
    // Today's and yesterday's connections are today's welcomes.
    if (connected.toLocalTime().date().daysTo(m_today) < 2 || !chance(percent))
        return;
    conversation(p, u"message"_s, after(connected, 30, 2 * 24 * 60), welcomeTemplate,
                 QString::fromUtf8(pick(m_random, welcomeMessages)), 45);
}

void DemoOutreach::invitationConnection(DemoPerson &p)
{
    const int age = int(p.connectedOn.daysTo(m_today));
    const QDateTime accepted = onDay(p.connectedOn);
    // A connection of the last week came from an invitation a week or more
    // old, or from none logged: a fresher one would hold them in the
    // cool-down and hide their welcome.
    const int lag = age <= 7 ? 8 + int(m_random.bounded(12)) : days(2.5, 20);
    const QDateTime sent = qMin(onDay(p.connectedOn.addDays(-lag)), accepted.addSecs(-3600));
    const int roll = int(m_random.bounded(100));
    if (roll < 60) {
        Outreach &o = push(p, u"invitation"_s, u"out"_s, sent);
        if (chance(75)) {
            o.body = QString::fromUtf8(pick(m_random, inviteNotes)).arg(p.firstName);
            o.templateName = inviteTemplate;
        }
        o.outcome = u"accepted"_s;
        o.outcomeAt = accepted;
    } else if (roll < 85) {
        Outreach &o = push(p, u"invitation"_s, u"in"_s, sent);
        o.outcome = u"accepted"_s;
        o.outcomeAt = accepted;
    }
    welcome(p, accepted, 92);
}

void DemoOutreach::recentEngager(DemoPerson &p)
{
    const int age = int(p.lastEngaged.daysTo(m_today));
    if (!chance(97))
        return;
    const QDateTime at = onDay(p.lastEngaged.addDays(qMin(days(0.7, 3), age)));
    if (p.followsMe) {
        const QDateTime replied =
            conversation(p, u"message"_s, at, followerTemplate,
                         QString::fromUtf8(pick(m_random, followerMessages)), 60);
        // About 70 % of followers asked to connect do (seed 004).
        if (replied.isValid() && chance(70)) {
            const QDateTime invited = after(replied, 30, 24 * 60);
            const QDateTime accepted = after(invited, 10, 12 * 60);
            if (accepted.isValid()) {
                Outreach &o = push(p, u"invitation"_s, u"in"_s, invited);
                o.outcome = u"accepted"_s;
                o.outcomeAt = accepted;
                connect(p, accepted);
            }
        }
        return;
    }
    Outreach &o = push(p, u"invitation"_s, u"out"_s, at);
    if (chance(80)) {
        o.body = QString::fromUtf8(pick(m_random, inviteNotes)).arg(p.firstName);
        o.templateName = inviteTemplate;
    }
    const int sentAge = int(at.toLocalTime().date().daysTo(m_today));
    const int roll = int(m_random.bounded(100));
    if (roll < (sentAge >= 8 ? 70 : 50)) {
        const QDateTime accepted = after(at, 60, qMax(2, qMin(sentAge, 4)) * 24 * 60);
        if (accepted.isValid()) {
            p.rows.last().outcome = u"accepted"_s;
            p.rows.last().outcomeAt = accepted;
            connect(p, accepted);
            welcome(p, accepted, 80);
        }
    } else if (sentAge >= 8 && roll < 83) {
        const QDateTime decided = after(at, 24 * 60, 6 * 24 * 60);
        if (decided.isValid()) {
            p.rows.last().outcome = roll < 78 ? u"declined"_s : u"ignored"_s;
            p.rows.last().outcomeAt = decided;
        }
    }
}

void DemoOutreach::thankCommenter(DemoPerson &p)
{
    const int age = int(p.lastWarm.daysTo(m_today));
    if (!chance(97))
        return;
    conversation(p, u"message"_s, onDay(p.lastWarm.addDays(qMin(days(0.5, 2), age))), thankTemplate,
                 QString::fromUtf8(pick(m_random, thankMessages)), 50);
}

void DemoOutreach::keepInTouch(DemoPerson &p)
{
    // Spread over the last 18 months, more of it recent.
    const double u = m_random.generateDouble();
    QDate day = m_today.addDays(-qint64(540 * std::pow(u, 1.3)));
    if (p.connectedOn.isValid() && day < p.connectedOn)
        day = p.connectedOn.addDays(m_random.bounded(30));
    if (day > m_today)
        return;
    const bool call = chance(50);
    const QDateTime replied = conversation(
        p, u"message"_s, onDay(day), call ? callTemplate : QString(),
        QString::fromUtf8(call ? pick(m_random, callMessages) : pick(m_random, catchUpMessages)),
        55);
    if (call && replied.isValid() && chance(60)) {
        const QDateTime talked = after(replied, 2 * 24 * 60, 10 * 24 * 60);
        if (talked.isValid())
            push(p, u"call"_s, u"out"_s, talked, tr("15-minute call to catch up."));
    }
}

void DemoOutreach::oldInvitation(DemoPerson &p, bool pending)
{
    // Sent more than three weeks ago, within the last ten months.
    const QDateTime sent = onDay(m_today.addDays(-(22 + qint64(m_random.bounded(280)))));
    Outreach &o = push(p, u"invitation"_s, u"out"_s, sent);
    if (chance(70)) {
        o.body = QString::fromUtf8(pick(m_random, inviteNotes)).arg(p.firstName);
        o.templateName = inviteTemplate;
    }
    if (pending)
        return;
    const int roll = int(m_random.bounded(100));
    if (roll >= 92)
        return; // still pending
    QDateTime decided = after(sent, 60, 10 * 24 * 60);
    QString outcome = u"accepted"_s;
    if (roll >= 80) {
        outcome = u"withdrawn"_s; // after three weeks without an answer
        decided = after(sent, 22 * 24 * 60, 40 * 24 * 60);
    } else if (roll >= 74) {
        outcome = u"ignored"_s;
    } else if (roll >= 62) {
        outcome = u"declined"_s;
    }
    if (!decided.isValid())
        return;
    p.rows.last().outcome = outcome;
    p.rows.last().outcomeAt = decided;
    if (outcome == u"accepted"_s) {
        connect(p, decided);
        welcome(p, decided, 70);
    }
}

void DemoOutreach::lateAcceptance(DemoPerson &p)
{
    const QDateTime sent = onDay(m_today.addDays(-(8 + qint64(m_random.bounded(12)))));
    const QDateTime accepted = onDay(m_today.addDays(-qint64(m_random.bounded(3))));
    Outreach &o = push(p, u"invitation"_s, u"out"_s, sent,
                       QString::fromUtf8(pick(m_random, inviteNotes)).arg(p.firstName));
    o.templateName = inviteTemplate;
    o.outcome = u"accepted"_s;
    o.outcomeAt = accepted;
    connect(p, accepted);
}

void DemoOutreach::inmail(DemoPerson &p)
{
    const bool asks = chance(50);
    QString body = QString::fromUtf8(pick(m_random, inmailBodies));
    if (asks)
        body += QString::fromUtf8(pick(m_random, negativeAsks));
    const QDateTime sent = onDay(m_today.addDays(-qint64(m_random.bounded(270))));
    const QString subject = QString::fromUtf8(pick(m_random, inmailSubjects));
    // Asking for a negative answer raises the response rate (seed 004).
    const bool answered = chance(asks ? 65 : 40);
    const QDateTime at =
        conversation(p, u"inmail"_s, sent, inmailTemplate, body, answered ? 100 : 0, subject);
    if (!at.isValid() || !chance(asks ? 45 : 25))
        return;
    // "Not interested" is an answer too: it returns the credit.
    Outreach &reply = p.rows.last();
    reply.body = QString::fromUtf8(pick(m_random, inmailNo));
    Outreach &out = p.rows[p.rows.size() - 2];
    out.outcome = u"not-interested"_s;
    out.outcomeAt = at;
    p.notInterested = true;
}

void DemoOutreach::writesFirst(DemoPerson &p)
{
    QDate day = m_today.addDays(-qint64(1 + m_random.bounded(10)));
    if (p.connectedOn.isValid())
        day = qMax(day, p.connectedOn);
    Outreach &o = push(p, u"message"_s, u"in"_s, onDay(day),
                       QString::fromUtf8(pick(m_random, firstMessages)));
    o.conversation = u"2-demo-%1-%2"_s.arg(p.id).arg(++p.conversations);
}

void DemoOutreach::answerOrLeaveWaiting(QList<DemoPerson> &people, int waiting)
{
    const QDateTime since = m_today.addDays(-29).startOfDay().toUTC();
    // Waiting, as the queue sees it: a message of the last 30 days with
    // nothing sent after it. Rows are in time order here.
    const auto lastIsRecentInbound = [&](const DemoPerson &p) {
        if (p.notInterested)
            return false;
        for (auto it = p.rows.crbegin(); it != p.rows.crend(); ++it) {
            if (it->direction == u"out"_s)
                return false;
            if (it->channel != u"invitation"_s && it->channel != u"call"_s)
                return it->happenedAt >= since;
        }
        return false;
    };
    QList<int> candidates;
    QList<int> quiet; // connections with no outreach at all
    for (int i = 0; i < people.size(); ++i) {
        if (lastIsRecentInbound(people.at(i)))
            candidates << i;
        else if (people.at(i).rows.isEmpty() && people.at(i).degree == 1)
            quiet << i;
    }
    // Too few waiting: some connections wrote out of the blue.
    while (candidates.size() < waiting && !quiet.isEmpty()) {
        const int i = quiet.takeAt(m_random.bounded(int(quiet.size())));
        writesFirst(people[i]);
        candidates << i;
    }
    for (int i = int(candidates.size()) - 1; i > 0; --i)
        candidates.swapItemsAt(i, m_random.bounded(i + 1));
    // Those too recent to have been answered yet wait first.
    std::stable_partition(candidates.begin(), candidates.end(), [&](int i) {
        const DemoPerson &p = people.at(i);
        return p.rows.last().happenedAt.addSecs(20 * 60) > m_latest;
    });
    // All but `waiting` were answered.
    for (int k = waiting; k < candidates.size(); ++k) {
        DemoPerson &p = people[candidates.at(k)];
        auto inbound = std::find_if(p.rows.crbegin(), p.rows.crend(), [](const Outreach &o) {
            return o.channel != u"invitation"_s && o.channel != u"call"_s;
        });
        const Outreach last = *inbound;
        // Answered within 18 hours, and before now.
        const int room = int(last.happenedAt.secsTo(m_latest) / 60);
        const QDateTime at = after(last.happenedAt, 20, qBound(20, room, 18 * 60));
        // An answer to an InMail is a message: it costs no credit.
        const QString channel = last.channel == u"inmail"_s ? u"message"_s : last.channel;
        if (at.isValid())
            push(p, channel, u"out"_s, at, QString::fromUtf8(pick(m_random, answers)))
                .conversation = last.conversation;
    }
}

bool DemoOutreach::add(Database &db, const QList<qint64> &contactIds, int *added, QString *error)
{
    QList<DemoPerson> people;
    if (!DemoOutreachWriter::read(db, contactIds, m_today, MaxPeople, people, error))
        return false;
    const QDate recent = m_today.addDays(-13); // the queue's 14 days
    const QDate lastYear = m_today.addDays(-365);
    // A user who works the queue every day has reached out to nearly every
    // recent engager already, all but the latest few: today's queue.
    QList<int> engagers, commenters;
    for (int i = 0; i < people.size(); ++i) {
        const DemoPerson &p = people.at(i);
        if (p.degree == 1 && p.lastWarm >= recent)
            commenters << i;
        else if (p.degree != 1 && p.lastEngaged >= recent)
            engagers << i;
    }
    const auto latestFirst = [&](QList<int> &list, QDate DemoPerson::*day) {
        std::stable_sort(list.begin(), list.end(),
                         [&](int a, int b) { return people.at(a).*day > people.at(b).*day; });
    };
    latestFirst(engagers, &DemoPerson::lastEngaged);
    latestFirst(commenters, &DemoPerson::lastWarm);
    QSet<int> fresh;
    for (int i = 0; i < qMin(3, int(engagers.size())); ++i)
        fresh << engagers.at(i);
    for (int i = 0; i < qMin(1, int(commenters.size())); ++i)
        fresh << commenters.at(i);

    QList<int> free; // not connected, no story yet
    for (int i = 0; i < people.size(); ++i) {
        DemoPerson &p = people[i];
        if (fresh.contains(i))
            continue;
        if (p.degree == 1) {
            if (p.lastWarm >= recent)
                thankCommenter(p);
            else if (p.connectedOn >= lastYear)
                invitationConnection(p);
            else if (chance(10))
                keepInTouch(p);
        } else if (p.lastEngaged >= recent) {
            recentEngager(p);
        } else {
            free << i;
        }
    }
    for (int i = int(free.size()) - 1; i > 0; --i)
        free.swapItemsAt(i, m_random.bounded(i + 1));
    // Older invitations (two still pending, to follow up or withdraw) and
    // the InMails a Premium plan allows, a few a month for nine months.
    const int n = int(contactIds.size());
    const int invitations = qMax(6, int(people.size()) * 12 / 1000);
    const int inmails = 9 * qBound(2, 1 + n / 2000, 6);
    int k = 0;
    for (int j = 0; j < invitations && k < free.size(); ++j, ++k)
        oldInvitation(people[free.at(k)], j < 2);
    for (int j = 0; j < inmails && k < free.size(); ++j, ++k)
        inmail(people[free.at(k)]);
    // A couple of connections to welcome today, at least: invitations of a
    // week or two ago, accepted in the last days.
    int unwelcomed = 0;
    for (const DemoPerson &p : std::as_const(people)) {
        if (p.degree != 1 || !p.connectedOn.isValid() || p.connectedOn.daysTo(m_today) > 13)
            continue;
        const QDateTime connected = p.connectedOn.startOfDay().toUTC();
        unwelcomed += std::none_of(p.rows.cbegin(), p.rows.cend(), [&](const Outreach &o) {
            return o.direction == u"out"_s && o.channel != u"invitation"_s &&
                   o.happenedAt >= connected;
        });
    }
    for (; unwelcomed < 2 && k < free.size(); ++unwelcomed, ++k)
        lateAcceptance(people[free.at(k)]);
    answerOrLeaveWaiting(people, waitingFor(n));
    for (DemoPerson &p : people)
        DemoOutreachWriter::linkReplies(p);
    return DemoOutreachWriter::write(db, people, added, error);
}

} // namespace rapport
