#include "VCardImportCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "io/CsvImporter.h"
#include "io/ImportReport.h"
#include "io/VCardImporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

VCardImportCommand::VCardImportCommand(CliSession &session)
    : m_session(session)
{}

QString VCardImportCommand::synopsis()
{
    return tr("import vcard FILE [--on-duplicate update|skip|create]\n"
              "    Imports the contacts of a vCard file (.vcf, versions 2.1, 3.0 and 4.0: what\n"
              "    Outlook, Gmail, Apple Contacts, Android, Thunderbird and Rapport export).\n"
              "    Names, company, title, e-mail, LinkedIn URL, address (as the location),\n"
              "    notes and categories (as tags) are read; photos are skipped. Duplicates and\n"
              "    the report as for import csv; all or nothing.\n");
}

int VCardImportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QString usage = CliSession::usage(synopsis());
    parser.addOption(
        QCommandLineOption(u"on-duplicate"_s, tr("update, skip or create."), tr("POLICY")));
    if (const auto stop = m_session.parse(parser, u"import vcard"_s, args, usage))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("import vcard: give the vCard file to import."), usage);
    if (words.size() > 1)
        return m_session.usageError(tr("import vcard: unexpected \"%1\".").arg(words.at(1)), usage);
    const QString path = words.first();

    VCardImporter::DuplicatePolicy policy = VCardImporter::DuplicatePolicy::Update;
    if (parser.isSet(u"on-duplicate"_s)) {
        const auto p = CsvImporter::policyFromName(parser.value(u"on-duplicate"_s));
        if (!p) {
            return m_session.usageError(
                tr("import vcard: --on-duplicate \"%1\" is not update, skip or create.")
                    .arg(parser.value(u"on-duplicate"_s)),
                usage);
        }
        policy = *p;
    }

    // Check the file before opening the database, so a wrong path never
    // creates or touches a database.
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return m_session.failure(
            tr("%1 is a folder. Give the vCard (.vcf) file to import.").arg(shown));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return m_session.failure(
            tr("Cannot open %1: %2. Check the path and that you may read the file.")
                .arg(shown, probe.errorString()));
    probe.close();

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    VCardImporter importer(*database);
    importer.setDuplicatePolicy(policy);
    importer.setProgress(m_session.importProgress());
    ImportReport report;
    QString error;
    const bool ok = importer.run(path, &report, &error);
    return m_session.importResult(ok, report, error);
}

} // namespace rapport
