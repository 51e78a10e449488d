#include "CliSession.h"

#include "ExitCode.h"
#include "db/Database.h"
#include "io/ImportReport.h"
#include "store/DerivedState.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

CliSession::CliSession() = default;

CliSession::~CliSession() = default;

void CliSession::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"db"_s, tr("The database file."), tr("PATH")));
    parser.addOption(QCommandLineOption(u"json"_s, tr("Print one JSON document on stdout.")));
    parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, tr("Show the usage.")));
}

bool CliSession::takeGlobalOptions(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(u"db"_s)) {
        m_databasePath = parser.value(u"db"_s);
        if (m_databasePath.trimmed().isEmpty()) {
            *error = tr("--db needs a file name, for example --db ~/rapport.sqlite.");
            return false;
        }
    }
    if (parser.isSet(u"json"_s))
        m_json = true;
    return true;
}

std::optional<int> CliSession::parse(QCommandLineParser &parser, const QString &command,
                                     const QStringList &args, const QString &usage)
{
    addGlobalOptions(parser);
    if (!parser.parse(QStringList{u"rapport-cli"_s} + args))
        return usageError(tr("%1: %2").arg(command, parser.errorText()), usage);
    if (parser.isSet(u"help"_s)) {
        m_output.print(usage);
        return ExitSuccess;
    }
    QString error;
    if (!takeGlobalOptions(parser, &error))
        return usageError(error, usage);
    return std::nullopt;
}

QString CliSession::usage(const QString &synopsis)
{
    return tr("Usage: rapport-cli [--db PATH] [--json] %1").arg(synopsis);
}

int CliSession::usageError(const QString &message, const QString &usage)
{
    m_output.error(tr("rapport-cli: %1").arg(message));
    m_output.error(usage);
    m_output.error(tr("Run \"rapport-cli --help\" to see all commands."));
    return ExitUsage;
}

int CliSession::failure(const QString &message)
{
    m_output.error(tr("rapport-cli: %1").arg(message));
    return ExitFailure;
}

std::function<bool(qint64, qint64)> CliSession::importProgress()
{
    if (!m_output.errorIsTerminal())
        return [](qint64, qint64) {
            return true;
        };
    auto sinceShown = std::make_shared<QElapsedTimer>();
    sinceShown->start();
    m_importProgressShown = true;
    return [this, sinceShown](qint64 done, qint64 total) {
        if (total > 0 && sinceShown->elapsed() > 200) {
            m_output.progress(tr("Importing… %1%").arg(qMin<qint64>(100, done * 100 / total)));
            sinceShown->restart();
        }
        return true;
    };
}

int CliSession::importResult(bool ok, const ImportReport &report, const QString &error,
                             const QStringList &before)
{
    if (m_importProgressShown)
        m_output.endProgress();
    m_importProgressShown = false;
    if (!ok)
        return failure(error);
    if (m_json) {
        m_output.printJson(report.toJson());
    } else {
        for (const QString &line : before)
            m_output.print(line);
        m_output.print(report.toText());
    }
    return ExitSuccess;
}

QString CliSession::databasePath() const
{
    return m_databasePath.isEmpty() ? Database::defaultPath() : m_databasePath;
}

bool CliSession::mayCreate(const QString &path, QString *error) const
{
    // The default database lives in the app-data folder, made on first use;
    // a folder named with --db must already be there, so a mistyped path
    // fails instead of creating folders and an empty database.
    if (m_databasePath.isEmpty())
        return true;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const QString folderName = QDir::toNativeSeparators(folder.absoluteFilePath());
    if (!folder.exists()) {
        *error = tr("The folder %1 does not exist, so there is no database at %2 and none was "
                    "created. Check the --db path, or create the folder first to start a new "
                    "database there.")
                     .arg(folderName, QDir::toNativeSeparators(info.absoluteFilePath()));
        return false;
    }
    if (!folder.isDir()) {
        *error = tr("%1 is a file, not a folder, so there can be no database at %2. Check the "
                    "--db path.")
                     .arg(folderName, QDir::toNativeSeparators(info.absoluteFilePath()));
        return false;
    }
    return true;
}

Database *CliSession::database(Access access)
{
    if (m_database)
        return m_database.get();
    auto database = std::make_unique<Database>();
    const QString path = databasePath();
    QString error;
    const bool existed = QFileInfo::exists(path);
    if (!existed && !mayCreate(path, &error)) {
        failure(error);
        return nullptr;
    }
    if (!database->open(path, &error)) {
        failure(error);
        return nullptr;
    }
    if (!existed) {
        // A script that mistyped --db into an existing folder learns it here.
        m_output.error(tr("Created a new database at %1.")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    }
    if (database->isReadOnly()) {
        if (access == Access::Write) {
            failure(tr("%1 is read-only: changes cannot be saved. Nothing was changed; copy it "
                       "to a folder you may write to, or make it writable, and run the command "
                       "again.")
                        .arg(QDir::toNativeSeparators(database->path())));
            return nullptr;
        }
        // Reading works as of the file's last changes: tiers and scores
        // cannot be brought up to date without writing.
        m_database = std::move(database);
        return m_database.get();
    }
    // Tiers depend on the day; a session that sorts, filters or reports them
    // must not use yesterday's. Scores whose facts changed (any earlier
    // write) or whose day passed. A no-op after the first run of the day.
    DerivedState derived(*database);
    if (!derived.bringUpToDate(QDate::currentDate(), &error)) {
        for (const DerivedState::Problem &problem : derived.problems()) {
            const bool tiers = problem.part == DerivedState::Part::Tiers;
            if (access == Access::Write) {
                failure(tiers ? tr("Could not bring the engagement tiers up to date: %1")
                                    .arg(problem.reason)
                              : problem.reason);
                return nullptr;
            }
            m_output.error(tiers ? tr("rapport-cli: could not bring the engagement tiers up to "
                                      "date (%1); they are shown as of their last update.")
                                       .arg(problem.reason)
                                 : tr("rapport-cli: %1; scores are shown as of their last update.")
                                       .arg(problem.reason));
        }
    }
    m_database = std::move(database);
    return m_database.get();
}

} // namespace rapport
