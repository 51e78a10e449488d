#include "outreach/InvitationStats.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool sentBefore(const InvitationRecord &a, const InvitationRecord &b)
{
    if (a.sent != b.sent)
        return a.sent < b.sent;
    return a.id < b.id;
}

} // namespace

int InvitationStats::ageDays(const InvitationRecord &invitation) const
{
    return int(invitation.sent.daysTo(asOf));
}

QString InvitationStats::withdrawReminder()
{
    return tr("Withdrawing an invitation blocks inviting the same person again for three weeks.");
}

QString InvitationStats::decidedRule()
{
    return tr("An invitation counts as decided once it has an outcome or has been silent for "
              "more than a week (8 days or more); a silent one counts as not accepted.");
}

QString InvitationStats::lastNWindow(int lastN)
{
    return lastN == 1 ? tr("last invitation") : tr("last %1 invitations").arg(lastN);
}

QString InvitationStats::recentWindow()
{
    return tr("last %1 days").arg(RecentDays);
}

QString InvitationStats::summary() const
{
    if (lastNSent == 0)
        return tr("No invitations sent yet.");
    QString window = lastNWindow(lastN);
    if (lastNSent < lastN)
        window = tr("%1 (%2 sent so far)").arg(window).arg(lastNSent);
    if (!lastNRate)
        return tr("Acceptance over the %1: none decided yet.").arg(window);
    QString line = tr("Acceptance over the %1: %2 % (%3 of %4 decided)")
                       .arg(window)
                       .arg(*lastNRate * 100.0, 0, 'f', 1)
                       .arg(lastNAccepted)
                       .arg(lastNDecided);
    if (*lastNRate >= threshold)
        return line + u'.';
    const QString percent = QString::number(threshold * 100.0, 'g', 4);
    if (!warning)
        return tr("%1 — below %2 %, but too few decided to judge yet.").arg(line, percent);
    return tr("%1 — below %2 %: send fewer blind invitations and add a note that says why you "
              "want to connect.")
        .arg(line, percent);
}

InvitationStats InvitationStats::compute(const QList<InvitationRecord> &invitations,
                                         const QDate &today, int lastN, double threshold)
{
    InvitationStats stats;
    stats.asOf = today;
    stats.lastN = std::max(0, lastN);
    stats.threshold = threshold;
    if (!today.isValid())
        return stats;

    QList<InvitationRecord> counted;
    for (const InvitationRecord &inv : invitations) {
        if (!inv.sent.isValid() || inv.sent > today)
            continue;
        InvitationRecord seen = inv;
        if (seen.outcomeOn.isValid() && seen.outcomeOn > today) {
            seen.outcome.clear();
            seen.outcomeOn = QDate();
        }
        counted << seen;
    }
    std::sort(counted.begin(), counted.end(), sentBefore);

    const auto tally = [&stats](const InvitationRecord &inv, int &sent, int &accepted,
                                int &decided) {
        ++sent;
        if (inv.outcome == u"accepted")
            ++accepted;
        if (!inv.outcome.isEmpty() || stats.ageDays(inv) > SettledDays)
            ++decided;
    };
    const auto rateOf = [](int accepted, int decided) -> std::optional<double> {
        if (decided <= 0)
            return std::nullopt;
        return double(accepted) / double(decided);
    };

    const qsizetype firstOfLastN = std::max<qsizetype>(0, counted.size() - stats.lastN);
    for (qsizetype i = 0; i < counted.size(); ++i) {
        const InvitationRecord &inv = counted.at(i);
        if (i >= firstOfLastN)
            tally(inv, stats.lastNSent, stats.lastNAccepted, stats.lastNDecided);
        if (stats.ageDays(inv) < RecentDays)
            tally(inv, stats.recentSent, stats.recentAccepted, stats.recentDecided);
        if (inv.outcome.isEmpty()) {
            stats.pending << inv;
            if (stats.ageDays(inv) > UndecidedDays)
                stats.withdrawSuggestions << inv;
        }
    }
    stats.lastNRate = rateOf(stats.lastNAccepted, stats.lastNDecided);
    stats.recentRate = rateOf(stats.recentAccepted, stats.recentDecided);
    stats.warning =
        stats.lastNRate &&
        stats.lastNDecided >= std::min(MinDecidedForWarning, std::max(1, stats.lastN)) &&
        *stats.lastNRate < threshold;
    return stats;
}

} // namespace rapport
