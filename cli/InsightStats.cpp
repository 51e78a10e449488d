#include "InsightStats.h"

#include "CliSession.h"
#include "ContentReport.h"
#include "ExitCode.h"
#include "domain/ContentKindSummary.h"
#include "domain/DateText.h"
#include "domain/NetworkScore.h"
#include "domain/NetworkSnapshot.h"
#include "domain/Tier.h"
#include "insights/FollowerRatio.h"
#include "insights/InsightsQueries.h"
#include "insights/NetworkReview.h"
#include "insights/WeeklyNetwork.h"
#include "store/ScoreStore.h"

#include <QJsonArray>

#include <QJsonObject>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// "33.3 %": one decimal, as the window shows rates; "—" with nothing to
// divide by (null in JSON).
QString percent(const std::optional<double> &fraction)
{
    return fraction ? QString::number(*fraction * 100.0, 'f', 1) + u" %"_s : u"\u2014"_s;
}

std::optional<double> ratioOf(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt;
}

QString scopeName(IndustryScope::Kind kind)
{
    switch (kind) {
    case IndustryScope::Kind::Own:
        return u"own"_s;
    case IndustryScope::Kind::Related:
        return u"related"_s;
    case IndustryScope::Kind::Outside:
        return u"outside"_s;
    case IndustryScope::Kind::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace

InsightStats::InsightStats(CliSession &session, Database &database)
    : m_session(session)
    , m_db(database)
{}

int InsightStats::ratio()
{
    QString error;
    const QList<NetworkSnapshot> weeks = WeeklyNetwork::weeks(m_db, &error);
    if (!error.isEmpty())
        return m_session.failure(error);
    if (weeks.isEmpty()) {
        return m_session.failure(tr("No weekly numbers yet: the ratio needs your displayed "
                                    "followers and connections. Add them with: rapport-cli "
                                    "snapshot add --followers N --connections N"));
    }
    const NetworkSnapshot &latest = weeks.last();
    const FollowerRatio r = FollowerRatio::compute(latest.followers, latest.connections);
    const FollowerRatio first =
        FollowerRatio::compute(weeks.first().followers, weeks.first().connections);
    const auto standing = [](FollowerRatio::Standing s) {
        switch (s) {
        case FollowerRatio::Standing::Below:
            return u"below"_s;
        case FollowerRatio::Standing::Within:
            return u"within"_s;
        case FollowerRatio::Standing::Above:
            return u"above"_s;
        case FollowerRatio::Standing::Unknown:
            break;
        }
        return u"unknown"_s;
    };
    if (m_session.json()) {
        QJsonArray band;
        for (const FollowerRatio::BandRow &row : FollowerRatio::bandTable())
            band.append(QJsonObject{
                {u"connections"_s, row.connections}, {u"low"_s, row.low}, {u"high"_s, row.high}});
        m_session.output().printJson(QJsonObject{
            {u"date"_s, DateText::isoDate(latest.takenOn)},
            {u"followers"_s, r.displayedFollowers},
            {u"connections"_s, r.connections},
            {u"true_followers"_s, r.trueFollowers},
            {u"ratio"_s, orNull(r.ratio)},
            {u"band_low"_s, r.bandLowFollowers},
            {u"band_high"_s, r.bandHighFollowers},
            {u"standing"_s, standing(r.standing)},
            {u"weeks"_s, int(weeks.size())},
            {u"first_date"_s, DateText::isoDate(weeks.first().takenOn)},
            {u"first_ratio"_s, orNull(first.ratio)},
            {u"band_table"_s, band},
        });
        return ExitSuccess;
    }
    m_session.output().print(tr("Followers %1, connections %2 (%3): %4 true followers, %5 of "
                                "connections.")
                                 .arg(r.displayedFollowers)
                                 .arg(r.connections)
                                 .arg(DateText::isoDate(latest.takenOn))
                                 .arg(r.trueFollowers)
                                 .arg(percent(r.ratio)));
    QString where;
    switch (r.standing) {
    case FollowerRatio::Standing::Below:
        where = tr("Below the typical 5-10 % (%1-%2 for your connections): content that people "
                   "follow for brings followers who are not connections.");
        break;
    case FollowerRatio::Standing::Within:
        where = tr("Within the typical 5-10 % (%1-%2 for your connections).");
        break;
    case FollowerRatio::Standing::Above:
        where = tr("Above the typical 5-10 % (%1-%2 for your connections): people follow you "
                   "for your content.");
        break;
    case FollowerRatio::Standing::Unknown:
        where = tr("With no connections there is no ratio yet (typical: 5-10 %).");
        break;
    }
    // Only the standings with a band name its numbers (none with no
    // connections), so only they get them: no "Argument missing" on stderr.
    if (r.standing != FollowerRatio::Standing::Unknown)
        where = where.arg(r.bandLowFollowers).arg(r.bandHighFollowers);
    m_session.output().print(where);
    if (weeks.size() > 1) {
        m_session.output().print(tr("First week (%1): %2 true followers, %3.")
                                     .arg(DateText::isoDate(weeks.first().takenOn))
                                     .arg(first.trueFollowers)
                                     .arg(percent(first.ratio)));
    }
    return ExitSuccess;
}

int InsightStats::tiers()
{
    QString error;
    const QList<TierCount> counts = InsightsQueries(m_db).tierCounts(&error);
    if (!error.isEmpty())
        return m_session.failure(error);
    const auto nameOf = [](int key) {
        const Tier tier = Tier::fromKey(key);
        return tier.isNone() ? u"none"_s : tier.name();
    };
    if (m_session.json()) {
        QJsonArray rows;
        for (const TierCount &c : counts) {
            const Tier tier = Tier::fromKey(c.key);
            rows.append(QJsonObject{
                {u"tier"_s, nameOf(c.key)}, {u"lapsed"_s, tier.lapsed}, {u"contacts"_s, c.count}});
        }
        m_session.output().printJson(QJsonObject{{u"tiers"_s, rows}});
        return ExitSuccess;
    }
    // Active and lapsed side by side, the hierarchy's order.
    m_session.output().print(tr("tier                    active   lapsed"));
    for (int rank = 1; rank <= 6; ++rank) {
        int active = 0;
        int lapsed = 0;
        for (const TierCount &c : counts) {
            if (c.key == rank)
                active = c.count;
            else if (c.key == rank + 6)
                lapsed = c.count;
        }
        m_session.output().print(
            u"%1  %2  %3"_s.arg(Tier::nameOfRank(rank), -20).arg(active, 7).arg(lapsed, 7));
    }
    int none = 0;
    for (const TierCount &c : counts) {
        if (c.key == Tier::NoneKey)
            none = c.count;
    }
    m_session.output().print(tr("never engaged: %1").arg(none));
    return ExitSuccess;
}

int InsightStats::content()
{
    // The same pieces and the same summaries as `content list`
    // (ContentStats, ContentKindSummary), so every count and average agrees.
    const QList<ContentStats> rows = InsightsQueries(m_db).content();
    const bool anyNumbers =
        std::any_of(rows.cbegin(), rows.cend(), [](const ContentStats &r) { return r.latest; });
    const ContentKindSummary posts = ContentKindSummary::of(rows, ContentKind::Post);
    const ContentKindSummary articles = ContentKindSummary::of(rows, ContentKind::Article);
    if (m_session.json()) {
        QJsonArray pieces;
        for (const ContentStats &row : rows)
            pieces.append(ContentReport::pieceJson(row));
        m_session.output().printJson(
            QJsonObject{{u"pieces"_s, pieces},
                        {u"posts"_s, ContentReport::summaryJson(posts)},
                        {u"articles"_s, ContentReport::summaryJson(articles)}});
        return ExitSuccess;
    }
    if (!anyNumbers) {
        m_session.output().print(tr("No numbers for posts or articles yet. Add a piece with "
                                    "\"rapport-cli content add\" and its numbers with "
                                    "\"rapport-cli content metrics\"."));
        return ExitSuccess;
    }
    m_session.output().print(tr("Posts and articles:"));
    for (const ContentKindSummary &s : {posts, articles})
        m_session.output().print(ContentReport::summaryText(s));
    m_session.output().print(tr("Engagement rate: (reactions + comments + shares) ÷ views of "
                                "each piece's latest reading, summed over the pieces with views "
                                "and all three counts."));
    return ExitSuccess;
}

int InsightStats::network()
{
    constexpr int top = 10;
    constexpr int quietMonths = 6;
    NetworkReview review(m_db);
    QString error;
    const NetworkReview::Summary s = review.summary(QDate::currentDate(), quietMonths, &error);
    const QList<NetworkGroup> industries = s.industries.mid(0, top);
    QList<NetworkGroup> locations, companies;
    if (error.isEmpty())
        locations = review.groups(NetworkReview::Field::Location, top, &error);
    if (error.isEmpty())
        companies = review.groups(NetworkReview::Field::Company, top, &error);
    NetworkScore score;
    if (error.isEmpty())
        score = ScoreStore(m_db).networkScore(QDate::currentDate(), s.scope.own, s.scope.related,
                                              &error);
    if (!error.isEmpty())
        return m_session.failure(error);
    const auto groupsJson = [&s](const QList<NetworkGroup> &groups, bool industry) {
        QJsonArray rows;
        for (const NetworkGroup &g : groups) {
            QJsonObject row{{u"name"_s, g.name}, {u"connections"_s, g.connections}};
            if (industry)
                row.insert(u"scope"_s, scopeName(g.scope));
            rows.append(row);
        }
        return rows;
    };
    if (m_session.json()) {
        m_session.output().printJson(QJsonObject{
            {u"connections"_s, s.connections},
            {u"own_industry"_s, s.scope.own},
            {u"own_industry_guessed"_s, s.ownGuessed},
            {u"related_industries"_s, QJsonArray::fromStringList(s.scope.related)},
            {u"own"_s, s.own},
            {u"related"_s, s.related},
            {u"outside"_s, s.outside},
            {u"industry_unknown"_s, s.unknown},
            {u"never_interacted"_s, s.neverInteracted},
            {u"quiet_months"_s, quietMonths},
            {u"quiet"_s, s.quietSince},
            {u"industries"_s, groupsJson(industries, true)},
            {u"locations"_s, groupsJson(locations, false)},
            {u"companies"_s, groupsJson(companies, false)},
            {u"network_score"_s,
             QJsonObject{
                 {u"score"_s, score.score()},
                 {u"size_points"_s, score.sizePoints},
                 {u"size_max"_s, NetworkScore::SizeMax},
                 {u"relevance_points"_s, score.relevancePoints},
                 {u"relevance_max"_s, NetworkScore::RelevanceMax},
                 {u"engagement_points"_s, score.engagementPoints},
                 {u"engagement_max"_s, NetworkScore::EngagementMax},
                 {u"connections"_s, score.connections},
                 {u"with_industry"_s, score.withIndustry},
                 {u"relevant_connections"_s, score.relevantConnections},
                 {u"relevant_share"_s,
                  orNull(ratioOf(score.relevantConnections, score.withIndustry))},
                 {u"engaged_connections"_s, score.engagedConnections},
                 {u"engaged_share"_s, orNull(ratioOf(score.engagedConnections, score.connections))},
                 {u"engagement_days"_s, NetworkScore::EngagementDays},
             }},
        });
        return ExitSuccess;
    }
    if (s.connections == 0) {
        m_session.output().print(tr("No connections yet. Import your LinkedIn export with "
                                    "\"rapport-cli import linkedin\"."));
        return ExitSuccess;
    }
    const auto share = [&s](int n) {
        return u"%1 (%2)"_s.arg(n).arg(percent(ratioOf(n, s.connections)));
    };
    m_session.output().print(tr("Connections: %1").arg(s.connections));
    m_session.output().print(
        (s.ownGuessed ? tr("Your industry (the most common; set yours with \"rapport-cli "
                           "settings set network_own_industry NAME\"): %1")
                      : tr("Your industry: %1"))
            .arg(s.scope.own.isEmpty() ? u"-"_s : s.scope.own));
    m_session.output().print(
        tr("  in it: %1; related: %2; outside: %3; not filled in: %4")
            .arg(share(s.own), share(s.related), share(s.outside), share(s.unknown)));
    m_session.output().print(tr("Never interacted with: %1").arg(share(s.neverInteracted)));
    m_session.output().print(
        tr("Not in touch for %1 months: %2").arg(quietMonths).arg(share(s.quietSince)));
    m_session.output().print(
        tr("Network score: %1 of 100 (size %2 of %3, relevance %4 of %5, engagement %6 of %7)")
            .arg(score.score())
            .arg(score.sizePoints)
            .arg(NetworkScore::SizeMax)
            .arg(score.relevancePoints)
            .arg(NetworkScore::RelevanceMax)
            .arg(score.engagementPoints)
            .arg(NetworkScore::EngagementMax));
    for (const QString &line : score.workings().split(u'\n'))
        m_session.output().print(u"  "_s + line);
    const auto printGroups = [this](const QString &title, const QList<NetworkGroup> &groups) {
        m_session.output().print(QString());
        m_session.output().print(title);
        for (const NetworkGroup &g : groups) {
            m_session.output().print(u"  %1  %2"_s.arg(g.connections, 7)
                                         .arg(g.name.isEmpty() ? tr("(not filled in)") : g.name));
        }
    };
    printGroups(tr("Top industries:"), industries);
    printGroups(tr("Top locations:"), locations);
    printGroups(tr("Top companies:"), companies);
    return ExitSuccess;
}

int InsightStats::funnel(int months)
{
    QString error;
    const InsightsQueries queries(m_db);
    const QList<FunnelPeriod> periods = queries.funnel(QDate::currentDate(), months, &error);
    if (!error.isEmpty())
        return m_session.failure(error);
    // Over the whole span: all accepted ÷ all decided, all answered ÷ all
    // sent, as the window's "Last 12 months" does (not an average of months).
    const FunnelPeriod total = FunnelPeriod::total(periods);
    const double threshold = queries.acceptanceThreshold();
    if (m_session.json()) {
        const auto periodJson = [](const FunnelPeriod &p) {
            return QJsonObject{
                {u"invitations_sent"_s, p.invitationsSent},
                {u"invitations_accepted"_s, p.invitationsAccepted},
                {u"invitations_decided"_s, p.invitationsDecided},
                {u"acceptance_rate"_s, orNull(p.acceptanceRate)},
                {u"inmails_sent"_s, p.inmailsSent},
                {u"inmails_answered"_s, p.inmailsAnswered},
                {u"response_rate"_s, orNull(p.responseRate)},
                {u"followers_converted"_s, p.followersConverted},
            };
        };
        QJsonArray rows;
        for (const FunnelPeriod &p : periods) {
            QJsonObject row = periodJson(p);
            row.insert(u"month"_s, p.start.toString(u"yyyy-MM"_s));
            row.insert(u"start"_s, DateText::isoDate(p.start));
            row.insert(u"end"_s, DateText::isoDate(p.end));
            rows.append(row);
        }
        QJsonObject totals = periodJson(total);
        totals.insert(u"start"_s, DateText::isoDate(periods.first().start));
        totals.insert(u"end"_s, DateText::isoDate(periods.last().end));
        m_session.output().printJson(QJsonObject{{u"months"_s, int(periods.size())},
                                                 {u"acceptance_threshold"_s, threshold},
                                                 {u"periods"_s, rows},
                                                 {u"total"_s, totals}});
        return ExitSuccess;
    }
    const QStringList header = {tr("month"),    tr("invited"),  tr("accepted"),
                                tr("decided"),  tr("accept %"), tr("inmails"),
                                tr("answered"), tr("answer %"), tr("followers connected")};
    QList<QStringList> rows;
    const auto row = [](const QString &label, const FunnelPeriod &p) {
        return QStringList{label,
                           QString::number(p.invitationsSent),
                           QString::number(p.invitationsAccepted),
                           QString::number(p.invitationsDecided),
                           percent(p.acceptanceRate),
                           QString::number(p.inmailsSent),
                           QString::number(p.inmailsAnswered),
                           percent(p.responseRate),
                           QString::number(p.followersConverted)};
    };
    for (const FunnelPeriod &p : periods)
        rows << row(p.start.toString(u"yyyy-MM"_s), p);
    rows << row(tr("total"), total);
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : std::as_const(rows)) {
        for (int i = 0; i < r.size(); ++i)
            widths[i] = qMax(widths.at(i), r.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) {
        QStringList out;
        for (int i = 0; i < cells.size(); ++i)
            out << (i == 0 ? cells.at(i).leftJustified(widths.at(i))
                           : cells.at(i).rightJustified(widths.at(i)));
        return out.join(u"  "_s);
    };
    m_session.output().print(line(header));
    for (const QStringList &r : std::as_const(rows))
        m_session.output().print(line(r));
    m_session.output().print(
        tr("accept % = accepted ÷ decided (decided: an outcome, or silent for more than a week); "
           "answer % = InMails answered ÷ sent; followers connected: people who followed you "
           "before the day you connected, counted in the month you connected. Warning below "
           "%1 acceptance.")
            .arg(percent(threshold)));
    return ExitSuccess;
}

} // namespace rapport
