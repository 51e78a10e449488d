#pragma once

// Imports contacts from any CSV file (Google Contacts, Outlook, a
// spreadsheet, our own export) through a column mapping, all or nothing in
// one transaction. Rows are matched to existing contacts as
// ContactImportWriter says (Rapport ID, profile, then name and company
// when nothing contradicts it), and a duplicate is updated, skipped or
// created as the person chose. Rows that cannot be imported are skipped and
// listed with their line numbers; they never stop the import.
//
// Undoing our export's protection: a value that starts with an apostrophe
// followed by = + - @ ' a tab or a carriage return loses that one
// apostrophe (see CsvWriter). Tags are split at commas, semicolons, line
// breaks and " ::: "; a backslash before , ; : or \ keeps it in the tag.

#include "domain/Contact.h"
#include "io/ContactImportWriter.h"
#include "io/CsvColumnMapping.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace rapport {

class Database;

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    using DuplicatePolicy = ContactImportWriter::DuplicatePolicy;

    // Bytes done of the file's size; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Preview
    {
        QStringList headers;     // the first row
        QList<QStringList> rows; // up to the rows asked for, after the header
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar delimiter;
    };

    explicit CsvImporter(Database &db);
    ~CsvImporter();
    CsvImporter(const CsvImporter &) = delete;
    CsvImporter &operator=(const CsvImporter &) = delete;

    // A null delimiter (the default) detects comma, semicolon or tab.
    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    void setMapping(const CsvColumnMapping &mapping) { m_mapping = mapping; }
    void setDuplicatePolicy(DuplicatePolicy policy) { m_policy = policy; }
    void setProgress(const Progress &progress) { m_progress = progress; }
    // The most rows a file may have (ContactImportWriter::MaxRows); more
    // and the import is refused. Lowered by tests.
    void setMaxRows(qint64 rows) { m_maxRows = rows; }

    // The header and the first `rowCount` rows, for choosing the mapping.
    // False with *error naming the file when it cannot be read or is empty.
    static bool preview(const QString &path, int rowCount, Preview *preview, QString *error,
                        QChar delimiter = QChar());

    // Imports the file. On failure or cancel the database is exactly as it
    // was and *error says why; skipped rows are not failures.
    bool run(const QString &path, ImportReport *report, QString *error);

    static std::optional<DuplicatePolicy> policyFromName(const QString &name);
    static QString policyName(DuplicatePolicy policy); // "update", "skip", "create"
    // "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "UTF-16 BE"
    static QString encodingName(CsvReader::Encoding encoding);
    // "comma", "semicolon", "tab" (translated), else the character.
    static QString delimiterName(QChar delimiter);
    // YYYY-MM-DD, DD Mon YYYY (English month) or MM/DD/YYYY; invalid otherwise.
    static QDate parseDate(const QString &text);
    // The value a cell holds once our export's defusing apostrophe is gone.
    static QString unprotect(const QString &cell);
    // A tags cell split into tags (escapes undone).
    static QStringList splitTags(const QString &text);

private:
    using Row = ContactImportWriter::Row;
    bool readRow(const QStringList &fields, qint64 line, Row *row);
    bool cancelled(qint64 done, QString *error);

    Database &m_db;
    CsvColumnMapping m_mapping;
    DuplicatePolicy m_policy = DuplicatePolicy::Update;
    QChar m_delimiter;
    Progress m_progress;
    ImportReport *m_report = nullptr;
    QString m_file;
    qint64 m_total = 0;
    int m_headerSize = 0;
    qint64 m_maxRows = ContactImportWriter::MaxRows;
};

} // namespace rapport
