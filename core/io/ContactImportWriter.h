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

    ContactStore &contacts() { return *m_contacts; }

private:
    bool flush(QString *error);
    bool contradicts(const Row &row, const Contact &candidate, bool ourUid) const;
    static Contact merged(const Row &row, const Contact &existing);
    void remember(qint64 contactId, const Row &row);

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
    QSet<QString> m_pendingKeys; // their slugs and folded name + company
    // The UID (key) each contact was matched or created with in this run.
    QHash<qint64, quint64> m_uidOf;
};

} // namespace rapport
