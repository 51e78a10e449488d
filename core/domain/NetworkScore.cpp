#include "domain/NetworkScore.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rapport {

double NetworkScore::relevantShare() const
{
    return withIndustry > 0 ? double(relevantConnections) / withIndustry : 0.0;
}

double NetworkScore::engagedShare() const
{
    return connections > 0 ? double(engagedConnections) / connections : 0.0;
}

void NetworkScore::computePoints()
{
    const double size = std::log10(1.0 + qMax(0, connections)) / std::log10(1.0 + FullSizeAt);
    sizePoints = qBound(0, int(std::floor(SizeMax * size)), SizeMax);
    relevancePoints = qBound(0, int(std::floor(RelevanceMax * relevantShare())), RelevanceMax);
    engagementPoints = qBound(
        0, int(std::floor(EngagementMax * engagedShare() / FullEngagementShare)), EngagementMax);
}

QString NetworkScore::explanation()
{
    return tr("The network score (0-100) adds three parts, all about first-degree "
              "connections:\n"
              "• Size (up to %1): the number of connections on a log scale; %2 (LinkedIn's "
              "limit) earn all %1, 1,000 earn 20, 100 earn 13.\n"
              "• Relevance (up to %3): the share of connections with an industry filled in "
              "that work in your own industry or a related one. With no own industry set, "
              "the most common industry among your connections stands in.\n"
              "• Engagement (up to %4): the share of connections who engaged with you or were "
              "in touch either way in the last %5 days; %6 % or more earn all %4.")
        .arg(SizeMax)
        .arg(QString::number(FullSizeAt))
        .arg(RelevanceMax)
        .arg(EngagementMax)
        .arg(EngagementDays)
        .arg(int(FullEngagementShare * 100));
}

QString NetworkScore::workings() const
{
    const QLocale c = QLocale::c();
    const auto share = [&c](int part, int whole) {
        return whole > 0 ? c.toString(100.0 * part / whole, 'f', 1) + u" %"_s : u"\u2014"_s;
    };
    const QString own = ownIndustry.isEmpty() ? tr("none") : ownIndustry;
    return tr("Today's inputs (%1):\n"
              "• Size: %2 connections; %3 × log(1 + %2) ÷ log(1 + %4), rounded down = %5 "
              "of %3.\n"
              "• Relevance: %6 of the %7 connections with an industry are in your industry "
              "(%8%9) or a related one (%10) = %11; %12 × that share, rounded down = %13 of %12.\n"
              "• Engagement: %14 of %2 connections engaged or were in touch in the last %15 "
              "days = %16; %17 × that share ÷ %18 %, rounded down, at most %17 = %19 of %17.\n"
              "Network score = %5 + %13 + %19 = %20.")
        .arg(asOf.toString(Qt::ISODate))
        .arg(connections)
        .arg(SizeMax)
        .arg(FullSizeAt)
        .arg(sizePoints)
        .arg(relevantConnections)
        .arg(withIndustry)
        .arg(own, ownIndustryGuessed ? tr(", the most common") : QString(),
             relatedIndustries.isEmpty() ? tr("none set") : relatedIndustries.join(u", "_s),
             share(relevantConnections, withIndustry))
        .arg(RelevanceMax)
        .arg(relevancePoints)
        .arg(engagedConnections)
        .arg(EngagementDays)
        .arg(share(engagedConnections, connections))
        .arg(EngagementMax)
        .arg(int(FullEngagementShare * 100))
        .arg(engagementPoints)
        .arg(score());
}

} // namespace rapport
