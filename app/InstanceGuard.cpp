#include "InstanceGuard.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_WIN
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QByteArray acknowledgement("ok\n");

// The socket and lock name of one key: a hash, with the user in it so two
// people on one machine never share a name.
QString nameOf(const QString &key)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray hash =
        QCryptographicHash::hash((user + u'\n' + key).toUtf8(), QCryptographicHash::Sha256);
    return u"rapport-"_s + QString::fromLatin1(hash.toHex().left(24));
}

// The keys a database is known by: its canonical path, and its identity
// once the file exists.
QStringList keysOf(const QString &databasePath)
{
    QStringList keys;
    const QString identity = InstanceGuard::identityKey(databasePath);
    if (!identity.isEmpty())
        keys << identity;
    keys << InstanceGuard::canonicalKey(databasePath);
    return keys;
}

void setSocketOptions(QLocalServer &server)
{
#ifdef Q_OS_LINUX
    server.setSocketOptions(QLocalServer::AbstractNamespaceOption);
#else
    server.setSocketOptions(QLocalServer::UserAccessOption);
#endif
}

void setSocketOptions(QLocalSocket &socket)
{
#ifdef Q_OS_LINUX
    socket.setSocketOptions(QLocalSocket::AbstractNamespaceOption);
#else
    Q_UNUSED(socket);
#endif
}

bool answers(const QString &name, int timeoutMs)
{
    QLocalSocket socket;
    setSocketOptions(socket);
    socket.connectToServer(name);
    return socket.waitForConnected(timeoutMs);
}

} // namespace

InstanceGuard::InstanceGuard(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(databasePath).absoluteFilePath())
{}

InstanceGuard::~InstanceGuard()
{
    for (Claim &claim : m_claims) {
        if (claim.server)
            claim.server->close();
    }
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
    return u"path:"_s + key;
}

QString InstanceGuard::identityKey(const QString &databasePath)
{
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), 0,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return {};
    BY_HANDLE_FILE_INFORMATION info;
    const bool ok = GetFileInformationByHandle(handle, &info) != 0;
    CloseHandle(handle);
    if (!ok)
        return {};
    return u"file:%1:%2-%3"_s.arg(quint64(info.dwVolumeSerialNumber))
        .arg(quint64(info.nFileIndexHigh))
        .arg(quint64(info.nFileIndexLow));
#elif defined(Q_OS_UNIX)
    struct stat st;
    // stat() follows symlinks: a link and its target are one file.
    if (::stat(QFile::encodeName(databasePath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return {};
    return u"file:%1:%2"_s.arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
#else
    Q_UNUSED(databasePath);
    return {};
#endif
}

QString InstanceGuard::serverName(const QString &databasePath)
{
    return nameOf(keysOf(databasePath).first());
}

QString InstanceGuard::lockFilePath(const QString &databasePath, const QString &key)
{
    // In the database's folder, which every launch on the file sees the
    // same whatever its environment; the temporary folder only when that
    // folder cannot take a lock file (read-only media).
    const QFileInfo folder(QFileInfo(databasePath).absolutePath());
    const QString dir =
        folder.isDir() && folder.isWritable() ? folder.absoluteFilePath() : QDir::tempPath();
    return QDir(dir).filePath(u"."_s + nameOf(key) + u".lock"_s);
}

bool InstanceGuard::isClaimed(const QString &databasePath, int timeoutMs)
{
    const QStringList keys = keysOf(databasePath);
    return std::any_of(keys.cbegin(), keys.cend(),
                       [timeoutMs](const QString &key) { return answers(nameOf(key), timeoutMs); });
}

InstanceGuard::Outcome InstanceGuard::claimKey(const QString &key, QString *error)
{
    // The lock decides who is first, even when two launches race; the
    // socket carries messages, and is a second check: a hard link in
    // another folder has its own lock file but the same socket name.
    const QString name = nameOf(key);
    auto lock = std::make_unique<QLockFile>(lockFilePath(m_path, key));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            return Outcome::HeldElsewhere;
        if (error) {
            *error = tr("Cannot create the lock file %1. Check that you may write to that "
                        "folder.")
                         .arg(QDir::toNativeSeparators(lock->fileName()));
        }
        return Outcome::Failed;
    }
    if (answers(name, 200))
        return Outcome::HeldElsewhere;
#ifndef Q_OS_LINUX
    // A socket file left behind by a crashed owner would make listen()
    // fail; nobody answered on it, so it is not in use.
    QLocalServer::removeServer(name);
#endif
    auto *server = new QLocalServer(this);
    setSocketOptions(*server);
    if (!server->listen(name)) {
        const bool inUse = server->serverError() == QAbstractSocket::AddressInUseError;
        if (!inUse && error) {
            *error = tr("Cannot listen for other Rapport windows on %1: %2")
                         .arg(name, server->errorString());
        }
        delete server;
        return inUse ? Outcome::HeldElsewhere : Outcome::Failed;
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] { readConnection(server); });
    m_claims.push_back(Claim{key, std::move(lock), server});
    return Outcome::Claimed;
}

bool InstanceGuard::claim(QString *error)
{
    // The path before the identity: a second launch on the same path stops
    // there and never takes, even for a moment, the identity claim the first
    // window may be about to make for a database it has just created.
    QStringList keys = keysOf(m_path);
    std::reverse(keys.begin(), keys.end());
    const size_t held = m_claims.size();
    for (const QString &key : std::as_const(keys)) {
        const bool already = std::any_of(m_claims.cbegin(), m_claims.cend(),
                                         [&key](const Claim &c) { return c.key == key; });
        if (already)
            continue;
        const Outcome outcome = claimKey(key, error);
        if (outcome != Outcome::Claimed) {
            // All of this call's claims or none.
            while (m_claims.size() > held) {
                if (m_claims.back().server)
                    m_claims.back().server->close();
                delete m_claims.back().server;
                m_claims.pop_back();
            }
            return false;
        }
    }
    return true;
}

void InstanceGuard::readConnection(QLocalServer *server)
{
    while (QLocalSocket *socket = server->nextPendingConnection()) {
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
    setSocketOptions(socket);
    // The owner may hold the lock a moment before it listens; it listens on
    // the identity name once the file exists, on the path name before.
    for (;;) {
        bool connected = false;
        for (const QString &key : keysOf(m_path)) {
            socket.connectToServer(nameOf(key));
            if (socket.waitForConnected(
                    int(qBound(qint64(0), deadline.remainingTime(), qint64(200))))) {
                connected = true;
                break;
            }
            socket.abort();
        }
        if (connected)
            break;
        if (deadline.hasExpired())
            return false;
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
