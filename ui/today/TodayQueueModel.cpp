#include "today/TodayQueueModel.h"

#include "common/ThemedIcon.h"
#include "domain/QueueReason.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

TodayQueueModel::TodayQueueModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TodayQueueModel::setItems(const QList<QueueItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int TodayQueueModel::openCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const QueueItem &item) {
        return item.status == QueueItem::Status::Open;
    }));
}

int TodayQueueModel::doneCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const QueueItem &item) {
        return item.status == QueueItem::Status::Done;
    }));
}

QString TodayQueueModel::progressText() const
{
    if (m_items.isEmpty())
        return {};
    const QLocale locale;
    int skipped = 0;
    int snoozed = 0;
    int never = 0;
    for (const QueueItem &item : m_items) {
        skipped += item.status == QueueItem::Status::Skipped;
        snoozed += item.status == QueueItem::Status::Snoozed;
        never += item.status == QueueItem::Status::Never;
    }
    QStringList parts{
        tr("%1 of %2 done").arg(locale.toString(doneCount()), locale.toString(m_items.size()))};
    if (skipped > 0)
        parts << tr("%1 skipped").arg(locale.toString(skipped));
    if (snoozed > 0)
        parts << tr("%1 snoozed").arg(locale.toString(snoozed));
    if (never > 0)
        parts << tr("%1 not suggested again").arg(locale.toString(never));
    const int left = openCount();
    parts << (left == 0 ? tr("nothing left for today")
                        : (left == 1 ? tr("1 left") : tr("%1 left").arg(locale.toString(left))));
    return parts.join(u" · "_s);
}

int TodayQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TodayQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_items.size())
        return {};
    const QueueItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item.contactName;
    case Qt::DecorationRole:
        return actionIcon(item.action);
    case Qt::AccessibleTextRole:
        return sentence(item);
    case Qt::ToolTipRole: {
        // The sentence, then each day the reason counts from in full.
        const QStringList dates = QueueReason::dateNotes(item.storedReason, item.day);
        return dates.isEmpty() ? sentence(item) : sentence(item) + u'\n' + dates.join(u'\n');
    }
    case PositionRole:
        return item.position;
    case ActionRole:
        return actionLabel(item.action);
    case ReasonRole:
        return item.reason;
    case TemplateRole:
        return item.templateName;
    case StatusRole:
        return statusLabel(item);
    case OpenRole:
        return item.status == QueueItem::Status::Open;
    case ContactIdRole:
        return item.contactId;
    default:
        return {};
    }
}

QString TodayQueueModel::sentence(const QueueItem &item)
{
    QString words = tr("%1. %2: %3. %4.")
                        .arg(QLocale().toString(item.position), item.contactName,
                             actionLabel(item.action), item.reason);
    if (!item.templateName.isEmpty())
        words += u' ' + tr("Suggested template: %1.").arg(item.templateName);
    const QString status = statusLabel(item);
    if (!status.isEmpty())
        words += u' ' + status + u'.';
    return words;
}

QString TodayQueueModel::actionLabel(QueueItem::Action action)
{
    switch (action) {
    case QueueItem::Action::ReplyWaiting:
        return tr("Answer their reply");
    case QueueItem::Action::FollowerMessage:
        return tr("Send the follower message");
    case QueueItem::Action::Invite:
        return tr("Invite to connect");
    case QueueItem::Action::InMail:
        return tr("Send an InMail");
    case QueueItem::Action::Welcome:
        return tr("Welcome");
    case QueueItem::Action::Congratulate:
        return tr("Congratulate on the new role");
    case QueueItem::Action::Thank:
        return tr("Thank");
    case QueueItem::Action::Reconnect:
        return tr("Offer a 15-minute call");
    case QueueItem::Action::FollowUpInvitation:
        return tr("Follow up or withdraw the invitation");
    }
    return {};
}

QIcon TodayQueueModel::actionIcon(QueueItem::Action action)
{
    // Rapport's own line icons (resources/icons/queue-*.svg), in the
    // palette's colours like the navigation's; the words beside them carry
    // the meaning.
    switch (action) {
    case QueueItem::Action::ReplyWaiting:
        return ThemedIcon::icon(u"queue-reply"_s);
    case QueueItem::Action::FollowerMessage:
        return ThemedIcon::icon(u"queue-message"_s);
    case QueueItem::Action::Invite:
        return ThemedIcon::icon(u"queue-invite"_s);
    case QueueItem::Action::InMail:
        return ThemedIcon::icon(u"queue-inmail"_s);
    case QueueItem::Action::Welcome:
        return ThemedIcon::icon(u"queue-welcome"_s);
    case QueueItem::Action::Congratulate:
        return ThemedIcon::icon(u"queue-congratulate"_s);
    case QueueItem::Action::Thank:
        return ThemedIcon::icon(u"queue-thank"_s);
    case QueueItem::Action::Reconnect:
        return ThemedIcon::icon(u"queue-reconnect"_s);
    case QueueItem::Action::FollowUpInvitation:
        return ThemedIcon::icon(u"queue-follow-up"_s);
    }
    return {};
}

QString TodayQueueModel::statusLabel(const QueueItem &item)
{
    switch (item.status) {
    case QueueItem::Status::Open:
        return {};
    case QueueItem::Status::Done:
        return tr("Done");
    case QueueItem::Status::Skipped:
        return tr("Skipped");
    case QueueItem::Status::Snoozed:
        return item.snoozedUntil.isValid()
                   ? tr("Snoozed until %1")
                         .arg(QLocale().toString(item.snoozedUntil, QLocale::ShortFormat))
                   : tr("Snoozed");
    case QueueItem::Status::Never:
        return tr("Not suggested again");
    }
    return {};
}

} // namespace rapport
