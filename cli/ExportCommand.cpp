#include "ExportCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "ListOptions.h"
#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/SearchText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// "a, b, c" broken into indented lines that fit a terminal.
QString wrapped(const QStringList &words, const QString &indent)
{
    QStringList lines{indent};
    for (const QString &word : words) {
        const QString piece = word + (&word == &words.last() ? QString() : u","_s);
        if (lines.last().size() + 1 + piece.size() > 78)
            lines << indent;
        if (lines.last().size() > indent.size())
            lines.last() += u' ';
        lines.last() += piece;
    }
    return lines.join(u'\n');
}

QString formatWord(ContactExporter::Format format)
{
    return format == ContactExporter::Format::Csv ? u"csv"_s : u"vcard"_s;
}

} // namespace

ExportCommand::ExportCommand(CliSession &session)
    : m_session(session)
{}

QString ExportCommand::synopsis(ContactExporter::Format format)
{
    const QString filters = tr("[--tier KIND] [--tag T] [--search TEXT]\n"
                               "    [--sort KEY]");
    if (format == ContactExporter::Format::Csv) {
        return u"export csv FILE|- "_s + filters +
               tr(" [--columns a,b,c] [--bom]\n"
                  "    Writes the contacts as CSV (UTF-8, comma-separated, CRLF). --bom adds\n"
                  "    the byte order mark Excel needs to read accents. Cells starting with\n"
                  "    = + - @ tab or ' get a leading ' so spreadsheets do not run them as\n"
                  "    formulas (import csv takes it away again). rapport_id is each\n"
                  "    contact's stable ID: importing the file matches it first.\n"
                  "    Columns (default: all but full_name):\n%1")
                   .arg(wrapped(ContactExporter::columnKeys(), u"      "_s));
    }
    return u"export vcard FILE|- "_s + filters +
           tr("\n"
              "    Writes the contacts as vCard 4.0 cards, one file for all of them, each\n"
              "    with a stable UID (the CSV's rapport_id) and PRODID.");
}

QString ExportCommand::synopsis()
{
    return synopsis(ContactExporter::Format::Csv) + u'\n' +
           synopsis(ContactExporter::Format::VCard) + u'\n' +
           tr("    KEY: %1\n"
              "         (score: highest first; last-contacted is not yet available)\n"
              "    KIND: %2\n"
              "          (contacts whose tier is KIND now, not lapsed)\n"
              "    FILE is replaced only once everything was written. - (or /dev/stdout)\n"
              "    writes to standard output, for a pipe; the summary goes to stderr.")
               .arg(ListOptions::sortNames(QString(9, u' ')),
                    ListOptions::tierNames(QString(10, u' ')));
}

int ExportCommand::run(const QStringList &args)
{
    const QString usageText =
        CliSession::usage(tr("export csv|vcard FILE ...\n\n%1").arg(synopsis()));
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (const auto stop = m_session.parse(parser, u"export"_s, args, usageText))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("export: say which format: csv or vcard."), usageText);
    if (words.first() == u"csv"_s)
        return exportTo(ContactExporter::Format::Csv, words.mid(1));
    if (words.first() == u"vcard"_s)
        return exportTo(ContactExporter::Format::VCard, words.mid(1));
    return m_session.usageError(
        tr("export: there is no format \"%1\". Use csv or vcard.").arg(words.first()), usageText);
}

