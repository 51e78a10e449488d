#include "insights/NetworkScore.h"

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

} // namespace rapport
