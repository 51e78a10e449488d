#include "CliApplication.h"

#include "BackupCommand.h"
#include "ChangesCommand.h"
#include "CheckCommand.h"
#include "CliSession.h"
#include "ContactsCommand.h"
#include "ContentCommand.h"
#include "DemoCommand.h"
#include "EngageCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "OutreachCommand.h"
#include "QueueCommand.h"
#include "SettingsCommand.h"
#include "SnapshotCommand.h"
#include "StatsCommand.h"
#include "ValueCommand.h"
#include "db/Database.h"
#include "settings/AppIdentity.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString indented(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.prepend(u"  "_s);
    }
    return lines.join(u'\n');
}

} // namespace

QString CliApplication::usage()
{
    return tr("Usage: rapport-cli [--db PATH] [--json] COMMAND [ARGS]\n"
              "\n"
              "Works on the same contacts database as the Rapport window.\n"
              "\n"
              "Options (before or after the command):\n"
              "  --db PATH    the database file; a missing file is created\n"
              "               (default: %1)\n"
              "  --json       print one JSON document on stdout\n"
              "  -h, --help   show this help, or a command's usage after the command\n"
              "  --version    show the version\n"
              "\n"
              "Commands:\n"
              "%2\n"
              "%3\n"
              "%4\n"
              "%5\n"
              "%6\n"
              "%7\n"
              "%8\n"
              "%9\n"
              "%10\n"
              "%11\n"
              "%12\n"
              "%13\n"
              "%14\n"
              "%15\n"
              "%17\n"
              "\n"
              "%16\n"
              "\n"
              "Exit status: 0 success, 1 the command failed (data unchanged), 2 bad usage.")
        .arg(QDir::toNativeSeparators(Database::defaultPath()),
             indented(ContactsCommand::synopsis()), indented(EngageCommand::synopsis()),
             indented(ContentCommand::synopsis()), indented(OutreachCommand::synopsis()),
             indented(QueueCommand::synopsis()), indented(ValueCommand::synopsis()),
             indented(StatsCommand::synopsis()), indented(DemoCommand::synopsis()),
             indented(CheckCommand::synopsis()), indented(ExportCommand::synopsis()),
             indented(ImportCommand::synopsis()), indented(SnapshotCommand::synopsis()),
             indented(BackupCommand::synopsis()), indented(SettingsCommand::synopsis()),
             ContactsCommand::argumentNote(), indented(ChangesCommand::synopsis()));
}

QString CliApplication::briefUsage()
{
    return tr("Usage: rapport-cli [--db PATH] [--json] COMMAND [ARGS]\n"
              "Commands: contacts add|edit|show|list|search|delete, engage KIND CONTACT,\n"
              "content add|metrics|list, outreach log|outcome|list, value log,\n"
              "queue [done|skip|never|snooze|reopen], snapshot add|list,\n"
              "stats [inmail|invitations|ratio|content|network|tiers|funnel],\n"
              "settings list|get|set, demo, check, export csv|vcard,\n"
              "import linkedin|csv|vcard|analytics|undo, changes, backup create|list|restore.");
}

int CliApplication::run(const QStringList &args)
{
    CliSession session;
    QCommandLineParser parser;
    // The first word that is not an option is the command; what follows is
    // the command's to read.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CliSession::addGlobalOptions(parser);
    parser.addOption(QCommandLineOption(u"version"_s, tr("Show the version.")));
    if (!parser.parse(args.isEmpty() ? QStringList{u"rapport-cli"_s} : args))
        return session.usageError(parser.errorText(), briefUsage());
    if (parser.isSet(u"help"_s)) {
        session.output().print(usage());
        return ExitSuccess;
    }
    if (parser.isSet(u"version"_s)) {
        session.output().print(u"rapport-cli "_s + AppIdentity::version());
        return ExitSuccess;
    }
    QString error;
    if (!session.takeGlobalOptions(parser, &error))
        return session.usageError(error, briefUsage());

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return session.usageError(tr("Say which command to run."), briefUsage());
    const QString command = words.first();
    const QStringList rest = words.mid(1);
    if (command == u"contacts"_s)
        return ContactsCommand(session).run(rest);
    if (command == u"engage"_s)
        return EngageCommand(session).run(rest);
    if (command == u"content"_s)
        return ContentCommand(session).run(rest);
    if (command == u"outreach"_s)
        return OutreachCommand(session).run(rest);
    if (command == u"queue"_s)
        return QueueCommand(session).run(rest);
    if (command == u"value"_s)
        return ValueCommand(session).run(rest);
    if (command == u"stats"_s)
        return StatsCommand(session).run(rest);
    if (command == u"snapshot"_s)
        return SnapshotCommand(session).run(rest);
    if (command == u"settings"_s)
        return SettingsCommand(session).run(rest);
    if (command == u"demo"_s)
        return DemoCommand(session).run(rest);
    if (command == u"check"_s)
        return CheckCommand(session).run(rest);
    if (command == u"export"_s)
        return ExportCommand(session).run(rest);
    if (command == u"import"_s)
        return ImportCommand(session).run(rest);
    if (command == u"backup"_s)
        return BackupCommand(session).run(rest);
    if (command == u"changes"_s)
        return ChangesCommand(session).run(rest);
    if (command == u"help"_s) {
        session.output().print(usage());
        return ExitSuccess;
    }
    return session.usageError(
        tr("There is no command \"%1\". The commands are contacts, engage, content, outreach, "
           "queue, value, snapshot, stats, settings, demo, check, export, import, changes and "
           "backup.")
            .arg(command),
        briefUsage());
}

} // namespace rapport
