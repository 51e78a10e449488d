#pragma once

// Deleting a contact with everything that hangs on it, and putting it all
// back. remove() keeps, in a Snapshot, every row the delete takes (the
// contact row with its keep-in-touch columns, tier and score, its tags with
// their cadences, engagement events and summary, outreach with reply links
// and outcomes, value given, queue items of every day with their status)
// and the links rows that stay had to them; restore() puts the contact back
// from it in one transaction, indistinguishable from before: same ids,
// timestamps and columns. The window's undo and `rapport-cli contacts
// delete` both go through it.

#include "domain/Contact.h"
#include "store/StoredRows.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rapport {

class ContactStore;

class ContactRemoval
{
    Q_DECLARE_TR_FUNCTIONS(ContactRemoval)

public:
    // Everything one delete took; a plain value the caller keeps.
    struct Snapshot
    {
        Contact contact; // as ContactStore read it (id, name, tags)
        StoredRows contactRow;
        StoredRows tags; // the tag rows it carried, with their cadences
        StoredRows engagement;
        StoredRows engagementSummary;
        StoredRows outreach;
        StoredRows values;
        StoredRows queueItems;
        QList<StoredRows::Link> links; // from rows that stay
    };

    // Uses `contacts` (and its database) so its cached counts stay right.
    explicit ContactRemoval(ContactStore &contacts);

    // Deletes the contact and all its rows in one transaction. nullopt, with
    // the reason, when it is not there or cannot be deleted (nothing changed).
    std::optional<Snapshot> remove(qint64 contactId, QString *error);
    // Puts back what remove() took, all of it or nothing. Content pieces or
    // outreach of other people deleted meanwhile are simply not linked again.
    // Refuses, changing nothing, when an import (or an edit) has brought
    // back meanwhile what the snapshot holds under new ids: a contact with
    // the same LinkedIn profile, or her outreach (the same source keys).
    bool restore(const Snapshot &snapshot, QString *error);

private:
    // True, with the message, when restore() must refuse as above.
    bool refusedAsBroughtBack(const Snapshot &s, QString *error) const;

    ContactStore &m_contacts;
};

} // namespace rapport
