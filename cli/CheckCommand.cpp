#include "CheckCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "db/Database.h"
#include "store/BackupStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

CheckCommand::CheckCommand(CliSession &session)
    : m_session(session)
{}

QString CheckCommand::synopsis()
{
    return tr("check\n"
              "    Checks that the database file is intact; exits with 1 when it is not.");
}

int CheckCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto stop = m_session.parse(parser, u"check"_s, args, CliSession::usage(synopsis())))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        return m_session.usageError(
            tr("check: unexpected \"%1\".").arg(parser.positionalArguments().first()),
            CliSession::usage(synopsis()));
    }
    // Checking a mistyped path must not create a fresh, "intact" database.
    if (!QFileInfo::exists(m_session.databasePath())) {
        return m_session.failure(tr("There is no database at %1. Check the --db path.")
                                     .arg(QDir::toNativeSeparators(
                                         QFileInfo(m_session.databasePath()).absoluteFilePath())));
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    const QString name = QDir::toNativeSeparators(database->path());
    QSqlQuery query(database->connection());
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        return m_session.failure(
            tr("Could not check %1. Restore it from a backup: "
               "rapport-cli backup list (they are in %2).")
                .arg(name, QDir::toNativeSeparators(BackupStore::folderFor(database->path()))));
    }
    QStringList problems;
    while (query.next()) {
        // SQLite packs several findings into one row, under a heading per
        // schema; one finding per line reads and counts better.
        const QStringList lines = query.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (!line.startsWith(u"***"_s))
                problems << line;
        }
    }
    const bool intact = problems == QStringList{u"ok"_s};
    if (intact)
        problems.clear();
    if (m_session.json()) {
        m_session.output().printJson(
            QJsonObject{{u"ok"_s, intact}, {u"problems"_s, QJsonArray::fromStringList(problems)}});
    } else if (intact) {
        m_session.output().print(tr("%1 is intact.").arg(name));
    }
    if (!intact) {
        for (const QString &problem : std::as_const(problems))
            m_session.output().error(problem);
        return m_session.failure(
            tr("%1 is damaged (%2 problems found). Restore it from a "
               "backup: rapport-cli backup list (they are in %3).")
                .arg(name, QString::number(problems.size()),
                     QDir::toNativeSeparators(BackupStore::folderFor(database->path()))));
    }
    return ExitSuccess;
}

} // namespace rapport
