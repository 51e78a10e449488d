#pragma once

// rapport-cli import analytics FILE.xlsx: imports LinkedIn's analytics
// workbook (AnalyticsImporter), all or nothing; the same workbook again
// changes nothing.

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class AnalyticsImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsImportCommand)

public:
    explicit AnalyticsImportCommand(CliSession &session);

    // `args` follow the words "import analytics". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    CliSession &m_session;
};

} // namespace rapport
