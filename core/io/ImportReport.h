#pragma once

// What an import did, for the person who ran it: rows read, contacts and
// outreach created, updated or left unchanged, and every row skipped with
// its file, line and reason. As text and as JSON.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

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

    QString source;    // the path imported
    QStringList files; // the files read, in order
    qint64 rowsRead = 0;
    Counts contacts;
    Counts outreach;
    // Date-only rows of Connections.csv: hidden or closed profiles.
    int hiddenProfiles = 0;
    QList<Skip> skipped;
    // Rows imported without one of their fields (a bad date, say): not
    // skipped, but the person should know.
    QList<Skip> warnings;

    void skip(const QString &file, qint64 line, const QString &reason);
    void warn(const QString &file, qint64 line, const QString &reason);
    int created() const { return contacts.created + outreach.created; }
    int updated() const { return contacts.updated + outreach.updated; }
    int unchanged() const { return contacts.unchanged + outreach.unchanged; }
    int skippedCount() const { return int(skipped.size()) + hiddenProfiles; }

    // Lines for a terminal; lists at most `maxSkips` skipped rows.
    QString toText(int maxSkips = 50) const;
    // snake_case keys: source, files, rows_read, created, updated, unchanged,
    // skipped, hidden_profiles, contacts{...}, outreach{...}, skipped_rows[...].
    QJsonObject toJson() const;
};

} // namespace rapport
