#pragma once

// Reads LinkedIn's Invitations.csv (From, To, Sent At, Message, Direction,
// and since late 2023 inviterProfileUrl and inviteeProfileUrl). Columns are
// found by header name; "Sent At" has its own date parser.

#include "io/LinkedInCsvTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace rapport {

class LinkedInInvitations
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInInvitations)

public:
    struct Row
    {
        qint64 line = 0;
        QString from;
        QString to;
        QDateTime sentAt; // UTC
        QString message;
        bool outgoing = false;
        QString inviterUrl;
        QString inviteeUrl;
        // Why the row cannot be imported (names the field); empty when fine.
        QString problem;
    };

    LinkedInInvitations(QIODevice *device, const QString &fileName);

    bool readHeader(QString *error);
    bool hasUrlColumns() const;
    bool next(Row *row);
    bool hasError() const { return m_table.hasError(); }
    QString errorString() const { return m_table.errorString(); }
    qint64 bytesRead() const { return m_table.bytesRead(); }

    // True for the header: a row holding From, To, Sent At and Direction.
    static bool isHeader(const QStringList &row);
    // "4/6/26, 2:12 PM": US month/day/two-digit year, 12-hour clock, no time
    // zone, so local time. Invalid otherwise.
    static QDateTime parseSentAt(const QString &text);

private:
    QString field(const QStringList &row, const QString &column) const;

    LinkedInCsvTable m_table;
};

} // namespace rapport
