#pragma once

// rapport-cli export csv|vcard: writes the contacts of a query (tag, search,
// order) to a CSV or vCard file for spreadsheets, mail merges and address
// books.

#include "io/ContactExporter.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    explicit ExportCommand(CliSession &session);

    // `args` follow the word "export". Returns the exit code.
    int run(const QStringList &args);
    // How to call each export command, for --help.
    static QString synopsis();

private:
    static QString synopsis(ContactExporter::Format format);
    int exportTo(ContactExporter::Format format, const QStringList &args);

    CliSession &m_session;
};

} // namespace rapport
