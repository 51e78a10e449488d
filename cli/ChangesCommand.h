#pragma once

// rapport-cli changes: what changed between the latest LinkedIn data
// export imported and the one before (new connections, no longer
// connected, job changes, invitations accepted, new messages), as kept by
// the import; as text grouped by kind, or one JSON document.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class ChangesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangesCommand)

public:
    explicit ChangesCommand(CliSession &session);

    // `args` follow the word "changes". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
