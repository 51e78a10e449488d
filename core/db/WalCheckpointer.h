#pragma once

// Keeps checkpoints off the connection that writes for the window: turns off
// SQLite's automatic checkpoint there (a commit then only appends to the
// write-ahead log) and copies the log into the database file from a
// connection of its own on a worker thread, with PRAGMA
// wal_checkpoint(PASSIVE) every interval (never waiting for, nor blocking,
// a writer or a reader). Destroy it before the Database it serves closes;
// it then checkpoints once more and gives the connection its automatic
// checkpoint back.

#include <QString>
#include <atomic>

class QObject;
class QThread;

namespace rapport {

class Database;

class WalCheckpointer
{
public:
    static constexpr int DefaultIntervalMs = 1000;

    // Does nothing for a read-only database (nothing to checkpoint).
    explicit WalCheckpointer(Database &db, int intervalMs = DefaultIntervalMs);
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

    Database &m_db;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
    QString m_connectionName;
    QString m_path;
    std::atomic<int> m_complete{0};
    std::atomic<int> m_runs{0};
};

} // namespace rapport
