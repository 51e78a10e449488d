#pragma once

// The weekly network numbers as history: one entry per week, oldest first.
// Saving in a week that already has an entry corrects that entry (same id);
// every write is one transaction.

#include "domain/NetworkSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

namespace rapport {

class Database;
class StatementCache;

class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    explicit SnapshotStore(Database &db);
    ~SnapshotStore();
    SnapshotStore(const SnapshotStore &) = delete;
    SnapshotStore &operator=(const SnapshotStore &) = delete;

    // Checks the numbers; the message names the field and what to enter.
    static bool validate(const NetworkSnapshot &snapshot, QString *error);

    // Adds the week's entry, or corrects it when the week has one; sets
    // snapshot.id either way. `replaced` (optional) receives the entry as it
    // was before a correction.
    bool save(NetworkSnapshot &snapshot, QString *error,
              std::optional<NetworkSnapshot> *replaced = nullptr);
    // Changes the entry with snapshot.id; refused when its new day falls in
    // another week that has an entry.
    bool update(const NetworkSnapshot &snapshot, QString *error);
    bool remove(qint64 id, QString *error);
    // Puts back a removed entry under its id (undo).
    bool restore(const NetworkSnapshot &snapshot, QString *error);

    QList<NetworkSnapshot> list(QString *error = nullptr) const;
    std::optional<NetworkSnapshot> get(qint64 id) const;
    std::optional<NetworkSnapshot> forWeekOf(const QDate &day) const;
    std::optional<NetworkSnapshot> latest() const;

private:
    bool write(const NetworkSnapshot &snapshot, bool insert, QString *error);
    std::optional<NetworkSnapshot> one(const QString &where, const QVariant &bind) const;

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace rapport
