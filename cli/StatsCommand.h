#pragma once

// rapport-cli stats: the numbers that matter for outreach — InMail credits
// and response rates, invitation acceptance and the invitations still
// pending — and the true-follower ratio, in words for people and JSON for
// scripts.

#include <QCoreApplication>
#include <QStringList>

class QJsonObject;

namespace rapport {

class CliSession;
class ContactStore;
struct InMailLedger;
struct InvitationStats;
struct OutreachSettings;

class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    explicit StatsCommand(CliSession &session);

    // `args` follow the word "stats". Returns the exit code.
    int run(const QStringList &args);
    // How to call stats, for --help.
    static QString synopsis();

private:
    static QJsonObject inmailJson(const OutreachSettings &settings, const InMailLedger &ledger);
    static QJsonObject invitationsJson(const InvitationStats &stats, const ContactStore &contacts);
    void printInmail(const OutreachSettings &settings, const InMailLedger &ledger);
    void printInvitations(const InvitationStats &stats, const ContactStore &contacts);

    CliSession &m_session;
};

} // namespace rapport
