#pragma once

// What an import did, for the person who ran it: rows read, contacts and
// outreach created, updated or left unchanged, and the rows skipped with
// their file, line and reason: the first maxListed of them, the rest only
// counted, so a hostile file cannot grow the report without bound. As text
// and as JSON.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <climits>

class QJsonObject;

namespace rapport {

class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    struct Counts
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
    };
    struct Skip
    {
        QString file;
        qint64 line = 0;
        QString reason;
    };

    // How many skipped rows, and how many warnings, are kept with their
    // line and reason.
    static constexpr int maxListed = 1000;

    QString source;    // the path imported
    QStringList files; // the files read, in order
    qint64 rowsRead = 0;
    Counts contacts;
    Counts outreach;
    // Date-only rows of Connections.csv: hidden or closed profiles.
    int hiddenProfiles = 0;
    QList<Skip> skipped; // the first maxListed
    qint64 skippedNotListed = 0;
    // Rows imported without one of their fields (a bad date, say): not
    // skipped, but the person should know. The first maxListed.
    QList<Skip> warnings;
    qint64 warningsNotListed = 0;
    // A LinkedIn data export: what changed since the export before, in one
    // sentence (ExportChanges::headline), and how many changes; empty and -1
    // for other imports.
    QString exportChanges;
    int exportChangeCount = -1;

    void skip(const QString &file, qint64 line, const QString &reason);
    void warn(const QString &file, qint64 line, const QString &reason);
    int created() const { return contacts.created + outreach.created; }
    int updated() const { return contacts.updated + outreach.updated; }
    int unchanged() const { return contacts.unchanged + outreach.unchanged; }
    int skippedCount() const
    {
        return int(qMin<qint64>(skipped.size() + skippedNotListed + hiddenProfiles, INT_MAX));
    }
    qint64 warningCount() const { return warnings.size() + warningsNotListed; }

    // Lines for a terminal; lists at most `maxSkips` skipped rows.
    QString toText(int maxSkips = 50) const;
    // snake_case keys: source, files, rows_read, created, updated, unchanged,
    // skipped, hidden_profiles, contacts{...}, outreach{...}, skipped_rows[...]
    // (the first maxListed), skipped_rows_not_listed, warnings[...] (the first
    // maxListed), warning_count, warnings_not_listed.
    QJsonObject toJson() const;
};

} // namespace rapport
