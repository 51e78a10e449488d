#pragma once

// What one rapport-cli run shares between its commands: the global options
// (--db, --json), the output, and the database, opened only once the command
// line is known to be good so that bad usage never creates a file, with its
// stored engagement tiers brought up to today.

#include "CliOutput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace rapport {

struct ImportReport;

class Database;

class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    CliSession();
    ~CliSession();
    CliSession(const CliSession &) = delete;
    CliSession &operator=(const CliSession &) = delete;

    CliOutput &output() { return m_output; }
    bool json() const { return m_json; }

    // --db, --json and --help, accepted before the command and after it.
    static void addGlobalOptions(QCommandLineParser &parser);
    bool takeGlobalOptions(const QCommandLineParser &parser, QString *error);

    // Parses a command's arguments (without the command words). Returns
    // std::nullopt when the command should go on; otherwise the exit code to
    // stop with, after printing the usage for --help or a bad command line.
    std::optional<int> parse(QCommandLineParser &parser, const QString &command,
                             const QStringList &args, const QString &usage);
    // "Usage: rapport-cli [--db PATH] [--json] " and a command's synopsis.
    static QString usage(const QString &synopsis);
    // Reports bad usage: the message, then how to call the command. Returns 2.
    int usageError(const QString &message, const QString &usage);
    // Reports a failed command. Returns 1.
    int failure(const QString &message);

    // For every import command: a progress callback that shows "Importing…
    // N%" on a terminal's stderr (at most five times a second), and the end
    // of the run — the progress line cleared, then the error (exit 1) or the
    // report as JSON or as text after `before` (exit 0).
    std::function<bool(qint64 done, qint64 total)> importProgress();
    int importResult(bool ok, const ImportReport &report, const QString &error,
                     const QStringList &before = {});

    // What a command does with the database: a command that only reads still
    // works when the tiers cannot be brought up to date (it says so and shows
    // them as of the last update); one that writes stops.
    enum class Access { Read, Write };

    // Opens the database on first use and brings the stored tiers up to
    // today; nullptr after reporting why it could not. A new database is
    // created only in a folder that exists (then said on stderr).
    Database *database(Access access = Access::Write);
    // The file --db names, or the default database.
    QString databasePath() const;

private:
    // Whether a database may be created at `path`, which does not exist yet:
    // only in a folder that does (the default database's folder is made).
    bool mayCreate(const QString &path, QString *error) const;

    CliOutput m_output;
    bool m_json = false;
    bool m_importProgressShown = false;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
};

} // namespace rapport
