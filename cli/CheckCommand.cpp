#include "CheckCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "db/Database.h"
#include "store/BackupStore.h"
#include "store/IntegrityCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QJsonArray problemsJson(const IntegrityCheck::Report &report)
{
    QJsonArray array = QJsonArray::fromStringList(report.fileProblems);
    for (const IntegrityCheck::Problem &p : report.derived)
        array.append(p.text);
    return array;
}

QJsonArray derivedJson(const IntegrityCheck::Report &report)
{
    QJsonArray array;
    for (const IntegrityCheck::Problem &p : report.derived) {
        array.append(QJsonObject{{u"area"_s, p.key()}, {u"count"_s, p.count}, {u"text"_s, p.text}});
    }
    return array;
}

} // namespace

CheckCommand::CheckCommand(CliSession &session)
    : m_session(session)
{}

QString CheckCommand::synopsis()
{
    return tr("check [--repair]\n"
              "    Checks that the database file is intact and that its search index, tiers,\n"
              "    summaries, counts and scores match the contacts and events; exits with 1\n"
              "    when not. --repair rebuilds the search index and the derived values\n"
              "    found wrong, in one step, and says what it fixed.");
}

int CheckCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"repair"_s, tr("Rebuild what is found wrong.")));
    if (const auto stop = m_session.parse(parser, u"check"_s, args, CliSession::usage(synopsis())))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("check: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            CliSession::usage(synopsis()));
    }
    const bool repair = parser.isSet(u"repair"_s);
    // Checking a mistyped path must not create a fresh, "intact" database.
    if (!QFileInfo::exists(m_session.databasePath())) {
        return m_session.failure(tr("There is no database at %1. Check the --db path.")
                                     .arg(QDir::toNativeSeparators(
                                         QFileInfo(m_session.databasePath()).absoluteFilePath())));
    }
    Database *database =
        m_session.database(repair ? CliSession::Access::Write : CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    const QString name = QDir::toNativeSeparators(database->path());
    IntegrityCheck check(*database);
    IntegrityCheck::Report report;
    QString error;
    if (!check.check(&report, &error))
        return m_session.failure(tr("Could not check %1: %2").arg(name, error));

    QStringList fixed;
    IntegrityCheck::Report before;
    if (repair && report.fileProblems.isEmpty() && !report.derived.isEmpty()) {
        if (!check.repair(report, &fixed, &error))
            return m_session.failure(error);
        before = report;
        // What is left after the rebuild is what the exit status reports.
        if (!check.check(&report, &error))
            return m_session.failure(tr("Could not check %1: %2").arg(name, error));
    }

    const bool intact = report.intact();
    if (m_session.json()) {
        QJsonObject object{{u"ok"_s, intact},
                           {u"problems"_s, problemsJson(report)},
                           {u"file_damaged"_s, !report.fileProblems.isEmpty()},
                           {u"derived"_s, derivedJson(report)}};
        if (repair) {
            object.insert(u"repaired"_s, QJsonArray::fromStringList(fixed));
            object.insert(u"found"_s, derivedJson(before));
        }
        m_session.output().printJson(object);
    } else {
        for (const IntegrityCheck::Problem &p : std::as_const(before.derived))
            m_session.output().print(tr("Found: %1.").arg(p.text));
        for (const QString &line : std::as_const(fixed))
            m_session.output().print(tr("Repaired: %1.").arg(line));
        if (intact)
            m_session.output().print(tr("%1 is intact.").arg(name));
    }
    if (intact)
        return ExitSuccess;
    for (const QString &problem : std::as_const(report.fileProblems))
        m_session.output().error(problem);
    if (!report.fileProblems.isEmpty()) {
        return m_session.failure(
            tr("%1 is damaged (%2 problems found). Restore it from a "
               "backup: rapport-cli backup list (they are in %3).")
                .arg(name, QString::number(report.fileProblems.size() + report.derived.size()),
                     QDir::toNativeSeparators(BackupStore::folderFor(database->path()))));
    }
    for (const IntegrityCheck::Problem &p : std::as_const(report.derived))
        m_session.output().error(p.text);
    if (repair) {
        return m_session.failure(tr("%1 still has %2 problem(s) after the repair. Restore it from "
                                    "a backup.")
                                     .arg(name)
                                     .arg(report.derived.size()));
    }
    return m_session.failure(tr("%1 has %2 problem(s) in data derived from the contacts and "
                                "events; the contacts and events themselves are intact. Run "
                                "\"rapport-cli check --repair\" to rebuild it.")
                                 .arg(name)
                                 .arg(report.derived.size()));
}

} // namespace rapport
