#include "db/WalCheckpointer.h"

#include "db/Database.h"

#include <QAtomicInteger>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {
QAtomicInteger<int> checkpointerCounter;
// SQLite's default: what the connection gets back.
constexpr int DefaultAutoCheckpointPages = 1000;
} // namespace

WalCheckpointer::WalCheckpointer(Database &db, int pollMs, int quietMs, int maxDelayMs)
    : m_db(db)
    , m_quietMs(qMax(0, quietMs))
    , m_maxDelayMs(qMax(1, maxDelayMs))
{
    if (!db.isOpen() || db.isReadOnly())
        return;
    m_path = db.path();
    m_connectionName = u"rapport-checkpoint-%1"_s.arg(checkpointerCounter.fetchAndAddRelaxed(1));
    {
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
    }
    m_thread = new QThread;
    m_thread->setObjectName(u"rapport-checkpoint"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
    const QString name = m_connectionName;
    const QString path = m_path;
    QMetaObject::invokeMethod(
        m_worker,
        [this, name, path, pollMs] {
            QSqlDatabase worker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            worker.setDatabaseName(path);
            worker.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
            if (!worker.open())
                return;
            QSqlQuery q(worker);
            // As the window's connection: a checkpoint syncs what it copied.
            q.exec(u"PRAGMA synchronous = FULL"_s);
            q.exec(u"PRAGMA wal_autocheckpoint = 0"_s);
            m_clock.start();
            // Whatever the log holds from before counts as pending.
            m_lastCommitMs = m_firstPendingMs = 0;
            auto *timer = new QTimer(m_worker);
            timer->setInterval(qMax(1, pollMs));
            QObject::connect(timer, &QTimer::timeout, m_worker, [this] { poll(); });
            timer->start();
        },
        Qt::QueuedConnection);
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread)
        return;
    const QString name = m_connectionName;
    // A last checkpoint, then the worker's connection closes on its thread.
    QMetaObject::invokeMethod(
        m_worker,
        [this, name] {
            checkpoint();
            const QList<QTimer *> timers = m_worker->findChildren<QTimer *>();
            qDeleteAll(timers);
            {
                QSqlDatabase worker = QSqlDatabase::database(name, false);
                if (worker.isOpen())
                    worker.close();
            }
            QSqlDatabase::removeDatabase(name);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    if (m_db.isOpen()) {
        QSqlQuery q(m_db.connection());
        q.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(DefaultAutoCheckpointPages));
    }
}

void WalCheckpointer::checkpointSoon()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [this] { checkpoint(); }, Qt::QueuedConnection);
}

void WalCheckpointer::poll()
{
    QSqlDatabase worker = QSqlDatabase::database(m_connectionName, false);
    if (!worker.isOpen())
        return;
    // data_version moves when another connection commits: reading it is a
    // look at the log's shared index, no I/O.
    QSqlQuery q(worker);
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    const qint64 now = m_clock.elapsed();
    if (version != m_version) {
        if (m_version >= 0) {
            m_lastCommitMs = now;
            if (m_firstPendingMs < 0)
                m_firstPendingMs = now;
        }
        m_version = version;
    }
    if (m_firstPendingMs < 0)
        return; // nothing committed since the last checkpoint
    const bool quiet = now - m_lastCommitMs >= m_quietMs;
    const bool overdue = now - m_firstPendingMs >= m_maxDelayMs;
    if (quiet || overdue)
        checkpoint();
}

void WalCheckpointer::checkpoint()
{
    QSqlDatabase worker = QSqlDatabase::database(m_connectionName, false);
    if (!worker.isOpen())
        return;
    QSqlQuery q(worker);
    // PASSIVE: copies what no reader still needs, never waits for a lock.
    // Columns: busy, frames in the log, frames copied.
    if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !q.next())
        return;
    const int logFrames = q.value(1).toInt();
    const int copied = q.value(2).toInt();
    q.finish();
    ++m_runs;
    if (logFrames >= 0 && copied == logFrames) {
        ++m_complete;
        m_firstPendingMs = m_lastCommitMs = -1;
    } else {
        // A reader kept part of the log: the rest once the quiet time has
        // passed again (not on every poll while a long read holds it).
        m_firstPendingMs = m_lastCommitMs = m_clock.elapsed();
    }
}

} // namespace rapport
