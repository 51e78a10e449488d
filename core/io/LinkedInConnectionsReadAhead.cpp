#include "io/LinkedInConnectionsReadAhead.h"

namespace rapport {

LinkedInConnectionsReadAhead::LinkedInConnectionsReadAhead(LinkedInConnections &reader,
                                                           LinkedInConnectionsFilter *filter)
    : m_reader(reader)
    , m_filter(filter)
    , m_thread([this] { read(); })
{}

LinkedInConnectionsReadAhead::~LinkedInConnectionsReadAhead()
{
    stop();
}

void LinkedInConnectionsReadAhead::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LinkedInConnectionsReadAhead::read()
{
    for (;;) {
        Block block;
        block.rows.reserve(blockRows);
        LinkedInConnections::Row row;
        bool more = true;
        // A block is so many rows read (not handed out), so one that the
        // filter mostly keeps back still reaches the database thread soon,
        // with the progress it brings.
        int read = 0;
        while (read < blockRows && (more = m_reader.next(&row))) {
            ++read;
            if (m_filter)
                m_filter->take(std::move(row), block.rows);
            else
                block.rows.append(std::move(row));
        }
        if (!more && m_filter && !m_reader.hasError())
            m_filter->finish(block.rows); // a broken file ends the import anyway
        block.bytesRead = m_reader.bytesRead();
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock,
                       [this] { return m_stopping || int(m_waiting.size()) < maxWaitingBlocks; });
        if (m_stopping)
            return;
        if (!block.rows.isEmpty())
            m_waiting.push_back(std::move(block));
        if (!more) {
            m_done = true;
            m_endBytes = block.bytesRead;
        }
        lock.unlock();
        m_changed.notify_all();
        if (!more)
            return;
    }
}

bool LinkedInConnectionsReadAhead::next(LinkedInConnections::Row *row)
{
    while (m_position >= m_current.rows.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_done || !m_waiting.empty(); });
        if (m_waiting.empty()) {
            m_bytesRead = m_endBytes;
            lock.unlock();
            stop(); // at the end: the reader is ours again
            m_current = Block();
            m_position = 0;
            return false;
        }
        m_current = std::move(m_waiting.front());
        m_waiting.pop_front();
        m_position = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    *row = std::move(m_current.rows[m_position++]);
    if (m_position == m_current.rows.size())
        m_bytesRead = m_current.bytesRead;
    return true;
}

} // namespace rapport
