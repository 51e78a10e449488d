#pragma once

// Saves the contacts an import reads (a CSV file, a vCard file), the same
// way for every format: finds the contact each one is about, applies the
// duplicate policy, and adds new contacts in batches inside the import's
// transaction, counting everything in the ImportReport.
//
// How a row finds its contact, first match wins:
//  1. its identity (the "Rapport ID" of a CSV export, a vCard's UID) when
//     this database wrote it and the contact still exists;
//  2. its LinkedIn profile;
//  3. its name and company, only when nothing contradicts it: two different
//     profile URLs, two different e-mail addresses, two different
//     identities (a UID of this database naming another contact, or two
//     rows of the file with different UIDs), or names that only look alike
//     (a full-width "＝" is not "="; accents and case do not count). Among
//     namesakes the one whose fields all agree is preferred.
// NUL characters are dropped from every text field.
//
// Memory stays bounded whatever the file's size: new contacts wait in a
// batch of at most 1,000 rows and 8 MiB of text, the rows of the batch are
// remembered by 64-bit fingerprints, and the UID each contact was matched
// with in this run is kept as a 64-bit key in a table indexed by contact id
// (8 bytes an id, at most 64 MB). A file has at most MaxRows rows.

#include "domain/Contact.h"
#include "io/ContactIdentity.h"
#include "io/CsvColumnMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace rapport {

class ContactStore;
class Database;
class ImportReport;

class ContactImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImportWriter)

public:
    enum class DuplicatePolicy {
        Update, // fill in and overwrite the fields the row has
        Skip,   // leave the existing contact as it is
        Create, // add another contact (never a second one with the same profile URL)
    };
    using Field = CsvColumnMapping::Field;

    struct Row
    {
        qint64 line = 0;
        Contact contact;
        quint32 present = 0; // bits of the fields the row gives a value for
        QString uid;         // the identity the file gives, if any
        bool has(Field field) const { return (present & bit(field)) != 0; }
        void mark(Field field) { present |= bit(field); }
        static quint32 bit(Field field) { return 1u << quint32(field); }
    };

    // `report` and `file` (the name in messages) must outlive the writer.
    ContactImportWriter(Database &db, DuplicatePolicy policy, ImportReport *report,
                        const QString &file);
    ~ContactImportWriter();
    ContactImportWriter(const ContactImportWriter &) = delete;
    ContactImportWriter &operator=(const ContactImportWriter &) = delete;

    // Inside the import's transaction, before the first row.
    void begin();
    // Matches and saves (or queues) one row. False only when the import
    // must stop (the database refused a batch); a row that cannot be saved
    // is skipped and reported.
    bool add(Row &row, QString *error);
    // Saves what is queued and finishes a bulk load. `keepGoing` may cancel.
    bool finish(QString *error, const std::function<bool()> &keepGoing = {});

    // The most rows (CSV) or cards (vCard) one file may have; a bigger file
    // is refused, nothing of it saved (see tooManyRows()).
    static constexpr qint64 MaxRows = 5000000;
    // "<file> has more than 5,000,000 rows…": what to do about it.
    static QString tooManyRows(const QString &file, qint64 limit, const QString &unit);

    ContactStore &contacts() { return *m_contacts; }

private:
    bool flush(QString *error);
    bool contradicts(const Row &row, const Contact &candidate, bool ourUid) const;
    static Contact merged(const Row &row, const Contact &existing);
    void remember(qint64 contactId, const Row &row);
    void rememberKey(qint64 contactId, quint64 uidKey);
    quint64 uidKeyOf(qint64 contactId) const; // 0 when none

    Database &m_db;
    std::unique_ptr<ContactStore> m_contacts;
    DuplicatePolicy m_policy;
    ImportReport *m_report;
    QString m_file;
    ContactIdentity m_identity;
    int m_contactsBefore = 0;
    // New contacts waiting to be added in one batch, with their lines and UIDs.
    QList<Contact> m_pending;
    QList<qint64> m_pendingLines;
    QList<quint64> m_pendingUids;
    qint64 m_pendingBytes = 0; // the text they hold
    // Fingerprints of their slugs and folded name + company; two keys
    // sharing one only save the batch a little early.
    QSet<quint64> m_pendingKeys;
    // The UID (key) each contact was matched or created with in this run:
    // by id below denseIds, else in the hash (ids that high are rare).
    std::vector<quint64> m_uidById;
    QHash<qint64, quint64> m_uidOfSparse;
};

} // namespace rapport
