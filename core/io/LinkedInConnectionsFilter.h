#pragma once

// Which rows of Connections.csv go on to become (or update) contacts,
// decided from the file alone: a hidden profile is counted; a row with a
// problem, without a first name or with a URL that is not a profile's is
// skipped with its reason; a second row for the same person (the same
// profile, or without a URL the same name and company) is skipped naming the
// line of the first. A row without a URL in a file that has the column waits
// until every row with a URL has gone on, so the same person listed both
// ways becomes one contact (up to about 32 MB of waiting rows; past that
// they go on at once). Every row read is counted in the report.
//
// It needs no database: the importer runs it on the thread that reads the
// file (LinkedInConnectionsReadAhead) when nothing in the database can match
// a row, so the database thread only writes; otherwise it runs on the
// database thread, in the same order, before each row's lookups.

#include "io/LinkedInConnections.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rapport {

class ImportReport;

class LinkedInConnectionsFilter
{
public:
    // `file` names the file in the messages written to `report`.
    LinkedInConnectionsFilter(const QString &file, bool fileHasUrls, ImportReport *report);

    // Takes the file's next row; appends to `out`, in order, the rows that
    // go on now (none, this one, or - never here - rows that waited).
    void take(LinkedInConnections::Row &&row, QList<LinkedInConnections::Row> &out);
    // At the end of the file: appends the rows that waited and go on.
    void finish(QList<LinkedInConnections::Row> &out);

    // A 64-bit fingerprint of a key, for the sets of people already seen in
    // a file: 16 bytes a row instead of a string, so a file of a million
    // rows keeps memory low. Two different people sharing one is vanishingly
    // rare (about one in 10^7 for a million rows).
    static quint64 fingerprint(const QString &key);

private:
    // The checks and the duplicates; false (reported) for a row that stops here.
    bool accept(const LinkedInConnections::Row &row);

    QString m_file;
    bool m_fileHasUrls = false;
    ImportReport *m_report = nullptr;
    QHash<quint64, qint64> m_seenSlugs;     // slug -> line
    QHash<quint64, qint64> m_seenPeople;    // folded name + company -> line, rows without URL
    QHash<quint64, qint64> m_peopleWithUrl; // folded name + company -> line, rows with one
    QList<LinkedInConnections::Row> m_withoutUrl;
    qsizetype m_waitingBytes = 0;
};

} // namespace rapport
