#pragma once

// SQLite's own C interface on a connection Qt's driver opened, for the one
// place where Qt's per-value bookkeeping is most of the cost: writing a
// million imported rows (ContactChunk). The functions are those of the very
// SQLite library the driver itself runs on, looked up at run time in the
// driver's own library and what it loaded: two copies of SQLite in one
// process must never share a file (their locks would not see each other),
// so Rapport links no SQLite of its own. Where the driver's SQLite cannot be
// reached (a driver with SQLite built in and its functions not exported, as
// in Qt's own builds for Windows and macOS, where it is not looked for at
// all), or what is found is not the same SQLite (its source id differs from
// the connection's), available() is false and the caller writes through Qt.
//
// Use it only on the thread that owns the connection, between Qt's
// statements (nothing of Qt's is left running on it).

#include <QString>

class QSqlDatabase;
class QSqlError;

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

struct NativeSqliteApi; // the functions, as found (NativeSqlite.cpp)

class NativeSqlite
{
public:
    // The driver's SQLite for this open connection, or an unavailable one.
    static NativeSqlite forConnection(const QSqlDatabase &connection);

    bool available() const { return m_api != nullptr; }

    // One prepared statement; finalized when it goes out of scope.
    class Statement
    {
    public:
        Statement() = default;
        ~Statement();
        Statement(Statement &&other) noexcept;
        Statement &operator=(Statement &&other) noexcept;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        bool isValid() const { return m_stmt != nullptr; }
        // Parameters count from 1; false when SQLite refused the value. The
        // text must outlive step().
        bool bindText(int parameter, const char *utf8, int bytes);
        bool bindInt(int parameter, qint64 value);
        bool bindNull(int parameter);
        // True when the statement ran to its end (an INSERT: the row is in).
        bool step();
        // Ready to run again, with no values bound.
        void reset();

    private:
        friend class NativeSqlite;
        const NativeSqliteApi *m_api = nullptr;
        sqlite3_stmt *m_stmt = nullptr;
    };

    Statement prepare(const QByteArray &sql) const;
    qint64 lastInsertId() const;
    // Rows the last statement inserted, updated or deleted.
    qint64 changes() const;
    // The connection's last error as Qt's driver would report it (for
    // Database::describe), and whether it broke a rule (SQLITE_CONSTRAINT).
    QSqlError lastError() const;
    bool lastErrorIsConstraint() const;

private:
    const NativeSqliteApi *m_api = nullptr;
    sqlite3 *m_db = nullptr;
};

} // namespace rapport
