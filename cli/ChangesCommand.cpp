#include "ChangesCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "db/Database.h"
#include "store/ExportChangeStore.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace rapport {

ChangesCommand::ChangesCommand(CliSession &session)
    : m_session(session)
{}

QString ChangesCommand::synopsis()
{
    return tr("changes\n"
              "    What changed between the latest LinkedIn data export imported and the one\n"
              "    before: new connections, no longer connected, job changes (old \u2192 new),\n"
              "    invitations accepted and new messages, each with the contact's id.");
}

int ChangesCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto stop =
            m_session.parse(parser, u"changes"_s, args, CliSession::usage(synopsis())))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("changes: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            CliSession::usage(synopsis()));
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    QString error;
    const ExportChanges changes = ExportChangeStore(*database).latest(&error);
    if (!error.isEmpty())
        return m_session.failure(error);
    if (m_session.json()) {
        m_session.output().printJson(changes.toJson());
        return ExitSuccess;
    }
    QStringList lines{changes.headline()};
    for (ExportChange::Kind kind : ExportChanges::kinds()) {
        const QList<ExportChange> group = changes.of(kind);
        if (group.isEmpty())
            continue;
        lines << QString() << tr("%1 (%2)").arg(ExportChanges::groupTitle(kind)).arg(group.size());
        for (const ExportChange &c : group) {
            const QString detail = ExportChanges::detail(c);
            lines << (detail.isEmpty()
                          ? tr("  #%1 %2").arg(c.contactId).arg(c.name)
                          : tr("  #%1 %2 \u2014 %3").arg(c.contactId).arg(c.name, detail));
        }
    }
    m_session.output().print(lines.join(u'\n'));
    return ExitSuccess;
}

} // namespace rapport
