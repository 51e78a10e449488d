#pragma once

// One running Rapport window per database: the first process to claim a
// database path listens on a local socket named after it; a later launch on
// the same database hands its arguments over and exits instead of opening a
// second writer.

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;

namespace rapport {

class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    explicit InstanceGuard(const QString &databasePath, QObject *parent = nullptr);
    ~InstanceGuard() override;

    // Claims the database for this process; false when another running
    // instance holds it (or the claim failed, then *error says why).
    bool claim(QString *error = nullptr);
    bool isPrimary() const { return m_server != nullptr; }
    QString databasePath() const { return m_path; }

    // Hands `arguments` to the instance holding the database and waits until
    // it has them; false when nobody answered within `timeoutMs`.
    bool forward(const QStringList &arguments, int timeoutMs = 5000) const;

    // The same file under any spelling (relative, symlinked, not yet
    // created) gives the same key.
    static QString canonicalKey(const QString &databasePath);
    // The local socket name for a database: a hash of its canonical key.
    static QString serverName(const QString &databasePath);

signals:
    // Another launch on this database sent its arguments.
    void argumentsReceived(const QStringList &arguments);

private:
    void readConnection();

    QString m_path;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace rapport
