#pragma once

// The stable identity of a contact outside the database: the UID of its
// vCard and the "Rapport ID" column of a CSV export, so that importing an
// export matches each row to the contact it came from before anything else.
//
// A UID is "urn:uuid:" and an RFC 9562 version-8 UUID: its first 60 free
// bits come from the database's own id (kept in the setting table under
// "database_uid", made at random the first time and never changed; a
// read-only database that has none yet uses its first contact instead), its last 62 bits are the
// contact's id. So a UID says which database wrote it and which contact it is, and stays the same
// for as long as the contact exists; copies and backups of a database keep it.

#include <QString>
#include <optional>

namespace rapport {

class Database;

class ContactIdentity
{
public:
    // The identity of `db`. Stores it the first time when it can (a
    // read-only database gets the same value, just not stored yet).
    static ContactIdentity forDatabase(Database &db);
    // A fixed identity, for tests: `databaseUid` is any text.
    static ContactIdentity fromDatabaseUid(const QString &databaseUid);

    // "urn:uuid:xxxxxxxx-xxxx-8xxx-xxxx-xxxxxxxxxxxx"
    QString uid(qint64 contactId) const;
    // The contact a UID written by this database names; nullopt for any
    // other text (another database's UID, a phone's UID, garbage).
    std::optional<qint64> contactId(const QString &uid) const;
    // Whether `uid` was written by this database (the contact may be gone).
    bool isOurs(const QString &uid) const;

    // The UID compared case-insensitively and without "urn:uuid:".
    static QString normalized(const QString &uid);
    // A 64-bit key of the normalized UID, for remembering the UIDs of a run.
    static quint64 key(const QString &uid);

private:
    explicit ContactIdentity(quint64 bits)
        : m_bits(bits)
    {}
    std::optional<qint64> decode(const QString &uid, bool *ours) const;

    quint64 m_bits = 0; // the first 8 bytes of every UID, version nibble set
};

} // namespace rapport
