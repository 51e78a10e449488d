#pragma once

// rapport-cli import csv FILE: imports contacts from any CSV file through a
// column mapping (guessed from the header, a Google or Outlook preset, and
// --map), all or nothing, and prints what it did.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class CsvImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(CsvImportCommand)

public:
    explicit CsvImportCommand(CliSession &session);

    // `args` follow the words "import csv". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
