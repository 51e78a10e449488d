#include "BackupCommand.h"

#include "CliSession.h"
#include "ExitCode.h"
#include "db/Database.h"
#include "store/BackupStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QJsonObject toJson(const BackupInfo &b)
{
    return QJsonObject{{u"file"_s, b.fileName},
                       {u"path"_s, QDir::toNativeSeparators(b.path)},
                       {u"created"_s, b.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"reason"_s, BackupInfo::reasonKey(b.reason)},
                       {u"description"_s, b.reasonText()},
                       {u"source"_s, b.source},
                       {u"contacts"_s, b.contacts},
                       {u"bytes"_s, b.size}};
}

QString when(const BackupInfo &b)
{
    return b.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

BackupCommand::BackupCommand(CliSession &session)
    : m_session(session)
{}

QString BackupCommand::synopsis()
{
    return tr("backup create\n"
              "    Makes a backup of the database now (the window makes one every day and\n"
              "    every import makes one first).\n"
              "backup list\n"
              "    Lists the backups, newest first: number, date, reason, contacts, file.\n"
              "backup restore NUMBER|FILE\n"
              "    Puts a backup (its number in the list or its file name) in place of the\n"
              "    database; the database as it was is kept aside as a backup of its own.\n"
              "    Close the Rapport window on this database first.\n"
              "    Backups are kept in the folder \"backups\" next to the database: the last\n"
              "    %1 daily, %2 before imports, %3 made by hand and %4 kept aside.")
        .arg(BackupStore::DailyKept)
        .arg(BackupStore::ImportKept)
        .arg(BackupStore::ManualKept)
        .arg(BackupStore::RestoreKept);
}

int BackupCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QString usage = CliSession::usage(synopsis());
    if (const auto stop = m_session.parse(parser, u"backup"_s, args, usage))
        return *stop;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return m_session.usageError(tr("backup: say what to do: create, list or restore."), usage);
    const QString verb = words.first();
    if (verb == u"restore"_s) {
        if (words.size() != 2) {
            return m_session.usageError(
                tr("backup restore: give the number or file name of one backup (see backup "
                   "list)."),
                usage);
        }
        return restore(words.at(1));
    }
    if (words.size() > 1)
        return m_session.usageError(tr("backup %1: unexpected \"%2\".").arg(verb, words.at(1)),
                                    usage);
    if (verb == u"create"_s)
        return create();
    if (verb == u"list"_s)
        return list();
    return m_session.usageError(
        tr("backup: there is no \"%1\"; try create, list or restore.").arg(verb), usage);
}

int BackupCommand::create()
{
    const QString path = QFileInfo(m_session.databasePath()).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        return m_session.failure(tr("There is no database at %1 to back up. Check the --db path.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    BackupInfo made;
    QString error;
    if (!BackupStore(path).create(*database, BackupInfo::Reason::Manual, QString(), &made, &error))
        return m_session.failure(error);
    if (m_session.json())
        m_session.output().printJson(toJson(made));
    else
        m_session.output().print(tr("Backed up %1 (%2 contacts) to %3.")
                                     .arg(QDir::toNativeSeparators(path),
                                          QString::number(made.contacts),
                                          QDir::toNativeSeparators(made.path)));
    return ExitSuccess;
}

int BackupCommand::list()
{
    const BackupStore store(m_session.databasePath());
    const QList<BackupInfo> backups = store.list();
    if (m_session.json()) {
        QJsonArray array;
        for (const BackupInfo &b : backups)
            array.append(toJson(b));
        m_session.output().printJson(QJsonObject{
            {u"folder"_s, QDir::toNativeSeparators(store.folder())}, {u"backups"_s, array}});
        return ExitSuccess;
    }
    if (backups.isEmpty()) {
        m_session.output().print(
            tr("No backups yet in %1.").arg(QDir::toNativeSeparators(store.folder())));
        return ExitSuccess;
    }
    m_session.output().print(tr("Backups in %1:").arg(QDir::toNativeSeparators(store.folder())));
    for (int i = 0; i < backups.size(); ++i) {
        const BackupInfo &b = backups.at(i);
        const QString contacts =
            b.contacts < 0 ? tr("? contacts") : tr("%1 contacts").arg(b.contacts);
        m_session.output().print(u"%1  %2  %3  %4  %5"_s.arg(i + 1, 2).arg(when(b), b.reasonText(),
                                                                           contacts, b.fileName));
    }
    return ExitSuccess;
}

int BackupCommand::restore(const QString &which)
{
    BackupStore store(m_session.databasePath());
    const std::optional<BackupInfo> backup = store.find(which);
    if (!backup) {
        return m_session.failure(tr("There is no backup \"%1\" in %2; see rapport-cli backup list.")
                                     .arg(which, QDir::toNativeSeparators(store.folder())));
    }
    BackupInfo aside;
    QString error;
    if (!store.restore(*backup, &aside, &error))
        return m_session.failure(error);
    // Opening brings a backup from an older Rapport up to this schema.
    Database *database = m_session.database(CliSession::Access::Read);
    if (!database)
        return ExitFailure;
    if (m_session.json()) {
        QJsonObject o{{u"restored"_s, toJson(*backup)}};
        if (!aside.path.isEmpty())
            o.insert(u"kept_aside"_s, toJson(aside));
        m_session.output().printJson(o);
    } else {
        m_session.output().print(tr("Restored %1 from the backup of %2 (%3).")
                                     .arg(QDir::toNativeSeparators(store.databasePath()),
                                          when(*backup), backup->reasonText()));
        if (!aside.path.isEmpty())
            m_session.output().print(tr("The database as it was is kept as %1.")
                                         .arg(QDir::toNativeSeparators(aside.path)));
    }
    return ExitSuccess;
}

} // namespace rapport
