#pragma once

// What changed since the previous LinkedIn data export: the comparison of
// two exports' connections (new, no longer there, job changes) and the
// changes an import found, as the Changes view, Today's strip and
// `rapport-cli changes` show them. ExportSnapshotStore keeps what each
// import saw and the changes it found; ExportChangeStore reads them back.

#include "domain/ExportChange.h"
#include "domain/ExportSighting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <utility>

namespace rapport {

class ExportChanges
{
    Q_DECLARE_TR_FUNCTIONS(ExportChanges)

public:
    enum class State {
        NoExport,      // no LinkedIn data export imported yet
        FirstExport,   // one export only: nothing to compare yet
        NoConnections, // the latest export had no Connections.csv
        Compared,      // the latest export against the one before
    };

    // Two exports' connections, by contact id.
    struct Diff
    {
        QList<ExportSighting> added;
        QList<ExportSighting> gone;
        QList<std::pair<ExportSighting, ExportSighting>> jobChanges; // before, now
        // Seen now differently from before in anything (job changes, names,
        // URLs, connection days): what must be stored anew.
        QList<ExportSighting> differing;
        QList<qint64> same; // contacts seen exactly as before
    };
    static Diff compare(const QHash<qint64, ExportSighting> &before,
                        const QList<ExportSighting> &now);

    State state = State::NoExport;
    qint64 importId = 0;
    QDateTime importedAt; // UTC
    QString source;
    QDateTime previousAt; // the export compared with; UTC
    QString previousSource;
    int connections = 0; // in the latest export
    QList<ExportChange> items;

    int count(ExportChange::Kind kind) const;
    int total() const { return int(items.size()); }
    QList<ExportChange> of(ExportChange::Kind kind) const;
    // One sentence about what there is to see, for the view, the strip and the CLI.
    QString headline() const { return headline(total()); }
    // The same for `changes` changes counted elsewhere (items not read).
    QString headline(int changes) const;
    // "New connections", "No longer connected", ...
    static QString groupTitle(ExportChange::Kind kind);
    static QList<ExportChange::Kind> kinds();
    // One change in words, without the person's name: "Acme → Initech",
    // "3 new messages, the latest on 2026-12-05" (dates in the locale's
    // short form with `localDates`, for the window).
    static QString detail(const ExportChange &change, bool localDates = false);
    // snake_case keys, dates as YYYY-MM-DD (rapport-cli --json).
    QJsonObject toJson() const;
};

} // namespace rapport
