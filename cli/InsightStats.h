#pragma once

// The Insights sections of rapport-cli stats: the true-follower ratio, the
// contacts per engagement tier, posts versus articles, the network review
// with the network score, and the monthly outreach funnel — the numbers the
// Insights page shows, from the same core functions, in words for people and
// JSON for scripts.

#include <QCoreApplication>

namespace rapport {

class CliSession;
class Database;

class InsightStats
{
    Q_DECLARE_TR_FUNCTIONS(InsightStats)

public:
    InsightStats(CliSession &session, Database &database);

    int ratio();
    int tiers();
    int content();
    int network();
    // The last `months` months, this one included, as the Insights page's
    // outreach funnel.
    int funnel(int months);

private:
    CliSession &m_session;
    Database &m_db;
};

} // namespace rapport
