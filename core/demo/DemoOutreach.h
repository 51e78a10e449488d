#pragma once

// The outreach half of the demo: what a user who works the daily queue
// leaves behind. Invitations with their outcomes (and the connections they
// made), welcomes, thanks, follower messages, conversations with replies,
// InMails with subjects and answers, and a few messages still waiting for an
// answer. The same seed always gives the same history.

#include "domain/Outreach.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

namespace rapport {

class Database;
struct DemoPerson;

class DemoOutreach
{
    Q_DECLARE_TR_FUNCTIONS(DemoOutreach)

public:
    DemoOutreach(quint32 seed, const QDate &today, const QDateTime &now);

    // The most contacts of one run that get a story; beyond it, a sample
    // (every k-th), so a big demo stays near 20,000 outreach records.
    static constexpr int MaxPeople = 30000;
    // How many messages are left waiting for the user's answer: a few,
    // whatever the size, so the queue is not all replies.
    static int waitingFor(int contacts);

    // Writes the outreach of the contacts `contactIds` (just added, with
    // their engagement) in one transaction, links the replies, keeps
    // contact.last_contacted_at current, and makes the people whose
    // invitation was accepted connections. Adds nothing on failure.
    bool add(Database &db, const QList<qint64> &contactIds, int *added, QString *error);

private:
    void invitationConnection(DemoPerson &p);
    void recentEngager(DemoPerson &p);
    void thankCommenter(DemoPerson &p);
    void keepInTouch(DemoPerson &p);
    void oldInvitation(DemoPerson &p, bool pending);
    void lateAcceptance(DemoPerson &p);
    void inmail(DemoPerson &p);
    void writesFirst(DemoPerson &p);
    void welcome(DemoPerson &p, const QDateTime &connected, int percent);
    // An outbound message or InMail opening a conversation, and maybe the
    // answer; returns the answer's time, or an invalid time without one.
    QDateTime conversation(DemoPerson &p, const QString &channel, const QDateTime &at,
                           const QString &templateName, const QString &body, int replyPercent,
                           const QString &subject = {});
    void connect(DemoPerson &p, const QDateTime &at);
    void answerOrLeaveWaiting(QList<DemoPerson> &people, int waiting);

    Outreach &push(DemoPerson &p, const QString &channel, const QString &direction,
                   const QDateTime &at, const QString &body = {});
    QDateTime onDay(const QDate &day);
    QDateTime after(const QDateTime &from, int minMinutes, int maxMinutes);
    int days(double mean, int max);
    bool chance(int percent);

    QRandomGenerator m_random;
    QDate m_today;
    QDateTime m_latest; // nothing happens after this (UTC)
};

} // namespace rapport
