#include "outreach/ReinviteRule.h"

#include "domain/DateText.h"
#include "store/OutreachStore.h"

#include <QCoreApplication>

namespace rapport {

QDate ReinviteRule::allowedFrom(const QDate &withdrawnOn)
{
    return withdrawnOn.isValid() ? withdrawnOn.addDays(BlockDays) : QDate();
}

std::optional<ReinviteBlock> ReinviteRule::blockOn(const QDate &withdrawnOn, const QDate &today)
{
    if (!withdrawnOn.isValid() || !today.isValid())
        return std::nullopt;
    const QDate from = allowedFrom(withdrawnOn);
    if (today >= from)
        return std::nullopt;
    return ReinviteBlock{withdrawnOn, from};
}

QDate ReinviteRule::withdrawnOn(const OutreachStore &store, qint64 contactId)
{
    const QDateTime at = store.lastWithdrawal(contactId);
    // The local calendar day, as the user counts the three weeks.
    return at.isValid() ? at.toLocalTime().date() : QDate();
}

std::optional<ReinviteBlock> ReinviteRule::check(const OutreachStore &store, qint64 contactId,
                                                 const QDate &today)
{
    return blockOn(withdrawnOn(store, contactId), today);
}

QString ReinviteRule::explain(const ReinviteBlock &block, const QString &name)
{
    return QCoreApplication::translate("ReinviteRule",
                                       "You withdrew an invitation to %1 on %2; LinkedIn lets you "
                                       "invite them again from %3 (three weeks later).")
        .arg(name, DateText::isoDate(block.withdrawnOn), DateText::isoDate(block.allowedFrom));
}

} // namespace rapport
