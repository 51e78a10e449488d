#include "domain/ConnectionScore.h"

#include "domain/RelativeDate.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Recency steps: (age in days at most, points). Older than the last step
// still earns RecencyOldPoints: any interaction beats none.
struct Step
{
    int days;
    int points;
};
constexpr Step recencySteps[] = {{30, 35}, {90, 25}, {180, 15}, {365, 8}};
constexpr int recencyOldPoints = 3;
constexpr Step twoWaySteps[] = {{90, 15}, {365, 10}};
constexpr int twoWayOldPoints = 5;

QDate later(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return qMax(a, b);
}

QDate earlier(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return qMin(a, b);
}

// Points for something last seen on `day`, and (via `until`) the last day
// they hold; an invalid `until` means they hold for good.
template <size_t N>
int stepped(const Step (&steps)[N], int oldPoints, const QDate &day, const QDate &today,
            QDate *until)
{
    *until = QDate();
    if (!day.isValid())
        return 0;
    const qint64 age = day.daysTo(today);
    for (const Step &s : steps) {
        if (age <= s.days) {
            *until = day.addDays(s.days);
            return s.points;
        }
    }
    return oldPoints;
}

int counted(int n, int one, int two, int more)
{
    if (n <= 0)
        return 0;
    if (n == 1)
        return one;
    if (n == 2)
        return two;
    return more;
}

} // namespace

bool ConnectionScore::Parts::operator==(const Parts &o) const
{
    return recency == o.recency && frequency == o.frequency && twoWay == o.twoWay &&
           replies == o.replies && value == o.value &&
           weightedInteractions == o.weightedInteractions && lastInteraction == o.lastInteraction &&
           lastFromThem == o.lastFromThem && lastFromYou == o.lastFromYou &&
           validUntil == o.validUntil;
}

int ConnectionScore::weightedInteractions(const Inputs &in)
{
    const EngagementSummary &e = in.engagement;
    const qint64 w = 3LL * (e.count(EngagementKind::Follow) + e.count(EngagementKind::Comment) +
                            e.count(EngagementKind::ShareWithComment)) +
                     2LL * (e.count(EngagementKind::Share) + e.count(EngagementKind::ProfileView)) +
                     e.count(EngagementKind::Like) + 2LL * (in.outreachOut + in.outreachIn) +
                     3LL * in.valueGiven;
    return int(qMin<qint64>(w, 1000000000));
}

ConnectionScore::Parts ConnectionScore::compute(const Inputs &in, const QDate &today)
{
    Parts p;
    // An unfollow is not engagement (TierRules): it neither adds nor counts
    // as the latest interaction.
    p.lastFromThem = later(in.engagement.lastEngagedOn(), in.lastIn);
    p.lastFromYou = later(in.lastOut, in.lastValue);
    p.lastInteraction = later(p.lastFromThem, p.lastFromYou);

    QDate recencyUntil;
    p.recency = stepped(recencySteps, recencyOldPoints, p.lastInteraction, today, &recencyUntil);

    QDate twoWayUntil;
    if (p.lastFromThem.isValid() && p.lastFromYou.isValid())
        p.twoWay = stepped(twoWaySteps, twoWayOldPoints, qMin(p.lastFromThem, p.lastFromYou), today,
                           &twoWayUntil);

    p.weightedInteractions = weightedInteractions(in);
    const double share = std::log2(1.0 + p.weightedInteractions) / std::log2(1.0 + FullFrequencyAt);
    p.frequency = qMin(FrequencyMax, int(std::floor(FrequencyMax * share)));
    p.replies = counted(in.answered, 10, 13, RepliesMax);
    p.value = counted(in.valueGiven, 6, 8, ValueMax);
    p.validUntil = earlier(recencyUntil, twoWayUntil);
    return p;
}

QString ConnectionScore::partsText(const Parts &p)
{
    return tr("Recency %1/%2 · Frequency %3/%4 · Two-way %5/%6 · Replies %7/%8 · Value %9/%10")
        .arg(p.recency)
        .arg(RecencyMax)
        .arg(p.frequency)
        .arg(FrequencyMax)
        .arg(p.twoWay)
        .arg(TwoWayMax)
        .arg(p.replies)
        .arg(RepliesMax)
        .arg(p.value)
        .arg(ValueMax);
}

QString ConnectionScore::explanation()
{
    const QStringList lines = {
        tr("The connection score (0-100) says how alive a relationship is. It adds five parts:"),
        tr("• Recency (up to %1): the latest interaction either way — their engagement, "
           "outreach from them or from you, value you gave. Within 30 days 35, within 90 "
           "days 25, within 180 days 15, within a year 8, older 3, never 0.")
            .arg(RecencyMax),
        tr("• Frequency (up to %1): every interaction ever, weighted — a like 1, a share or "
           "profile view 2, a follow, comment or share with comment 3, each message, InMail, "
           "invitation, e-mail or call either way 2, each value given 3 — on a log scale: "
           "the first few count most, %2 weighted interactions earn all %1.")
            .arg(FrequencyMax)
            .arg(FullFrequencyAt),
        tr("• Two-way (up to %1): both of you reached out — something from them and "
           "something from you (outreach or value). The older side of the two within 90 "
           "days 15, within a year 10, longer ago 5, one-way only 0.")
            .arg(TwoWayMax),
        tr("• Replies (up to %1): your outreach they answered (replied, not interested, or "
           "accepted your invitation): once 10, twice 13, three times or more 15.")
            .arg(RepliesMax),
        tr("• Value given (up to %1): how-tos, introductions, recommendations, endorsements: "
           "once 6, twice 8, three times or more 10.")
            .arg(ValueMax),
        tr("More interaction, or more recent interaction, never lowers the score; only time "
           "does, in steps at the ages above. Unfollows do not count."),
    };
    return lines.join(u'\n');
}

QString ConnectionScore::workings(const Parts &p, const QDate &today)
{
    const auto when = [&today](const QDate &day) {
        return day.isValid()
                   ? tr("%1 (%2)").arg(day.toString(Qt::ISODate), RelativeDate::inDays(day, today))
                   : tr("never");
    };
    const QStringList lines = {
        tr("Today's inputs (%1):").arg(today.toString(Qt::ISODate)),
        tr("• Recency: the latest interaction either way, %1: %2 of %3.")
            .arg(when(p.lastInteraction))
            .arg(p.recency)
            .arg(RecencyMax),
        tr("• Frequency: %1 weighted interactions; %2 × log2(1 + %1) ÷ log2(1 + %3), rounded "
           "down, at most %2 = %4 of %2.")
            .arg(p.weightedInteractions)
            .arg(FrequencyMax)
            .arg(FullFrequencyAt)
            .arg(p.frequency),
        tr("• Two-way: latest from them %1, latest from you %2: %3 of %4.")
            .arg(when(p.lastFromThem), when(p.lastFromYou))
            .arg(p.twoWay)
            .arg(TwoWayMax),
        tr("• Replies: %1 of %2.").arg(p.replies).arg(RepliesMax),
        tr("• Value given: %1 of %2.").arg(p.value).arg(ValueMax),
        tr("Connection score = %1 + %2 + %3 + %4 + %5 = %6.")
            .arg(p.recency)
            .arg(p.frequency)
            .arg(p.twoWay)
            .arg(p.replies)
            .arg(p.value)
            .arg(p.total()),
    };
    return lines.join(u'\n');
}

} // namespace rapport
