#pragma once

// Builds the daily outreach queue from stored facts only (QueueFactsStore
// reads them): the same data and
// day give the same queue. Best first, by rule: replies waiting, recent
// engagers not connected (followers get the follower message, the others an
// invitation), new connections to welcome, job changes to congratulate on
// (from the LinkedIn export imports of the last 30 days), commenters and sharers to thank,
// connections past their keep-in-touch cadence, invitations pending too
// long. While the acceptance-rate watchdog warns, cold invitations get half
// their share and warm engagers (comments, shares) get an InMail instead, as
// many as there are credits left. Each rule reads its candidates from an index in order and stops
// as soon as its share of the queue is full; nothing scans events or contacts.
// Someone whose invitation was withdrawn less than three weeks ago is never
// suggested an invitation (ReinviteRule); heldBack() lists them with the day
// they can be invited again.

#include "domain/QueueItem.h"
#include "domain/QueueReason.h"
#include "planning/QueueSettings.h"
#include "store/QueueFactsStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <memory>

namespace rapport {

class Database;
class OutreachStore;

class QueuePlanner
{
    Q_DECLARE_TR_FUNCTIONS(QueuePlanner)

public:
    // The acceptance-rate watchdog and the InMail credits left are read
    // from the stored outreach and settings.
    static QList<QueueItem> plan(Database &db, const QDate &today, const QueueSettings &settings);
    // The same with the watchdog and the credits given.
    static QList<QueueItem> plan(Database &db, const QDate &today, const QueueSettings &settings,
                                 bool invitationWarning, int inmailCredits = 0);
    // The invitations today's plan would have suggested but left out because
    // LinkedIn blocks them (a withdrawal less than three weeks ago), best
    // first: action Invite, status Skipped, the reason saying from when the
    // person can be invited again. Not stored with the queue.
    static QList<QueueItem> heldBack(Database &db, const QDate &today,
                                     const QueueSettings &settings);

private:
    struct Facts;

    static void watchdog(Database &db, const QDate &today, bool *warning, int *credits);

    QueuePlanner(Database &db, const QDate &today, const QueueSettings &settings,
                 bool invitationWarning, int inmailCredits);
    ~QueuePlanner();

    QList<QueueItem> run();
    void replies();
    void engaged();
    void engagedOne(const QString &kind, const QueueFactsStore::Event &event);
    void welcomes();
    void congratulations();
    void thanks();
    void reconnects();
    void reconnectOne(const Facts &facts);
    void followUps();

    const Facts &facts(qint64 contactId);
    bool blocked(const Facts &facts) const;
    bool cooling(const Facts &facts) const;
    bool invitationBlocks(qint64 contactId);
    int cadenceOf(const Facts &facts, QString *source);
    int maxFor(QueueItem::Action action) const;
    bool room(QueueItem::Action action) const;
    void add(const Facts &facts, QueueItem::Action action, const QueueReason &reason,
             qint64 outreachId, qint64 engagementId);
    QJsonValue engagementPhrase(const QString &kind, qint64 contentId, const QDate &on);

    Database &m_db;
    QDate m_today;
    QueueSettings m_settings;
    bool m_warning = false;
    int m_inmailCredits = 0; // left to suggest
    std::unique_ptr<QueueFactsStore> m_store;
    QHash<qint64, std::shared_ptr<Facts>> m_facts;
    QSet<qint64> m_claimed; // contacts that have their best reason
    QList<QueueItem> m_items;
    QList<QueueItem> m_heldBack;
    std::unique_ptr<OutreachStore> m_outreach;
    QHash<int, int> m_counts; // per action
};

} // namespace rapport
