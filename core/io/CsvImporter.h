#pragma once

// Imports contacts from any CSV file (Google Contacts, Outlook, a
// spreadsheet, our own export) through a column mapping, all or nothing in
// one transaction. Rows are matched to existing contacts by profile slug,
// else by name and company, and a duplicate is updated, skipped or created
// as the person chose. Rows that cannot be imported are skipped and listed
// with their line numbers; they never stop the import.

#include "domain/Contact.h"
#include "io/CsvColumnMapping.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace rapport {

class ContactStore;
class Database;

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    enum class DuplicatePolicy {
        Update, // fill in and overwrite the fields the row has
        Skip,   // leave the existing contact as it is
        Create, // add another contact (never a second one with the same profile URL)
    };

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

private:
    struct Row;
    bool readRow(const QStringList &fields, qint64 line, Row *row);
    bool importRow(Row &row, QString *error);
    bool flush(QString *error);
    bool cancelled(qint64 done, QString *error);

    Database &m_db;
    std::unique_ptr<ContactStore> m_contacts;
    CsvColumnMapping m_mapping;
    DuplicatePolicy m_policy = DuplicatePolicy::Update;
    QChar m_delimiter;
    Progress m_progress;
    ImportReport *m_report = nullptr;
    QString m_file;
    qint64 m_total = 0;
    int m_headerSize = 0;
    // New contacts waiting to be added in one batch, with their lines.
    QList<Contact> m_pending;
    int m_contactsBefore = 0; // contacts when the run began
    QList<qint64> m_pendingLines;
    QSet<QString> m_pendingKeys; // their slugs and folded name + company
};

} // namespace rapport
