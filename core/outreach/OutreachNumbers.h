#pragma once

// The numbers that matter for outreach, as of a day, from the stored rows
// and the settings: the InMail credit ledger and response rates, and the
// invitation acceptance rates, pending invitations and the watchdog.

#include "outreach/InMailLedger.h"
#include "outreach/InvitationStats.h"
#include "outreach/OutreachSettings.h"

namespace rapport {

class Database;

struct OutreachNumbers
{
    OutreachSettings settings;
    InMailLedger inmail;
    InvitationStats invitations;

    static OutreachNumbers compute(Database &db, const QDate &today);
};

} // namespace rapport
