#pragma once

// The one rule on inviting a person again after withdrawing an invitation
// to them (DOMAIN.md): LinkedIn blocks it for three weeks. An invitation
// withdrawn on day W (the user's local calendar day) blocks W through
// W+20; from W+21 on the person can be invited again. Today's queue, the
// window's warning before logging and `rapport-cli outreach log` all ask
// here.

#include <QDate>
#include <QString>
#include <optional>

namespace rapport {

class OutreachStore;

struct ReinviteBlock
{
    QDate withdrawnOn; // local day of the latest withdrawal
    QDate allowedFrom; // the first day an invitation can go out again
};

class ReinviteRule
{
public:
    static constexpr int BlockDays = 21;

    // The first day a person can be invited again after a withdrawal on
    // `withdrawnOn`.
    static QDate allowedFrom(const QDate &withdrawnOn);
    // The block in force on `today` after a withdrawal on `withdrawnOn`,
    // if any (none for an invalid day).
    static std::optional<ReinviteBlock> blockOn(const QDate &withdrawnOn, const QDate &today);
    // The local day of the contact's latest withdrawn invitation; invalid
    // when none was withdrawn.
    static QDate withdrawnOn(const OutreachStore &store, qint64 contactId);
    // The same, from the stored invitations to the contact.
    static std::optional<ReinviteBlock> check(const OutreachStore &store, qint64 contactId,
                                              const QDate &today);
    // "You withdrew an invitation to Ana Silva on 2026-11-20; LinkedIn lets
    // you invite her again from 2026-12-11." A translated sentence.
    static QString explain(const ReinviteBlock &block, const QString &name);
};

} // namespace rapport
