#pragma once

// Imports LinkedIn's data export (Connections, Invitations, messages) into
// contacts and outreach, all or nothing in one transaction. Contacts are
// found by profile slug, else by name and company, so importing the same
// export again changes nothing and a newer one updates what changed.

#include "domain/ExportSighting.h"
#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>

namespace rapport {

class ContactStore;
class Database;
class LinkedInArchive;
class OutreachStore;
struct Outreach;

class LinkedInImporter
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInImporter)

public:
    // Bytes done of the total; returning false cancels the import.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit LinkedInImporter(Database &db);
    ~LinkedInImporter();
    LinkedInImporter(const LinkedInImporter &) = delete;
    LinkedInImporter &operator=(const LinkedInImporter &) = delete;

    void setProgress(const Progress &progress) { m_progress = progress; }

    // Imports every file of the archive we know. On failure or cancel the
    // database is left exactly as it was and *error says why.
    bool run(const LinkedInArchive &archive, ImportReport *report, QString *error);

private:
    bool importConnections(const LinkedInArchive &archive, QString *error);
    bool importInvitations(const LinkedInArchive &archive, QString *error);
    bool importMessages(const LinkedInArchive &archive, QString *error);
    // The member's own profile slug: the sender or recipient found in most
    // conversations.
    bool findOwnerInMessages(const LinkedInArchive &archive, QString *error);
    // The contact with this name and profile URL (either may be empty),
    // created when unknown; 0 after adding a skip that says why.
    qint64 person(const QString &name, const QString &url, const QString &file, qint64 line);
    // Adds the row unless its source key is known; counts it either way.
    bool addOutreach(Outreach &outreach, const QString &file, qint64 line);
    bool tick(qint64 fileBytes, QString *error);

    Database &m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<OutreachStore> m_outreach;
    Progress m_progress;
    ImportReport *m_report = nullptr;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_owner;              // the member's own slug, when known
    QList<ExportSighting> m_seen; // the connections Connections.csv listed
    // Contacts created from Connections.csv with a profile: ranges of ids
    // (first, last), their sightings read back from their rows.
    QList<QPair<qint64, qint64>> m_created;
};

} // namespace rapport
