#pragma once

// rapport-cli import linkedin PATH: imports LinkedIn's data export (the ZIP,
// its extracted folder or one of its CSV files), all or nothing, and prints
// what it did.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    explicit ImportCommand(CliSession &session);

    // `args` follow the word "import". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    int importLinkedIn(const QString &path);

    CliSession &m_session;
};

} // namespace rapport
