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

// As the page shows core's rates: one decimal; "—" with nothing to divide by.
QString rateText(std::optional<double> fraction)
{
    return fraction ? QLocale().toString(100.0 * *fraction, 'f', 1) + u" %"_s : u"\u2014"_s;
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
        .arg(weekOf(latest), number(r.trueFollowers), number(r.connections), rateText(r.ratio),
             number(r.bandLowFollowers), number(r.bandHighFollowers));
}

QString InsightsPageExplanations::views()
{
    return tr("Nothing is computed here: profile views (the last 7 days) and search "
              "appearances are LinkedIn's own numbers, as you entered them each week (Edit ▸ Enter "
              "This Week's Numbers). A week without a number has no point.");
}

QString InsightsPageExplanations::invitations(const QList<FunnelPeriod> &months, double threshold)
{
    if (months.isEmpty())
        return {};
    const FunnelPeriod total = FunnelPeriod::total(months);
    return tr("Each month counts the invitations sent in it, as they stand today.\n"
              "• Acceptance rate = accepted ÷ decided. An invitation is decided once it has an "
              "outcome or has been silent for more than a week (then: not accepted). A month "
              "with none decided has no rate and no point.\n"
              "• The month still running is marked \"so far\": its rate can still change.\n"
              "• Followers who became connections: people who followed you before the day you "
              "connected, counted in the month you connected.\n"
              "The total divides the sums, not the monthly rates. \"—\": nothing to divide "
              "by.\n\n"
              "Today's inputs (%1 – %2): acceptance %3 ÷ %4 = %5; %6. The warning level is %7 "
              "(Edit ▸ Preferences).")
        .arg(QLocale().toString(months.first().start, u"MMM yyyy"_s),
             QLocale().toString(months.last().start, u"MMM yyyy"_s),
             number(total.invitationsAccepted), number(total.invitationsDecided),
             rateText(total.acceptanceRate),
             total.followersConverted == 1
                 ? tr("%Ln follower became a connection", nullptr, total.followersConverted)
                 : tr("%Ln followers became connections", nullptr, total.followersConverted),
             QLocale().toString(threshold * 100.0, 'f', 1) + u" %"_s);
}

QString InsightsPageExplanations::inmails(const QList<FunnelPeriod> &months)
{
    if (months.isEmpty())
        return {};
    const FunnelPeriod total = FunnelPeriod::total(months);
    return tr("Each month counts the InMails sent in it, as they stand today.\n"
              "• Response rate = InMails answered ÷ InMails sent; any answer counts, \"not "
              "interested\" included. A month with none sent has no rate and no point.\n"
              "• The month still running is marked \"so far\": InMails sent lately may still "
              "be answered.\n"
              "The total divides the sums, not the monthly rates. \"—\": nothing to divide "
              "by.\n\n"
              "Today's inputs (%1 – %2): response %3 ÷ %4 = %5.")
        .arg(QLocale().toString(months.first().start, u"MMM yyyy"_s),
             QLocale().toString(months.last().start, u"MMM yyyy"_s), number(total.inmailsAnswered),
             number(total.inmailsSent), rateText(total.responseRate));
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
              "engaged. Each contact is in exactly one row, so the rows add up to all contacts; "
              "the not engaged are shown apart, beside the bars, so they do not flatten them. "
              "The window is set in Edit ▸ Preferences.\n\nToday's inputs: %2 = %3.")
        .arg(number(windowDays), perTier.join(u"; "_s),
             total == 1 ? tr("%Ln contact", nullptr, int(total))
                        : tr("%Ln contacts", nullptr, int(total)));
}

} // namespace rapport
