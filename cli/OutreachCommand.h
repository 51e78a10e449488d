#pragma once

// rapport-cli outreach log|outcome|list: the messages, InMails, invitations,
// e-mails and calls the user sent or received, and how each one went.
// Rapport never sends anything; this records what the user did.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class OutreachCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommand)

public:
    explicit OutreachCommand(CliSession &session);

    // `args` follow the word "outreach". Returns the exit code.
    int run(const QStringList &args);
    // How to call each outreach command, for --help.
    static QString synopsis();

private:
    static QString synopsis(const QString &subcommand);
    static QString usage(const QString &subcommand);

    int log(const QStringList &args);
    int outcome(const QStringList &args);
    int list(const QStringList &args);

    CliSession &m_session;
};

} // namespace rapport
