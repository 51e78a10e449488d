#pragma once

// One entry of the daily outreach queue: who, what to do, why in plain
// words, the template to start from and what became of it.

#include <QDate>
#include <QString>
#include <optional>

namespace rapport {

struct QueueItem
{
    // In the order the queue ranks them, best first.
    enum class Action {
        ReplyWaiting,       // they wrote; the user has not answered
        FollowerMessage,    // a follower, not connected: ask them to send an invitation
        Invite,             // engaged recently, not connected: invite to connect
        InMail,             // the same while invitations are held back: an InMail instead
        Welcome,            // connected recently, not welcomed
        Congratulate,       // a new role seen in the latest exports, not contacted since
        Thank,              // commented or shared recently, not thanked
        Reconnect,          // not talked to for longer than the cadence: a 15-minute call
        FollowUpInvitation, // invitation pending for more than three weeks
    };
    enum class Status { Open, Done, Skipped, Snoozed, Never };

    QDate day;
    int position = 0; // 1-based
    qint64 contactId = 0;
    QString contactName;
    Action action = Action::Invite;
    QString reason;         // in words, in the language shown now
    QString storedReason;   // as stored: its parts (QueueReason), or older plain text
    QString templateName;   // a starter template's name as shown now; empty: write freely
    QString storedTemplate; // as stored: the starter's source name (older queues: as shown)
    Status status = Status::Open;
    QDate snoozedUntil;
    qint64 relatedOutreachId = 0;   // the reply waiting, or the pending invitation
    qint64 relatedEngagementId = 0; // the engagement the reason names
    qint64 doneOutreachId = 0;      // the outreach logged to complete it

    // Stored and command-line names: reply, follower-message, invite,
    // inmail, welcome, congratulate, thank, reconnect, follow-up-invitation.
    static QString actionKey(Action action);
    static std::optional<Action> actionFromKey(const QString &key);
    // open, done, skipped, snoozed, never.
    static QString statusKey(Status status);
    // A stored template name as shown now: a starter's source name in the
    // language shown (older queues stored it translated: kept as it is).
    static QString templateShown(const QString &stored);
    static std::optional<Status> statusFromKey(const QString &key);
};

} // namespace rapport
