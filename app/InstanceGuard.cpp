#include "InstanceGuard.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QByteArray acknowledgement("ok\n");

} // namespace

InstanceGuard::InstanceGuard(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(databasePath).absoluteFilePath())
    , m_name(serverName(databasePath))
{}

InstanceGuard::~InstanceGuard()
{
    if (m_server)
        m_server->close();
}

QString InstanceGuard::canonicalKey(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    QString key = info.canonicalFilePath();
    if (key.isEmpty()) {
        // Not created yet: resolve the folder, keep the file name.
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        key = folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                               : folder + u'/' + info.fileName();
    }
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    // Case-insensitive file systems by default.
    key = key.toCaseFolded();
#endif
    return key;
}

QString InstanceGuard::serverName(const QString &databasePath)
{
    // The user is part of the hash so two people on one machine never share
    // a name in a shared temporary folder.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray hash = QCryptographicHash::hash(
        (user + u'\n' + canonicalKey(databasePath)).toUtf8(), QCryptographicHash::Sha256);
    return u"rapport-"_s + QString::fromLatin1(hash.toHex().left(24));
}

bool InstanceGuard::claim(QString *error)
{
    if (m_server)
        return true;
    // The lock decides who is first, even when two launches race; the
    // socket only carries messages. A crashed owner's lock counts as stale.
    auto lock = std::make_unique<QLockFile>(QDir(QDir::tempPath()).filePath(m_name + u".lock"_s));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError && error) {
            *error = tr("Cannot create the lock file %1 in the temporary folder.")
                         .arg(QDir::toNativeSeparators(lock->fileName()));
        }
        return false;
    }
    // A socket left behind by a crashed owner would make listen() fail;
    // holding the lock means it is not in use.
    QLocalServer::removeServer(m_name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        if (error) {
            *error = tr("Cannot listen for other Rapport windows on %1: %2")
                         .arg(m_name, server->errorString());
        }
        delete server;
        return false;
    }
    connect(server, &QLocalServer::newConnection, this, &InstanceGuard::readConnection);
    m_server = server;
    m_lock = std::move(lock);
    return true;
}

void InstanceGuard::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_0);
            in.startTransaction();
            QStringList arguments;
            in >> arguments;
            if (!in.commitTransaction())
                return;
            socket->write(acknowledgement);
            socket->flush();
            emit argumentsReceived(arguments);
        });
    }
}

bool InstanceGuard::forward(const QStringList &arguments, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The owner may hold the lock a moment before it listens.
    for (;;) {
        socket.connectToServer(m_name);
        if (socket.waitForConnected(int(qMax<qint64>(0, deadline.remainingTime()))))
            break;
        if (deadline.hasExpired())
            return false;
        socket.abort();
        QThread::msleep(50);
    }
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(int(qMax<qint64>(0, deadline.remainingTime()))))
        return false;
    QByteArray reply;
    while (reply.size() < acknowledgement.size()) {
        if (!socket.bytesAvailable() &&
            !socket.waitForReadyRead(int(qMax<qint64>(0, deadline.remainingTime()))))
            return false;
        reply += socket.readAll();
    }
    return reply.startsWith(acknowledgement);
}

} // namespace rapport
