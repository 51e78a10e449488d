#include "db/NativeSqlite.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif

#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace rapport {

// The few functions of SQLite's C interface used here, with the types its
// stable ABI gives them (sqlite3.h is not needed: Rapport links no SQLite).
struct NativeSqliteApi
{
    int (*prepare_v2)(sqlite3 *, const char *, int, sqlite3_stmt **, const char **) = nullptr;
    int (*bind_text)(sqlite3_stmt *, int, const char *, int, void (*)(void *)) = nullptr;
    int (*bind_int64)(sqlite3_stmt *, int, long long) = nullptr;
    int (*bind_null)(sqlite3_stmt *, int) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*reset)(sqlite3_stmt *) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    long long (*last_insert_rowid)(sqlite3 *) = nullptr;
    int (*extended_errcode)(sqlite3 *) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;
    int (*clear_bindings)(sqlite3_stmt *) = nullptr;
    int (*changes)(sqlite3 *) = nullptr;
    const char *(*sourceid)() = nullptr;
};

namespace {

constexpr int sqliteDone = 101;      // SQLITE_DONE
constexpr int sqliteConstraint = 19; // SQLITE_CONSTRAINT

#if defined(Q_OS_LINUX)
template <typename F> bool resolve(void *library, const char *name, F &function)
{
    function = reinterpret_cast<F>(dlsym(library, name));
    return function != nullptr;
}

// The driver's library is the one its class lives in, found from the
// address of the class's meta-object. dlsym() on that library's handle
// searches it and then what it loaded; the caller then checks that what it
// found is the same SQLite the driver runs (its source id).
std::unique_ptr<NativeSqliteApi> resolveApi(const void *inLibrary)
{
    Dl_info info{};
    if (dladdr(inLibrary, &info) == 0 || info.dli_fname == nullptr)
        return nullptr;
    // Already loaded (RTLD_NOLOAD): this only takes a handle, which stays
    // open with the driver for the life of the process.
    void *library = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (library == nullptr)
        return nullptr;
    auto api = std::make_unique<NativeSqliteApi>();
    const bool all = resolve(library, "sqlite3_prepare_v2", api->prepare_v2) &&
                     resolve(library, "sqlite3_bind_text", api->bind_text) &&
                     resolve(library, "sqlite3_bind_int64", api->bind_int64) &&
                     resolve(library, "sqlite3_bind_null", api->bind_null) &&
                     resolve(library, "sqlite3_clear_bindings", api->clear_bindings) &&
                     resolve(library, "sqlite3_step", api->step) &&
                     resolve(library, "sqlite3_reset", api->reset) &&
                     resolve(library, "sqlite3_finalize", api->finalize) &&
                     resolve(library, "sqlite3_changes", api->changes) &&
                     resolve(library, "sqlite3_last_insert_rowid", api->last_insert_rowid) &&
                     resolve(library, "sqlite3_extended_errcode", api->extended_errcode) &&
                     resolve(library, "sqlite3_errmsg", api->errmsg) &&
                     resolve(library, "sqlite3_sourceid", api->sourceid);
    return all ? std::move(api) : nullptr;
}

// Found once per driver library and never changed afterwards; usable only
// once its SQLite proved to be the connection's own (see forConnection).
struct Found
{
    std::unique_ptr<NativeSqliteApi> api;
    bool checked = false;
    bool same = false;
};

const NativeSqliteApi *apiForDriver(const QSqlDatabase &connection)
{
    static std::mutex lock;
    static std::map<const void *, Found> found;
    const void *inLibrary = connection.driver()->metaObject();
    std::lock_guard<std::mutex> guard(lock);
    Found &entry = found[inLibrary];
    if (!entry.checked) {
        entry.checked = true;
        entry.api = resolveApi(inLibrary);
        if (entry.api) {
            // Two copies of SQLite in one process would each have their own
            // source id only by the rarest chance; sqlite3_sourceid() reads
            // nothing of the connection's, so asking a wrong one is harmless.
            QSqlQuery q(connection);
            entry.same = q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next() &&
                         q.value(0).toString() == QString::fromUtf8(entry.api->sourceid());
        }
    }
    return entry.same ? entry.api.get() : nullptr;
}
#else
// Elsewhere Qt's own builds carry SQLite inside the driver, its functions
// not exported, and what a lookup might find is some other copy.
const NativeSqliteApi *apiForDriver(const QSqlDatabase &)
{
    return nullptr;
}
#endif

} // namespace

NativeSqlite NativeSqlite::forConnection(const QSqlDatabase &connection)
{
    NativeSqlite native;
    const QSqlDriver *driver = connection.driver();
    if (!connection.isOpen() || driver == nullptr ||
        connection.driverName() != QLatin1String("QSQLITE"))
        return native;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return native;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    const NativeSqliteApi *api = db ? apiForDriver(connection) : nullptr;
    if (api == nullptr)
        return native;
    native.m_api = api;
    native.m_db = db;
    return native;
}

qint64 NativeSqlite::changes() const
{
    return m_api ? m_api->changes(m_db) : 0;
}

NativeSqlite::Statement NativeSqlite::prepare(const QByteArray &sql) const
{
    Statement statement;
    if (!m_api)
        return statement;
    sqlite3_stmt *stmt = nullptr;
    if (m_api->prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != 0 || !stmt) {
        if (stmt)
            m_api->finalize(stmt);
        return statement;
    }
    statement.m_api = m_api;
    statement.m_stmt = stmt;
    return statement;
}

qint64 NativeSqlite::lastInsertId() const
{
    return m_api ? m_api->last_insert_rowid(m_db) : 0;
}

QSqlError NativeSqlite::lastError() const
{
    if (!m_api)
        return QSqlError();
    // As Qt's driver reports a failed statement: SQLite's text as the
    // database text (Database::describe never shows it), the extended code
    // as the native code.
    return QSqlError(QString(), QString::fromUtf8(m_api->errmsg(m_db)), QSqlError::StatementError,
                     QString::number(m_api->extended_errcode(m_db)));
}

bool NativeSqlite::lastErrorIsConstraint() const
{
    return m_api && (m_api->extended_errcode(m_db) & 0xff) == sqliteConstraint;
}

NativeSqlite::Statement::~Statement()
{
    if (m_stmt)
        m_api->finalize(m_stmt);
}

NativeSqlite::Statement::Statement(Statement &&other) noexcept
    : m_api(std::exchange(other.m_api, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

NativeSqlite::Statement &NativeSqlite::Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            m_api->finalize(m_stmt);
        m_api = std::exchange(other.m_api, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

bool NativeSqlite::Statement::bindText(int parameter, const char *utf8, int bytes)
{
    // No destructor (SQLITE_STATIC): the caller keeps the text until step().
    return m_api->bind_text(m_stmt, parameter, utf8, bytes, nullptr) == 0;
}

bool NativeSqlite::Statement::bindInt(int parameter, qint64 value)
{
    return m_api->bind_int64(m_stmt, parameter, value) == 0;
}

bool NativeSqlite::Statement::bindNull(int parameter)
{
    return m_api->bind_null(m_stmt, parameter) == 0;
}

bool NativeSqlite::Statement::step()
{
    return m_api->step(m_stmt) == sqliteDone;
}

void NativeSqlite::Statement::reset()
{
    m_api->reset(m_stmt);
    // No binding outlives the text it points into.
    m_api->clear_bindings(m_stmt);
}

} // namespace rapport
