#include "insights/InsightsPageExplanations.h"

#include "common/TierStyle.h"
#include "domain/Tier.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// As the page shows rates: one decimal; "—" with nothing to divide by.
QString rateOf(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s
                     : u"\u2014"_s;
}

QString weekOf(const NetworkSnapshot &s)
{
    return InsightsPageExplanations::tr("week of %1")
        .arg(QLocale().toString(s.weekStart(), QLocale::ShortFormat));
}

} // namespace

QString InsightsPageExplanations::network(const NetworkSnapshot &latest)
{
    const FollowerRatio r = FollowerRatio::compute(latest.followers, latest.connections);
    return tr("True followers = followers − connections, never below 0: LinkedIn's follower "
              "count includes your connections, so what is left are the people who follow you "
              "without being connected.\n\nToday's inputs (%1, entered on %2): %3 − %4 = %5.")
        .arg(weekOf(latest), QLocale().toString(latest.takenOn, QLocale::ShortFormat),
             number(latest.followers), number(latest.connections), number(r.trueFollowers));
}

QString InsightsPageExplanations::ratio(const NetworkSnapshot &latest, const FollowerRatio &r)
{
    return tr("True-follower ratio = true followers ÷ connections, where true followers = "
              "followers − connections. Typical: 5–10 % of connections (each end rounded to "
              "whole people); below or above that band is said beside the chart. Weeks with no "
              "connections have no ratio and are left out.\n\nToday's inputs (%1): %2 ÷ %3 = "
              "%4; the typical band for %3 connections is %5–%6.")
        .arg(weekOf(latest), number(r.trueFollowers), number(r.connections),
             rateOf(r.trueFollowers, r.connections), number(r.bandLowFollowers),
             number(r.bandHighFollowers));
}

QString InsightsPageExplanations::views()
{
    return tr("Nothing is computed here: profile views (the last 7 days) and search "
              "appearances are LinkedIn's own numbers, as you entered them each week (Edit ▸ Enter "
              "This Week's Numbers). A week without a number has no point.");
}

QString InsightsPageExplanations::funnel(const QList<FunnelPeriod> &months, double threshold)
{
    if (months.isEmpty())
        return {};
    qint64 accepted = 0, decided = 0, inmails = 0, answered = 0, converted = 0;
    for (const FunnelPeriod &p : months) {
        accepted += p.invitationsAccepted;
        decided += p.invitationsDecided;
        inmails += p.inmailsSent;
        answered += p.inmailsAnswered;
        converted += p.followersConverted;
    }
    return tr("Each month counts the invitations and InMails sent in it, as they stand today.\n"
              "• Acceptance rate = accepted ÷ decided. An invitation is decided once it has an "
              "outcome or has been silent for more than a week (then: not accepted).\n"
              "• Response rate = InMails answered ÷ InMails sent; any answer counts, \"not "
              "interested\" included.\n"
              "• Followers who became connections: people who followed you before the day you "
              "connected, counted in the month you connected.\n"
              "The totals divide the sums, not the monthly rates. \"—\": nothing to divide "
              "by.\n\n"
              "Today's inputs (%1 – %2): acceptance %3 ÷ %4 = %5; response %6 ÷ %7 = %8; %9 "
              "followers became connections. The warning level is %10 (Edit ▸ Preferences).")
        .arg(QLocale().toString(months.first().start, u"MMM yyyy"_s),
             QLocale().toString(months.last().start, u"MMM yyyy"_s), number(accepted),
             number(decided), rateOf(accepted, decided), number(answered), number(inmails),
             rateOf(answered, inmails), number(converted))
        .arg(QLocale().toString(threshold * 100.0, 'f', 1) + u" %"_s);
}

QString InsightsPageExplanations::tiers(const QList<TierCount> &counts, int windowDays)
{
    QStringList perTier;
    qint64 total = 0;
    for (const TierCount &c : counts) {
        const Tier tier = Tier::fromKey(c.key);
        perTier << tr("%1: %2").arg(tier.isNone() ? tr("not engaged") : TierStyle::label(tier),
                                    number(c.count));
        total += c.count;
    }
    return tr("A contact's tier is the best (highest) engagement they showed in the last %1 "
              "days, in this order: follower, commenter, sharer with a comment, sharer, profile "
              "viewer, liker. A follow counts only while they still follow. With nothing in the "
              "window, the best engagement ever shown counts, marked lapsed; never engaged: not "
              "engaged. Each contact is in exactly one row, so the rows add up to all contacts. "
              "The window is set in Edit ▸ Preferences.\n\nToday's inputs: %2 = %3 contacts.")
        .arg(number(windowDays), perTier.join(u"; "_s), number(total));
}

} // namespace rapport
