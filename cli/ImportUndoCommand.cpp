#include "ImportUndoCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "store/ImportUndo.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

ImportUndoCommand::ImportUndoCommand(CliSession &session)
    : m_session(session)
{}

QString ImportUndoCommand::synopsis()
{
    return tr("import undo [ID]\n"
              "    Undoes the last import (or import ID): back to the backup made just\n"
              "    before it when nothing changed since; otherwise removes what it added\n"
              "    and puts back what it changed, keeping later edits.");
}

int ImportUndoCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QString usage = CliSession::usage(synopsis());
    if (const auto stop = m_session.parse(parser, u"import undo"_s, args, usage))
        return *stop;
    const QStringList words = parser.positionalArguments();
    qint64 id = 0;
    if (words.size() > 1)
        return m_session.usageError(tr("import undo: unexpected \"%1\".").arg(words.at(1)), usage);
    if (words.size() == 1) {
        bool ok = false;
        id = words.first().toLongLong(&ok);
        if (!ok || id <= 0) {
            return m_session.usageError(
                tr("import undo: \"%1\" is not an import number.").arg(words.first()), usage);
        }
    }
    ImportUndo::Outcome outcome;
    QString error;
    if (!ImportUndo::undo(m_session.databasePath(), id, &outcome, &error))
        return m_session.failure(error);
    if (m_session.json()) {
        m_session.output().printJson(QJsonObject{
            {u"import"_s, outcome.run.id},
            {u"source"_s, QDir::toNativeSeparators(outcome.run.source)},
            {u"how"_s, outcome.fromSnapshot ? u"backup"_s : u"journal"_s},
            {u"backup"_s, outcome.run.backupFile},
            {u"kept_aside"_s, QDir::toNativeSeparators(outcome.keptAside.path)},
            {u"contacts_removed"_s, outcome.contactsRemoved},
            {u"contacts_restored"_s, outcome.contactsRestored},
            {u"outreach_removed"_s, outcome.outreachRemoved},
            {u"outreach_restored"_s, outcome.outreachRestored},
            {u"edits_kept"_s, outcome.editsKept},
        });
    } else {
        m_session.output().print(outcome.summary());
    }
    return ExitSuccess;
}

} // namespace rapport
