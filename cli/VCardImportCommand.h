#pragma once

// rapport-cli import vcard FILE: imports the contacts of a vCard file (2.1,
// 3.0 or 4.0, as address books export them), all or nothing, with the
// duplicate policy and report of `import csv`.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class VCardImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(VCardImportCommand)

public:
    explicit VCardImportCommand(CliSession &session);

    // `args` follow the words "import vcard". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
