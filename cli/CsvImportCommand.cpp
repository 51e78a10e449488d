#include "CsvImportCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "io/CsvColumnMapping.h"
#include "io/CsvImporter.h"
#include "io/ImportReport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// ",", ";", a tab, or their names; std::nullopt for anything else.
std::optional<QChar> delimiterFrom(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"tab"_s || t == u"\\t"_s || text == u"\t"_s)
        return QChar(u'\t');
    if (t == u"comma"_s || text == u","_s)
        return QChar(u',');
    if (t == u"semicolon"_s || text == u";"_s)
        return QChar(u';');
    if (t == u"pipe"_s || text == u"|"_s)
        return QChar(u'|');
    return std::nullopt;
}

} // namespace

CsvImportCommand::CsvImportCommand(CliSession &session)
    : m_session(session)
{}

QString CsvImportCommand::synopsis()
{
    return tr("import csv FILE [--preset google|outlook] [--map COLUMN=FIELD]...\n"
              "           [--delimiter ,|;|tab] [--on-duplicate update|skip|create]\n"
              "    Imports contacts from a CSV file; the first row names the columns. Columns\n"
              "    are matched to fields by their names; --preset reads a Google Contacts or\n"
              "    Outlook export; --map COLUMN=FIELD (a column's name or number) sets one.\n"
              "    FIELD: %1.\n"
              "    A contact already known (its Rapport ID from an export, else its profile\n"
              "    URL, else its name and company when no e-mail or ID says otherwise) is\n"
              "    updated with the file's non-empty fields (default), skipped, or created\n"
              "    again. All or nothing; rows without a first name are skipped and listed.")
        .arg(CsvColumnMapping::fieldKeys().join(u", "_s));
}

int CsvImportCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QString usage = CliSession::usage(synopsis());
    parser.addOption(
        QCommandLineOption(u"map"_s, tr("A column and its field."), tr("COLUMN=FIELD")));
    parser.addOption(QCommandLineOption(u"delimiter"_s, tr("The field delimiter."), tr("C")));
    parser.addOption(
        QCommandLineOption(u"on-duplicate"_s, tr("update, skip or create."), tr("POLICY")));
    parser.addOption(QCommandLineOption(u"preset"_s, tr("google or outlook."), tr("NAME")));
    if (const auto stop = m_session.parse(parser, u"import csv"_s, args, usage))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("import csv: give the CSV file to import."), usage);
    if (words.size() > 1)
        return m_session.usageError(tr("import csv: unexpected \"%1\".").arg(words.at(1)), usage);
    const QString path = words.first();

    CsvImporter::DuplicatePolicy policy = CsvImporter::DuplicatePolicy::Update;
    if (parser.isSet(u"on-duplicate"_s)) {
        const auto p = CsvImporter::policyFromName(parser.value(u"on-duplicate"_s));
        if (!p) {
            return m_session.usageError(
                tr("import csv: --on-duplicate \"%1\" is not update, skip or create.")
                    .arg(parser.value(u"on-duplicate"_s)),
                usage);
        }
        policy = *p;
    }
    QChar delimiter;
    if (parser.isSet(u"delimiter"_s)) {
        const auto d = delimiterFrom(parser.value(u"delimiter"_s));
        if (!d) {
            return m_session.usageError(
                tr("import csv: --delimiter \"%1\" is not one of , ; tab |. Leave it out to "
                   "detect comma, semicolon or tab.")
                    .arg(parser.value(u"delimiter"_s)),
                usage);
        }
        delimiter = *d;
    }
    std::optional<CsvColumnMapping::Preset> preset;
    if (parser.isSet(u"preset"_s)) {
        preset = CsvColumnMapping::presetFromName(parser.value(u"preset"_s));
        if (!preset) {
            return m_session.usageError(tr("import csv: there is no preset \"%1\"; use %2.")
                                            .arg(parser.value(u"preset"_s),
                                                 CsvColumnMapping::presetNames().join(tr(" or "))),
                                        usage);
        }
    }
    const QStringList maps = parser.values(u"map"_s);
    QString error;
    // The form of every --map, before the file is read: bad usage never
    // depends on the file.
    if (!CsvColumnMapping::checkOverrides(maps, &error))
        return m_session.usageError(tr("import csv: %1").arg(error), usage);

    // Read the header before opening the database, so a wrong path never
    // creates or touches a database.
    CsvImporter::Preview preview;
    if (!CsvImporter::preview(path, 20, &preview, &error, delimiter))
        return m_session.failure(error);
    CsvColumnMapping mapping = preset ? CsvColumnMapping::preset(*preset, preview.headers)
                                      : CsvColumnMapping::automatic(preview.headers, preview.rows);
    if (!mapping.applyOverrides(maps, preview.headers, &error))
        return m_session.usageError(tr("import csv: %1").arg(error), usage);
    if (!mapping.hasNameColumn()) {
        QStringList found;
        for (int i = 0; i < preview.headers.size(); ++i)
            found << tr("%1 \"%2\"").arg(i + 1).arg(preview.headers.at(i));
        return m_session.failure(
            tr("%1: no column holds first names (or full names). Its columns are: %2. Say "
               "which one does with --map, for example --map \"%3=first_name\" or --map "
               "1=full_name.")
                .arg(QDir::toNativeSeparators(path), found.join(u", "_s),
                     preview.headers.value(0)));
    }

    Database *database = m_session.database();
    if (!database)
        return ExitFailure;
    CsvImporter importer(*database);
    importer.setDelimiter(delimiter);
    importer.setMapping(mapping);
    importer.setDuplicatePolicy(policy);
    importer.setProgress(m_session.importProgress());
    ImportReport report;
    const bool ok = importer.run(path, &report, &error);
    QStringList used;
    for (int i = 0; i < preview.headers.size(); ++i) {
        if (mapping.field(i) != CsvColumnMapping::Field::Ignore)
            used << tr("%1 → %2").arg(preview.headers.at(i),
                                      CsvColumnMapping::fieldKey(mapping.field(i)));
    }
    return m_session.importResult(ok, report, error, {tr("Columns: %1").arg(used.join(u", "_s))});
}

} // namespace rapport
