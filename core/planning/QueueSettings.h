#pragma once

// How the daily outreach queue is built: its size, the most items of each
// kind, and the windows its rules use (all in whole local days).

#include "domain/QueueItem.h"
#include "store/DatabaseSettings.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace rapport {

class SettingStore;

struct QueueSettings
{
    Q_DECLARE_TR_FUNCTIONS(QueueSettings)

public:
    int capacity = DatabaseSettings::QueueCapacity.defaultValue;
    // The most items of one action; an action not listed is limited by the
    // capacity only.
    QMap<QueueItem::Action, int> maxPerAction = {
        {QueueItem::Action::FollowerMessage, 5}, {QueueItem::Action::Invite, 5},
        {QueueItem::Action::InMail, 3},          {QueueItem::Action::Welcome, 5},
        {QueueItem::Action::Congratulate, 5},    {QueueItem::Action::Thank, 5},
        {QueueItem::Action::Reconnect, 3},       {QueueItem::Action::FollowUpInvitation, 3},
    };
    // Contacted on one of the last N days (today included): not in the queue.
    int cooldownDays = DatabaseSettings::QueueCooldownDays.defaultValue;
    // Keep-in-touch cadence of a connection with none of its own or its tags'.
    int defaultCadenceDays = DatabaseSettings::KeepInTouchCadenceDays.defaultValue;
    // Engagement (and connections) on one of the last N days count as recent.
    int recentDays = 14;
    // A job change seen by an export import of the last N days is news.
    int jobChangeDays = 30;
    // Inbound messages of the last N days can be replies waiting.
    int replyWindowDays = 30;
    // An invitation pending more than N days is worth following up.
    int pendingInvitationDays = 21;
    // The most candidate rows one rule reads before it gives up, so a day
    // whose candidates are nearly all excluded stays fast.
    int scanLimit = 5000;

    int maxFor(QueueItem::Action action) const { return maxPerAction.value(action, capacity); }

    // The user's choices kept in the database (capacity, cool-down, default
    // keep-in-touch cadence); defaults for the rest.
    static QueueSettings load(const SettingStore &store);
    // Validates (capacity 1..100, cool-down 0..60, cadence 7..3650) and saves,
    // all or nothing.
    bool save(SettingStore &store, QString *error) const;
};

} // namespace rapport
