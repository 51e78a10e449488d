#pragma once

// rapport-cli engage: logs one engagement event (a follow, comment, share,
// profile view or like) for a contact, optionally on a post or article, and
// reports the contact's resulting tier.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class EngageCommand
{
    Q_DECLARE_TR_FUNCTIONS(EngageCommand)

public:
    explicit EngageCommand(CliSession &session);

    // `args` follow the word "engage". Returns the exit code.
    int run(const QStringList &args);
    // How to call engage, for --help.
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
