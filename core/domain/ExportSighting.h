#pragma once

// What one LinkedIn data export said about one connection (a row of its
// Connections.csv), tied to the contact the import matched it to.

#include <QDate>
#include <QString>

namespace rapport {

struct ExportSighting
{
    qint64 contactId = 0;
    QString firstName;
    QString lastName;
    QString url;
    QString company;
    QString position;
    QDate connectedOn;

    // Company and position, the role a job change compares.
    bool sameRole(const ExportSighting &other) const;
    // Everything the export says, as stored.
    bool sameAs(const ExportSighting &other) const;
};

} // namespace rapport
