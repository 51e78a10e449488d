#pragma once

// Imports the contacts of a vCard file (2.1, 3.0 or 4.0, one card or many;
// see VCardReader), all or nothing in one transaction, with the duplicate
// policy and report of a CSV import (ContactImportWriter): a card's UID
// finds the contact a Rapport export wrote it for, then its LinkedIn URL,
// then its name and company.
//
// What is read: N and FN (the name; FN split at its last space when N has
// no given name), ORG (its first part: the company), TITLE (position),
// EMAIL (the preferred one, else the first), URL and X-SOCIALPROFILE (a
// LinkedIn profile address becomes the profile URL; other sites are left
// out), ADR (locality, region and country joined by ", ": the location),
// NOTE (notes), CATEGORIES (tags), UID and Rapport's own X-RAPPORT-INDUSTRY,
// X-RAPPORT-DEGREE, X-RAPPORT-CONNECTED-ON and X-RAPPORT-FOLLOWS-ME. A card
// without a name is skipped and listed in the report.

#include "io/ContactImportWriter.h"
#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace rapport {

class Database;

class VCardImporter
{
    Q_DECLARE_TR_FUNCTIONS(VCardImporter)

public:
    using DuplicatePolicy = ContactImportWriter::DuplicatePolicy;
    // Bytes done of the file's size; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit VCardImporter(Database &db);

    void setDuplicatePolicy(DuplicatePolicy policy) { m_policy = policy; }
    void setProgress(const Progress &progress) { m_progress = progress; }
    // The most rows a file may have (ContactImportWriter::MaxRows); more
    // and the import is refused. Lowered by tests.
    void setMaxRows(qint64 rows) { m_maxRows = rows; }

    // Imports the file. On failure or cancel the database is exactly as it
    // was and *error says why (naming the file and line); skipped cards are
    // not failures.
    bool run(const QString &path, ImportReport *report, QString *error);

private:
    bool cancelled(qint64 done, qint64 total, QString *error) const;

    Database &m_db;
    DuplicatePolicy m_policy = DuplicatePolicy::Update;
    Progress m_progress;
    qint64 m_maxRows = ContactImportWriter::MaxRows;
};

} // namespace rapport
