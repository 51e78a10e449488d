#pragma once

// rapport-cli value log: records value the user offered a contact first (a
// how-to, an introduction, a recommendation, an endorsement), the way
// DOMAIN.md asks: be the one to offer value first.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class ValueCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValueCommand)

public:
    explicit ValueCommand(CliSession &session);

    // `args` follow the word "value". Returns the exit code.
    int run(const QStringList &args);
    // How to call value, for --help.
    static QString synopsis();

private:
    int log(const QStringList &args);

    CliSession &m_session;
};

} // namespace rapport
