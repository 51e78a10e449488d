#pragma once

// rapport-cli snapshot: the weekly numbers read off LinkedIn (followers,
// connections, profile views, search appearances, network size), added or
// corrected for a week, and listed as history with the true-follower ratio.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;
struct NetworkSnapshot;

class SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)

public:
    explicit SnapshotCommand(CliSession &session);

    // `args` follow the word "snapshot". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    int add(const QStringList &args);
    int list(const QStringList &args);

    CliSession &m_session;
};

} // namespace rapport