int ExportCommand::exportTo(ContactExporter::Format format, const QStringList &args)
{
    const bool csv = format == ContactExporter::Format::Csv;
    const QString command = u"export "_s + formatWord(format);
    const QString usageText = CliSession::usage(synopsis(format));
    QCommandLineParser parser;
    parser.addOptions({
        {u"tier"_s, tr("Only contacts of this engagement tier."), tr("KIND")},
        {u"tag"_s, tr("Only contacts with this tag."), tr("T")},
        {u"search"_s, tr("Only contacts matching this text."), tr("TEXT")},
        {u"sort"_s, tr("The order."), tr("KEY")},
    });
    if (csv) {
        parser.addOptions({
            {u"columns"_s, tr("The columns, comma-separated."), tr("a,b,c")},
            {u"bom"_s, tr("Start with a byte order mark, for Excel.")},
        });
    }
    if (const auto stop = m_session.parse(parser, command, args, usageText))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return m_session.usageError(tr("%1: say which file to write, for example contacts.%2.")
                                        .arg(command, csv ? u"csv"_s : u"vcf"_s),
                                    usageText);
    }
    if (positional.size() > 1) {
        return m_session.usageError(
            tr("%1: unexpected \"%2\". Give one file (quote a name with spaces).")
                .arg(command, positional.at(1)),
            usageText);
    }
    const QString path = positional.first();

    ContactExporter::Options options;
    options.format = format;
    options.query.tag = parser.value(u"tag"_s).simplified();
    if (parser.isSet(u"search"_s)) {
        options.query.search = parser.value(u"search"_s);
        if (SearchText::toMatchExpression(options.query.search).isEmpty()) {
            return m_session.usageError(
                tr("%1: --search needs text with at least one letter or digit.").arg(command),
                usageText);
        }
    }
    QString unavailable;
    if (parser.isSet(u"sort"_s)) {
        QString message;
        switch (ListOptions::readSort(parser.value(u"sort"_s), options.query, &message)) {
        case ListOptions::Reading::Ok:
            break;
        case ListOptions::Reading::BadUsage:
            return m_session.usageError(tr("%1: %2").arg(command, message), usageText);
        case ListOptions::Reading::NotYetAvailable:
            unavailable = message;
            break;
        }
    }
    if (parser.isSet(u"tier"_s)) {
        QString message;
        if (!ListOptions::readTier(parser.value(u"tier"_s), options.query, &message))
            return m_session.usageError(tr("%1: %2").arg(command, message), usageText);
    }
    if (csv) {
        options.byteOrderMark = parser.isSet(u"bom"_s);
        if (parser.isSet(u"columns"_s)) {
            for (const QString &key : parser.value(u"columns"_s).split(u',')) {
                if (!key.trimmed().isEmpty())
                    options.columns << key.trimmed();
            }
            QString error;
            if (!ContactExporter::checkColumns(options.columns, &error)) {
                return m_session.usageError(tr("%1: --columns: %2").arg(command, error), usageText);
            }
        }
    }
    if (!unavailable.isEmpty())
        return m_session.failure(unavailable);

    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    ContactStore store(*database);
    CliOutput &output = m_session.output();
    const bool showProgress = output.errorIsTerminal();
    qint64 exported = 0;
    QString error;
    const auto progress = [&](qint64 done, qint64 total) {
        if (showProgress)
            output.progress(tr("Exported %1 of %2 contacts...").arg(done).arg(total));
        return true;
    };
    // "-" is standard output; a device or pipe such as /dev/stdout is
    // written directly. Either way stdout carries the export only, and the
    // summary goes to stderr.
    const bool toStdout = path == u"-"_s;
    const QFileInfo target(path);
    const bool toStream = toStdout || path == u"/dev/stdout"_s || path == u"/dev/stderr"_s ||
                          (target.exists() && !target.isFile() && !target.isDir());
    const ContactExporter exporter(store);
    bool ok = false;
    if (toStdout) {
        std::fflush(stdout);
#ifdef Q_OS_WIN
        // CRLF stays CRLF: text mode would add a second CR.
        _setmode(_fileno(stdout), _O_BINARY);
#endif
        QFile out;
        ok = out.open(stdout, QIODevice::WriteOnly);
        if (!ok)
            error = tr("Could not write to standard output: %1.").arg(out.errorString());
        else
            ok = exporter.exportTo(&out, tr("standard output"), options, &exported, &error,
                                   progress);
    } else {
        ok = exporter.exportTo(path, options, &exported, &error, progress);
    }
    output.endProgress();
    if (!ok)
        return m_session.failure(error);
    const QString shownPath = toStdout ? tr("standard output") : QDir::toNativeSeparators(path);
    const QString summary = exported == 1
                                ? tr("Exported 1 contact to %1").arg(shownPath)
                                : tr("Exported %1 contacts to %2").arg(exported).arg(shownPath);
    if (toStream) {
        if (m_session.json())
            output.error(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"exported"_s, exported}, {u"file"_s, shownPath}})
                    .toJson(QJsonDocument::Compact)));
        else
            output.error(summary);
    } else if (m_session.json()) {
        output.printJson(QJsonObject{{u"exported"_s, exported}, {u"file"_s, shownPath}});
    } else {
        output.print(summary);
    }
    return ExitSuccess;
}

} // namespace rapport
