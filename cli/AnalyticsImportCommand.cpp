#include "AnalyticsImportCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "io/AnalyticsImporter.h"
#include "io/AnalyticsWorkbookReader.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

AnalyticsImportCommand::AnalyticsImportCommand(CliSession &session)
    : m_session(session)
{}

QString AnalyticsImportCommand::synopsis()
{
    return tr("import analytics FILE.xlsx\n"
              "    Imports LinkedIn's analytics workbook (Analytics > Export, past 365 days):\n"
              "    daily impressions and engagements, followers per day (they fill the weekly\n"
              "    followers of weeks you did not type), the top posts as content with\n"
              "    their numbers, and the audience. All or nothing; the same workbook again\n"
              "    changes nothing; where two workbooks disagree about a day the later one\n"
              "    wins.\n");
}

int AnalyticsImportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QString usage = CliSession::usage(synopsis());
    if (const auto stop = m_session.parse(parser, u"import analytics"_s, args, usage))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(
            tr("import analytics: give the analytics workbook (.xlsx) to import."), usage);
    if (words.size() > 1)
        return m_session.usageError(tr("import analytics: unexpected \"%1\".").arg(words.at(1)),
                                    usage);
    const QString path = words.first();

    // The workbook is read before the database is opened, so a wrong file
    // never creates or touches a database.
    AnalyticsWorkbookData data;
    QString error;
    if (!AnalyticsWorkbookReader::read(path, &data, &error))
        return m_session.failure(error);
    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    AnalyticsImportReport report;
    if (!AnalyticsImporter(*database).run(data, path, &report, &error))
        return m_session.failure(error);
    if (m_session.json())
        m_session.output().printJson(report.toJson());
    else
        m_session.output().print(report.toText());
    return ExitSuccess;
}

} // namespace rapport
