#pragma once

// Reads what changed since the previous LinkedIn data export, as
// ExportSnapshotStore kept it: the latest import's changes for the Changes
// view, Today's strip and `rapport-cli changes`, and since when a contact is
// no longer a connection. Reads only.

#include "domain/ExportChanges.h"

#include <QDate>
#include <optional>

namespace rapport {

class Database;

class ExportChangeStore
{
public:
    explicit ExportChangeStore(Database &db);

    enum class Items {
        All,  // every change, for the Changes view and the CLI
        None, // only which imports were compared (Today's strip counts them with latestCount())
    };
    // The latest export import and its changes; State::NoExport when none
    // (or when they cannot be read: *error then says why).
    ExportChanges latest(QString *error = nullptr, Items items = Items::All) const;
    // How many changes the latest export import found (0 when none; -1
    // when they cannot be read).
    int latestCount() const;
    // The day of the import that found the contact no longer among the
    // connections, unless a later one saw them again.
    std::optional<QDate> goneSince(qint64 contactId) const;

private:
    Database &m_db;
};

} // namespace rapport
