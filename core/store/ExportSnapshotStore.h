#pragma once

// Keeps what each LinkedIn data-export import saw of the connections and
// the changes it found against the export before (ExportChanges compares).
// A connection seen exactly as before costs no new row: its stored version
// holds from the import that first saw it that way through the last one.
// Connections no longer in the export are marked (degree no longer 1), never
// deleted. Called inside the import's transaction, so an import that fails
// leaves nothing; ImportUndo calls forget() when it undoes the import by its
// journal (a snapshot undo puts the whole file back anyway).

#include "domain/ExportSighting.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QSqlError;

namespace rapport {

class Database;

class ExportSnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(ExportSnapshotStore)

public:
    explicit ExportSnapshotStore(Database &db);

    // The highest outreach id now: call before the import writes any, so
    // record() can tell which messages it added.
    qint64 outreachMark() const;
    // Records one export import (its import_run id, the path imported,
    // whether it had Connections.csv and what that said) and the changes
    // since the export before. Inside the import's transaction. `created`:
    // ranges of contact ids (first, last) this import created from
    // Connections.csv and left as the file said them (name, URL, company,
    // position, day connected): their sightings are read from the contact
    // rows in one statement per range instead of coming one by one in `seen`.
    using IdRanges = QList<QPair<qint64, qint64>>;
    bool record(qint64 importRunId, const QString &source, bool hasConnections,
                const QList<ExportSighting> &seen, const IdRanges &created, qint64 outreachBefore,
                QString *error);
    // Takes back what record() wrote for the import run `importRunId`: its
    // changes, the connections only it saw; those it saw as before go back
    // to ending at the import before. Inside the undo's transaction.
    static bool forget(Database &db, qint64 importRunId, QString *error);

private:
    bool exec(const QString &sql, const QVariantList &binds, QString *error);
    bool failed(const QSqlError &sqlError, QString *error, const QString &why = {}) const;
    qint64 number(const QString &sql, const QVariantList &binds = {}) const;
    bool recordConnections(qint64 importId, qint64 previous, const QList<ExportSighting> &seen,
                           const IdRanges &created, QString *error);
    bool markGone(const QList<ExportSighting> &gone, QString *error);

    Database &m_db;
};

} // namespace rapport
