#pragma once

// Acceptance of invitations to connect as of one day: the rate over the last
// N invitations and over the last 30 days, a warning when it falls below a
// threshold (DOMAIN.md: ten invitations and four acceptances means rethink),
// and the pending invitations, with the old ones suggested for withdrawal.
//
// Conventions:
// - Only invitations sent on or before today count; an outcome dated after
//   today is no outcome yet. Invitations without a valid sent date are
//   ignored.
// - Age is in whole local calendar days (the records carry the user's
//   local days): sent today = 0.
// - Decided: any recorded outcome (accepted, declined, ignored, dont-know,
//   withdrawn — anything but accepted is decided and not accepted), or
//   pending for more than a week (age >= 8): most acceptances come within
//   days, so a week's silence counts against the rate. A pending invitation
//   of 7 days or less is left out of the rate, so a fresh batch raises no
//   false alarm, while ten invitations and four acceptances warns once the
//   other six are a week old.
// - Last N: the N most recently sent, by sent date then id. Last 30 days:
//   sent today or in the 29 days before (age 0..29).
// - Withdraw suggestions: pending for more than three weeks (age >= 22).

#include "domain/InvitationRecord.h"
#include "store/DatabaseSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace rapport {

struct InvitationStats
{
    Q_DECLARE_TR_FUNCTIONS(InvitationStats)

public:
    // A pending invitation older than this counts as not accepted.
    static constexpr int SettledDays = 7;
    // A pending invitation older than this is worth withdrawing.
    static constexpr int UndecidedDays = 21;
    // Below this many decided invitations (or lastN, if smaller) the last-N
    // rate never warns.
    static constexpr int MinDecidedForWarning = 10;
    static constexpr int RecentDays = 30;

    QDate asOf;
    int lastN = 20;
    double threshold = 0.5;

    int lastNSent = 0;
    int lastNAccepted = 0;
    int lastNDecided = 0;
    std::optional<double> lastNRate; // accepted ÷ decided; nullopt with none decided

    int recentSent = 0; // sent in the last 30 days
    int recentAccepted = 0;
    int recentDecided = 0;
    std::optional<double> recentRate;

    // The last-N rate exists, at least 10 were decided and it is below threshold.
    bool warning = false;

    // No outcome as of asOf (one dated later is cleared here), oldest first.
    QList<InvitationRecord> pending;
    QList<InvitationRecord> withdrawSuggestions; // pending longer than 21 days, oldest first

    // Days since the invitation was sent, as of asOf.
    int ageDays(const InvitationRecord &invitation) const;
    // One line for the numbers panel and `stats invitations`.
    QString summary() const;

    static QString withdrawReminder();
    // The rule for "decided", in the one wording the window, the CLI's help
    // and the README share.
    static QString decidedRule();
    // "last 20 invitations" and "last 30 days": the two windows by name.
    static QString lastNWindow(int lastN);
    static QString recentWindow();
    static InvitationStats
    compute(const QList<InvitationRecord> &invitations, const QDate &today,
            int lastN = DatabaseSettings::AcceptanceLastN.defaultValue,
            double threshold = DatabaseSettings::AcceptanceThresholdPercent.defaultValue / 100.0);
};

} // namespace rapport
