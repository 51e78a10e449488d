#pragma once

// The true-follower ratio (seed 003): LinkedIn's displayed follower count
// includes every connection, so the people who follow without being
// connected are displayed followers − connections, and the ratio is that
// over connections. A typical profile has 5–10 %: 100 connections → 5–10
// true followers, 500 → 25–50, 1,000 → 50–100, 10,000 → 500–1,000,
// 50,000 → 2,500–5,000.

#include <QList>
#include <optional>

namespace rapport {

struct FollowerRatio
{
    // The typical band, as fractions of connections.
    static constexpr double BandLow = 0.05;
    static constexpr double BandHigh = 0.10;

    enum class Standing { Unknown, Below, Within, Above };

    int displayedFollowers = 0;
    int connections = 0;
    int trueFollowers = 0;       // displayed − connections, never below 0
    std::optional<double> ratio; // trueFollowers ÷ connections; nullopt with no connections
    int bandLowFollowers = 0;    // 5 % of connections
    int bandHighFollowers = 0;   // 10 % of connections
    Standing standing = Standing::Unknown;

    static FollowerRatio compute(int displayedFollowers, int connections);

    // The seed's table: connections and the typical true followers.
    struct BandRow
    {
        int connections;
        int low;
        int high;
    };
    static QList<BandRow> bandTable();
};

} // namespace rapport
