#pragma once

// rapport-cli check: asks SQLite whether the database file is intact, so a
// backup script can stop before copying a damaged file.

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
