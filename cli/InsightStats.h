#pragma once

// The Insights sections of rapport-cli stats: the true-follower ratio, the
// contacts per engagement tier, posts versus articles, and the network
// review — in words for people and JSON for scripts.

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

private:
    CliSession &m_session;
    Database &m_db;
};

} // namespace rapport
