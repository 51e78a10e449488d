#pragma once

// The InMail credit ledger as of one day: credits available, tied up,
// spent, returned and expired under a plan, and the response rates overall
// and split by whether the InMail asked for a negative answer (DOMAIN.md,
// InMail).
//
// Conventions:
// - Grants: on the 1st of every month from planStart's month through
//   today's month the plan grants monthlyCredits credits. The grant of
//   planStart's own month is dated the 1st of that month even when the plan
//   starts later in it. No grants when planStart is invalid or after today.
// - Expiry: a credit granted on day G is usable on G through G+89 (90
//   calendar days counting the grant day); from G+90 on it has expired.
// - Sending on day D uses the usable credit that expires soonest (FIFO).
//   With none usable the InMail is over budget: counted, holds no credit.
// - Answer window: an answer on day A with A <= D+90 returns the InMail's
//   credit on day A. The credit keeps its original expiry, so one returned
//   after it expired counts as expired, not available. An answer on D+91 or
//   later counts for the response rate but the credit stays spent. An
//   answer dated before its InMail was sent is taken as on the sending day.
// - Within one day: grants first, then credits returned by answers to
//   earlier InMails, then that day's sends in id order, then answers to
//   InMails sent that same day.
// - Everything is as of today: InMails sent after today are ignored, and an
//   answer after today is no answer yet. InMails without a valid sent date
//   are ignored.
// - Days are calendar days in the user's time zone (the records carry local
//   days, see OutreachStore::inmailRecords): an InMail sent on 3 August
//   and answered on 1 November is answered on day 90 wherever the user is,
//   across a change of the clocks.
// - Two counts that are easy to confuse: awaitingAnswer counts InMails (sent
//   on day D, no answer yet, today <= D+90, with or without a credit);
//   creditsHeld counts credits (those of the awaiting InMails that took
//   one). With 6 InMails awaiting and one of them over budget, 6 and 5.
// Every granted credit is in exactly one state today, so
// granted == available + creditsHeld + spent + expired; `returned` counts the
// return events, whose credits are back among available, expired or reused.

#include "domain/InMailRecord.h"
#include "outreach/InMailPlan.h"

#include <QDate>
#include <QList>
#include <optional>

namespace rapport {

struct InMailLedger
{
    // Days a credit stays usable, counting its grant day.
    static constexpr int CreditLifeDays = 90;
    // Days after sending within which an answer returns the credit.
    static constexpr int AnswerWindowDays = 90;

    int granted = 0;     // credits granted from planStart's month through today's month
    int available = 0;   // unexpired credits usable today
    int creditsHeld = 0; // credits held by InMails unanswered and still inside their window
    int spent = 0;       // credits used up: the window closed without an answer in it
    int returned = 0;    // credits returned by an answer within the window
    int expired = 0;     // credits that lapsed unused (returned ones included)
    int overBudget = 0;  // InMails sent with no usable credit

    int sent = 0;                       // InMails sent up to today
    int awaitingAnswer = 0;             // of those, unanswered and still inside their window
    int answered = 0;                   // of those, answered by today (any time after sending)
    std::optional<double> responseRate; // answered ÷ sent; nullopt with none sent

    int askedNegativeSent = 0;
    int askedNegativeAnswered = 0;
    std::optional<double> askedNegativeRate;
    int notAskedSent = 0;
    int notAskedAnswered = 0;
    std::optional<double> notAskedRate;

    static InMailLedger compute(const QList<InMailRecord> &inmails, const InMailPlan &plan,
                                const QDate &planStart, const QDate &today);
};

} // namespace rapport
