#include "ImportCommand.h"

#include "AnalyticsImportCommand.h"
#include "CliSession.h"
#include "CsvImportCommand.h"
#include "ExitCode.h"
#include "ImportUndoCommand.h"
#include "VCardImportCommand.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"

#include <QCommandLineParser>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

ImportCommand::ImportCommand(CliSession &session)
    : m_session(session)
{}

QString ImportCommand::synopsis()
{
    return tr("import linkedin PATH\n"
              "    Imports LinkedIn's data export: the .zip as downloaded, the folder it was\n"
              "    extracted to, or one of its CSV files (Connections, Invitations, messages).\n"
              "    All or nothing; importing the same export again changes nothing.\n") +
           CsvImportCommand::synopsis() + u'\n' + VCardImportCommand::synopsis() + u'\n' +
           AnalyticsImportCommand::synopsis() + u'\n' + ImportUndoCommand::synopsis();
}

int ImportCommand::run(const QStringList &args)
{
    // "import csv" and "import vcard" have options of their own and read
    // the rest themselves.
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--db"_s) {
            ++i;
        } else if (!args.at(i).startsWith(u'-')) {
            if (args.at(i) != u"csv"_s && args.at(i) != u"vcard"_s && args.at(i) != u"undo"_s &&
                args.at(i) != u"analytics"_s)
                break;
            QStringList rest = args;
            rest.removeAt(i);
            if (args.at(i) == u"analytics"_s)
                return AnalyticsImportCommand(m_session).run(rest);
            if (args.at(i) == u"vcard"_s)
                return VCardImportCommand(m_session).run(rest);
            if (args.at(i) == u"undo"_s)
                return ImportUndoCommand(m_session).run(rest);
            return CsvImportCommand(m_session).run(rest);
        }
    }
    QCommandLineParser parser;
    const QString usage = CliSession::usage(synopsis());
    if (const auto stop = m_session.parse(parser, u"import"_s, args, usage))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("import: say what to import: linkedin PATH."), usage);
    if (words.first() != u"linkedin"_s) {
        return m_session.usageError(
            tr("import: cannot import \"%1\"; try: import linkedin PATH.").arg(words.first()),
            usage);
    }
    if (words.size() < 2) {
        return m_session.usageError(
            tr("import linkedin: give the path of the export (the .zip file, its folder or a "
               "CSV file)."),
            usage);
    }
    if (words.size() > 2)
        return m_session.usageError(tr("import linkedin: unexpected \"%1\".").arg(words.at(2)),
                                    usage);
    return importLinkedIn(words.at(1));
}

int ImportCommand::importLinkedIn(const QString &path)
{
    // Check the export before opening the database, so a wrong path never
    // creates or touches a database.
    LinkedInArchive archive;
    QString error;
    if (!archive.open(path, &error))
        return m_session.failure(error);
    Database *database = m_session.database();
    if (!database)
        return ExitFailure;

    LinkedInImporter importer(*database);
    importer.setProgress(m_session.importProgress());
    ImportReport report;
    const bool ok = importer.run(archive, &report, &error);
    return m_session.importResult(ok, report, error);
}

} // namespace rapport
