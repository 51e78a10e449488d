#pragma once

// What QueuePlanner reads to build the daily outreach queue, and nothing
// else: each rule's candidates walked from an index in order (the visitor
// returns false to stop the walk as soon as the rule's share is full) and
// the facts about one contact the rules check. Reads only; every statement
// is prepared once per store.

#include <QDate>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace rapport {

class Database;
class StatementCache;

class QueueFactsStore
{
public:
    // What the rules need to know about one contact.
    struct Contact
    {
        qint64 id = 0;
        QString name;
        int degree = 0;
        bool followsMe = false;
        QDate connectedOn;
        bool doNotContact = false; // also when there is no such contact
        bool archived = false;
        QDate snoozedUntil;
        QString lastContactedAt;    // ISO UTC, either direction; '' never
        int cadenceDays = 0;        // 0: none of its own
        QString lastOutAt;          // latest outbound, any channel
        QString lastTalkAt;         // latest outbound other than an invitation
        bool notInterested = false; // the latest outcome said so
        bool doneRecently = false;  // a queue item done in the window asked for
    };
    // An inbound message, InMail or e-mail.
    struct Inbound
    {
        qint64 id = 0;
        qint64 contactId = 0;
        QString channel;
        QString at; // ISO UTC
    };
    // One logged engagement.
    struct Event
    {
        qint64 id = 0;
        qint64 contactId = 0;
        QDate on;
        qint64 contentId = 0; // 0: none
    };
    // An outbound invitation still pending.
    struct Invitation
    {
        qint64 id = 0;
        qint64 contactId = 0;
        QString sentAt; // ISO UTC
    };
    // A new role an export import found (ExportSnapshotStore).
    struct JobChange
    {
        qint64 contactId = 0;
        QString seenAt; // ISO UTC: when the import that found it ran
        QString company;
        QString position;
    };
    // The smallest keep-in-touch cadence among a contact's tags.
    struct TagCadence
    {
        int days = 0;
        QString tag;
    };

    explicit QueueFactsStore(Database &db);
    ~QueueFactsStore();
    QueueFactsStore(const QueueFactsStore &) = delete;
    QueueFactsStore &operator=(const QueueFactsStore &) = delete;

    // The contact's facts; doneRecently: a queue item of theirs was done
    // on a day after `doneAfter`, up to `doneBy`.
    Contact contact(qint64 contactId, const QDate &doneAfter, const QDate &doneBy) const;
    // A pending, declined or "don't know" invitation of the user's to them.
    bool invitationBlocks(qint64 contactId) const;
    std::optional<TagCadence> tagCadence(qint64 contactId) const;
    // The smallest cadence any contact or tag has; nullopt: none has one.
    std::optional<int> smallestCadence() const;
    // A piece of content's title; empty when there is none.
    QString contentTitle(qint64 contentId) const;
    // A queue item about this inbound outreach was marked done.
    bool replyHandled(qint64 contactId, qint64 outreachId) const;

    // Walks, each in the order the rule ranks them, at most `limit` rows.
    // Inbound messages, InMails and e-mails from `first` through `last`
    // (local days), oldest first.
    void inbound(const QDate &first, const QDate &last, int limit,
                 const std::function<bool(const Inbound &)> &visit) const;
    // Engagement of one kind from `first` through `last`, latest first, by
    // people connected (`connected`) or not, neither excluded nor contacted
    // since the local day `quietSince` began.
    void engagement(const QString &kind, const QDate &first, const QDate &last, bool connected,
                    const QDate &quietSince, int limit,
                    const std::function<bool(const Event &)> &visit) const;
    // Connections made from `first` through `last`, latest first: id and day.
    void newConnections(const QDate &first, const QDate &last, int limit,
                        const std::function<bool(qint64, const QDate &)> &visit) const;
    // Job changes found by export imports run from `from` up to `until`
    // (ISO UTC), latest first.
    void jobChanges(const QString &from, const QString &until, int limit,
                    const std::function<bool(const JobChange &)> &visit) const;
    // Connections, not excluded, last in touch before the local day `day`
    // began; longest out of touch first, never in touch before everyone.
    void outOfTouch(const QDate &day, int limit, const std::function<bool(qint64)> &visit) const;
    // Invitations pending, sent before the local day `day` began; oldest first.
    void pendingInvitations(const QDate &day, int limit,
                            const std::function<bool(const Invitation &)> &visit) const;

    // The ISO UTC time the local day `day` starts at, as times are stored.
    static QString dayStart(const QDate &day);

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
