#pragma once

// One read transaction (a plain BEGIN, deferred) around a long read, such
// as an export paging through every contact: every page comes from the same
// snapshot, so rows another program adds or changes meanwhile neither appear
// twice nor shift the count. Writers are not blocked (WAL). Inside a
// caller's transaction it does nothing: that one is the snapshot.

namespace rapport {

class Database;

class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace rapport
