#pragma once

// Exports the contacts of a query (the search, tag and order the contacts
// view shows) to a CSV or vCard file. Reads the store page by page, never
// the whole table; writes to a temporary file next to the target and
// replaces the target only when everything was written, so a cancel or an
// error leaves no half-written file behind. A device or pipe (/dev/stdout,
// a FIFO) is written directly, and exportTo(QIODevice *) writes to an open
// device such as standard output.

#include "domain/ContactQuery.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QIODevice;

namespace rapport {

class ContactStore;

class ContactExporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactExporter)

public:
    enum class Format { Csv, VCard };

    struct Options
    {
        Format format = Format::Csv;
        ContactQuery query;
        // CSV: column keys (see columnKeys()) in file order; empty means
        // defaultColumns(). Ignored for vCard.
        QStringList columns;
        bool byteOrderMark = false;  // CSV: for Excel
        bool protectFormulas = true; // CSV: see CsvWriter
        int progressStep = 2000;     // contacts between progress reports
    };

    // Receives the contacts written so far and the total; returning false
    // cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ContactExporter(ContactStore &store);

    // Writes the file. On success *exported is the number of contacts
    // written. On failure or cancel *error names the file and what to do,
    // and nothing was written at `path`.
    bool exportTo(const QString &path, const Options &options, qint64 *exported, QString *error,
                  const Progress &progress = {}) const;
    // Writes to an open device; `shownName` names it in messages. On failure
    // part of the export may already have been written to it.
    bool exportTo(QIODevice *device, const QString &shownName, const Options &options,
                  qint64 *exported, QString *error, const Progress &progress = {}) const;

    // The stable column keys, in their natural order: first_name, last_name,
    // full_name, profile_url, position, company, industry, location, email,
    // degree (1-3, empty when unknown), connected_on (YYYY-MM-DD), follows_me
    // (yes/no), tags (see tagsCell()), notes, created_at, updated_at
    // (ISO-8601, UTC), rapport_id (the contact's vCard UID, see
    // ContactIdentity: what an import of the file matches first).
    static QStringList columnKeys();
    // Every column but full_name, which repeats the first two.
    static QStringList defaultColumns();
    // Tags joined with ", "; a backslash goes before every backslash, comma
    // and semicolon and the first colon of ":::" in a tag, so CsvImporter::splitTags() gives the
    // same tags back.
    static QString tagsCell(const QStringList &tags);
    // The header a person sees for a key; empty for an unknown key.
    static QString columnTitle(const QString &key);
    // False, naming the first unknown key and listing the valid ones, when
    // a key is not a column; also refuses an empty list and repeated keys.
    static bool checkColumns(const QStringList &keys, QString *error);

private:
    ContactStore &m_store;
};

} // namespace rapport
