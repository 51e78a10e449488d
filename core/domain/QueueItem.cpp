#include "domain/QueueItem.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const std::array<std::pair<QueueItem::Action, QString>, 9> &actionKeys()
{
    static const std::array<std::pair<QueueItem::Action, QString>, 9> keys = {{
        {QueueItem::Action::ReplyWaiting, u"reply"_s},
        {QueueItem::Action::FollowerMessage, u"follower-message"_s},
        {QueueItem::Action::Invite, u"invite"_s},
        {QueueItem::Action::InMail, u"inmail"_s},
        {QueueItem::Action::Welcome, u"welcome"_s},
        {QueueItem::Action::Congratulate, u"congratulate"_s},
        {QueueItem::Action::Thank, u"thank"_s},
        {QueueItem::Action::Reconnect, u"reconnect"_s},
        {QueueItem::Action::FollowUpInvitation, u"follow-up-invitation"_s},
    }};
    return keys;
}

const std::array<std::pair<QueueItem::Status, QString>, 5> &statusKeys()
{
    static const std::array<std::pair<QueueItem::Status, QString>, 5> keys = {{
        {QueueItem::Status::Open, u"open"_s},
        {QueueItem::Status::Done, u"done"_s},
        {QueueItem::Status::Skipped, u"skipped"_s},
        {QueueItem::Status::Snoozed, u"snoozed"_s},
        {QueueItem::Status::Never, u"never"_s},
    }};
    return keys;
}

} // namespace

QString QueueItem::actionKey(Action action)
{
    for (const auto &[a, key] : actionKeys()) {
        if (a == action)
            return key;
    }
    return {};
}

std::optional<QueueItem::Action> QueueItem::actionFromKey(const QString &key)
{
    for (const auto &[a, k] : actionKeys()) {
        if (k == key)
            return a;
    }
    return std::nullopt;
}

QString QueueItem::templateShown(const QString &stored)
{
    if (stored.isEmpty())
        return stored;
    const QByteArray source = stored.toUtf8();
    return QCoreApplication::translate("StarterTemplates", source.constData());
}

QString QueueItem::statusKey(Status status)
{
    for (const auto &[s, key] : statusKeys()) {
        if (s == status)
            return key;
    }
    return {};
}

std::optional<QueueItem::Status> QueueItem::statusFromKey(const QString &key)
{
    for (const auto &[s, k] : statusKeys()) {
        if (k == key)
            return s;
    }
    return std::nullopt;
}

} // namespace rapport
