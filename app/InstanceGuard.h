#pragma once

// One running Rapport window per database. A database is known by its file
// identity (device and inode on Unix, volume and file id on Windows), so a
// hard link, a symlink, a relative path or another spelling of the same file
// meets the same guard; a database not created yet is known by its
// canonical path until it exists. Claims are lock files in the database's
// own folder (not the temporary folder, which TMPDIR moves between a
// terminal and a desktop launcher), and a local socket per claim carries a
// later launch's arguments to the window holding the database; that launch
// then exits instead of opening a second writer. A lock left by a killed
// process is stale and taken over (QLockFile checks whether its process
// still runs); on Linux the socket lives in the abstract namespace, which
// the kernel frees with the process and which does not depend on TMPDIR.

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QLocalServer;

namespace rapport {

class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    explicit InstanceGuard(const QString &databasePath, QObject *parent = nullptr);
    ~InstanceGuard() override;

    // Claims the database for this process; false when another running
    // instance holds it (or the claim failed, then *error says why). Call it
    // again once the database file exists to add the claim by file identity
    // to the one by path a new database starts with.
    bool claim(QString *error = nullptr);
    bool isPrimary() const { return !m_claims.empty(); }
    QString databasePath() const { return m_path; }

    // Hands `arguments` to the instance holding the database and waits until
    // it has them; false when nobody answered within `timeoutMs`.
    bool forward(const QStringList &arguments, int timeoutMs = 5000) const;

    // The same file under any spelling (relative, symlinked, not yet
    // created) gives the same key.
    static QString canonicalKey(const QString &databasePath);
    // "file:<device>:<inode>" (Windows: volume and file index) of an
    // existing file, whatever its path; empty when it does not exist.
    static QString identityKey(const QString &databasePath);
    // The local socket name for a database: a hash of its identity key, or
    // of its canonical key while the file does not exist.
    static QString serverName(const QString &databasePath);
    // The lock file a claim on `databasePath` by `key` uses.
    static QString lockFilePath(const QString &databasePath, const QString &key);
    // Whether a running instance answers for this database.
    static bool isClaimed(const QString &databasePath, int timeoutMs = 200);

signals:
    // Another launch on this database sent its arguments.
    void argumentsReceived(const QStringList &arguments);

private:
    struct Claim
    {
        QString key;
        std::unique_ptr<QLockFile> lock;
        QLocalServer *server = nullptr;
    };
    enum class Outcome { Claimed, HeldElsewhere, Failed };
    Outcome claimKey(const QString &key, QString *error);
    void readConnection(QLocalServer *server);

    QString m_path;
    std::vector<Claim> m_claims;
};

} // namespace rapport
