#include "outreach/OutreachNumbers.h"

#include "outreach/MessageLinter.h"
#include "store/OutreachStore.h"
#include "store/SettingStore.h"

namespace rapport {

OutreachNumbers OutreachNumbers::compute(Database &db, const QDate &today)
{
    OutreachNumbers n;
    n.settings = OutreachSettings::load(SettingStore(db));
    OutreachStore store(db);
    const QList<InMailRecord> inmails = store.inmailRecords(
        [](const QString &body) { return MessageLinter::asksForNegativeAnswer(body); });
    QDate start = n.settings.planStart;
    if (!start.isValid())
        start = inmails.isEmpty() ? today : inmails.first().sent;
    n.inmail = InMailLedger::compute(inmails, n.settings.plan, start, today);
    n.invitations =
        InvitationStats::compute(store.invitationRecords(), today, n.settings.acceptanceLastN,
                                 n.settings.acceptanceThreshold);
    return n;
}

} // namespace rapport
