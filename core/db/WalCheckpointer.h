#pragma once

// Keeps checkpoints off the connection that writes for the window: turns off
// SQLite's automatic checkpoint there (a commit then only appends to the
// write-ahead log) and copies the log into the database file from a
// connection of its own on a worker thread, with PRAGMA
// wal_checkpoint(PASSIVE) (never waiting for, nor blocking, a writer or a
// reader). It checkpoints only when writing has paused: it polls
// PRAGMA data_version every poll interval and copies the log once no commit
// has come for `quietMs`, so the checkpoint's flushes of the database file
// do not compete with a commit's flush of the log in the middle of a burst
// of writes; a burst longer than `maxDelayMs` is checkpointed anyway, so the
// log cannot grow without end. Destroy it before the Database it serves
// closes; it then checkpoints once more and gives the connection its
// automatic checkpoint back.

#include <QElapsedTimer>
#include <QString>
#include <atomic>

class QObject;
class QThread;

namespace rapport {

class Database;

class WalCheckpointer
{
public:
    static constexpr int DefaultPollMs = 100;
    static constexpr int DefaultQuietMs = 250;
    static constexpr int DefaultMaxDelayMs = 5000;

    // Does nothing for a read-only database (nothing to checkpoint).
    explicit WalCheckpointer(Database &db, int pollMs = DefaultPollMs, int quietMs = DefaultQuietMs,
                             int maxDelayMs = DefaultMaxDelayMs);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool isRunning() const { return m_thread != nullptr; }
    // Checkpoints done so far that copied every frame of the log.
    int completeCheckpoints() const { return m_complete.load(); }
    // Checkpoints done so far, whole or partial.
    int checkpoints() const { return m_runs.load(); }
    // Asks the worker for a checkpoint now (it runs on the worker thread).
    void checkpointSoon();

private:
    void checkpoint(); // on the worker thread
    void poll();       // on the worker thread: checkpoints when writing paused

    Database &m_db;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
    QString m_connectionName;
    QString m_path;
    std::atomic<int> m_complete{0};
    std::atomic<int> m_runs{0};
    // Worker thread only.
    int m_quietMs = DefaultQuietMs;
    int m_maxDelayMs = DefaultMaxDelayMs;
    qint64 m_version = -1;        // data_version last seen
    qint64 m_lastCommitMs = -1;   // when a new commit was last seen (-1: none pending)
    qint64 m_firstPendingMs = -1; // the oldest commit not yet checkpointed
    QElapsedTimer m_clock;
};

} // namespace rapport
