#pragma once

// The strength of the whole network (DOMAIN.md, Network review: quantity,
// relevance, engagement) as one number 0-100 with its three parts, from
// counts of first-degree connections that ScoreStore::networkScore() reads
// from indexes:
// - size (up to 30): connections on a log scale; LinkedIn's cap of 30,000
//   connections earns all 30, 1,000 earn 20;
// - relevance (up to 35): the share of connections with a known industry
//   that are in the user's own or a related industry;
// - engagement (up to 35): the share of connections that engaged with the
//   user or were in touch either way within the last 90 days; 30 % or more
//   earns all 35.

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace rapport {

struct NetworkScore
{
    Q_DECLARE_TR_FUNCTIONS(NetworkScore)

public:
    static constexpr int SizeMax = 30;
    static constexpr int RelevanceMax = 35;
    static constexpr int EngagementMax = 35;
    static constexpr int FullSizeAt = 30000;
    static constexpr double FullEngagementShare = 0.30;
    static constexpr int EngagementDays = 90;

    int connections = 0;             // first-degree contacts
    int withIndustry = 0;            // of them, with an industry filled in
    int relevantConnections = 0;     // of those, in the own or a related industry
    int engagedConnections = 0;      // engaged or in touch within EngagementDays
    QString ownIndustry;             // as used: set by the user, or guessed
    QStringList relatedIndustries;   // as set by the user
    bool ownIndustryGuessed = false; // none set: the most common industry stands in
    QDate asOf;

    int sizePoints = 0;
    int relevancePoints = 0;
    int engagementPoints = 0;
    int score() const { return sizePoints + relevancePoints + engagementPoints; }
    double relevantShare() const;
    double engagedShare() const;

    // Fills the points from the counts.
    void computePoints();
    // How the network score is computed, in plain words.
    static QString explanation();
    // This score's own sums: each part's formula with today's counts, so it
    // can be checked by hand. A share with nothing to divide by reads "—".
    QString workings() const;
};

} // namespace rapport
