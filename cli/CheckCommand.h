#pragma once

// rapport-cli check [--repair]: asks SQLite whether the database file is
// intact and IntegrityCheck whether the search index and everything derived
// from events agree with what they are derived from, so a backup script can
// stop before copying a damaged file; --repair rebuilds the derived parts.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    explicit CheckCommand(CliSession &session);

    // `args` follow the word "check". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
