#pragma once

// Reads Connections.csv on a thread of its own while the importer works:
// LinkedInConnections parses the next blocks of rows (at most a few waiting,
// so memory stays bounded) while the database thread checks, dedupes and
// writes the rows handed out before. Rows come out in the file's order,
// exactly as LinkedInConnections::next() gives them; the reader is not
// touched by anyone else until next() has returned false or this is gone.
// Given a filter, the reading thread passes every row through it and hands
// out only the rows it lets go on (the rows that waited come last); the
// filter, too, is touched by nobody else until then.

#include "io/LinkedInConnections.h"
#include "io/LinkedInConnectionsFilter.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace rapport {

class LinkedInConnectionsReadAhead
{
public:
    static constexpr int blockRows = 2000;
    static constexpr int maxWaitingBlocks = 3;

    // Starts reading at once; `reader` has read its header already. Both
    // must outlive this.
    explicit LinkedInConnectionsReadAhead(LinkedInConnections &reader,
                                          LinkedInConnectionsFilter *filter = nullptr);
    // Stops the reading (a cancelled or failed import) and waits for it.
    ~LinkedInConnectionsReadAhead();
    LinkedInConnectionsReadAhead(const LinkedInConnectionsReadAhead &) = delete;
    LinkedInConnectionsReadAhead &operator=(const LinkedInConnectionsReadAhead &) = delete;

    // The next row; false at the end of the file or on the reader's error
    // (ask the reader, which is idle from then on).
    bool next(LinkedInConnections::Row *row);
    // How far into the file the rows handed out so far reach.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Block
    {
        QList<LinkedInConnections::Row> rows;
        qint64 bytesRead = 0;
    };

    void read();
    void stop();

    LinkedInConnections &m_reader;
    LinkedInConnectionsFilter *m_filter = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_waiting; // guarded by m_mutex
    bool m_done = false;         // guarded by m_mutex: the reader is at its end
    bool m_stopping = false;     // guarded by m_mutex: nobody wants more rows
    qint64 m_endBytes = 0;       // guarded by m_mutex: the file's length, once m_done
    Block m_current;             // the block being handed out (this thread only)
    qsizetype m_position = 0;
    qint64 m_bytesRead = 0;
    std::thread m_thread;
};

} // namespace rapport
