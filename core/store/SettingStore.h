#pragma once

// Settings that belong to the database rather than to one computer, so the
// window and rapport-cli agree: the tier window, the InMail plan, limits and
// thresholds. Kept as text in the `setting` table.

#include <QString>
#include <memory>

namespace rapport {

class Database;
class StatementCache;

class SettingStore
{
public:
    explicit SettingStore(Database &db);
    Database &database() const { return m_db; }
    ~SettingStore();
    SettingStore(const SettingStore &) = delete;
    SettingStore &operator=(const SettingStore &) = delete;

    // Empty when not set.
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value, QString *error);
    bool remove(const QString &key, QString *error);

    // The database's own id (a UUID made and stored the first time it is
    // asked for), which copies and backups keep. A database that cannot
    // store it (read-only) gets a provisional one from its first contact,
    // the same every time.
    QString databaseUid();

    int intValue(const QString &key, int fallback) const;
    double doubleValue(const QString &key, double fallback) const;

private:
    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
