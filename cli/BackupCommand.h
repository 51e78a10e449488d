#pragma once

// rapport-cli backup create|list|restore: the database's backups, kept in
// <database folder>/backups/<database name>/ (see BackupStore).

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

class CliSession;

class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    explicit BackupCommand(CliSession &session);

    // `args` follow the word "backup". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    int create();
    int list();
    int restore(const QString &which);

    CliSession &m_session;
};

} // namespace rapport
