#pragma once

// One thing that changed between two LinkedIn data exports: a new
// connection, one no longer there, a job change (old and new role), an
// invitation of ours accepted, or new messages from someone.

#include <QDate>
#include <QString>

namespace rapport {

struct ExportChange
{
    // In the order the Changes view and the CLI list them.
    enum class Kind { NewConnection, Gone, JobChange, InvitationAccepted, NewMessages };

    Kind kind = Kind::NewConnection;
    qint64 contactId = 0;
    QString name; // the contact's name, as stored now
    QString oldCompany;
    QString oldPosition;
    QString newCompany;
    QString newPosition;
    QDate day;     // connected on (new, accepted); latest message (messages)
    int count = 0; // new messages

    // Stored and JSON names: new, gone, job, accepted, messages.
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
};

} // namespace rapport
