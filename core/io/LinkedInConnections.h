#pragma once

// Reads LinkedIn's Connections.csv of every era: with or without the
// "Notes:" preamble and the URL column, as exported or re-saved by Excel.
// Columns are found by header name; "Connected On" has its own date parser.

#include "io/LinkedInCsvTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QIODevice;

namespace rapport {

class LinkedInConnections
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInConnections)

public:
    // More rows than this are refused: LinkedIn allows 30,000 connections,
    // and the importer keeps 16 bytes of every row until the end. A field
    // or a row longer than these is not a connection either.
    static constexpr qint64 maxRows = 1000000;
    static constexpr qsizetype maxFieldLength = 4096;
    static constexpr qsizetype maxRecordLength = 16384;

    struct Row
    {
        qint64 line = 0; // physical line in the file where the row starts
        QString firstName;
        QString lastName;
        QString url;
        QString email;
        QString company;
        QString position;
        QDate connectedOn;
        // A date-only row: a connection whose profile is hidden or closed.
        bool hidden = false;
        // Why the row cannot be imported (names the field); empty when fine.
        QString problem;
    };

    // `fileName` names the file in messages.
    LinkedInConnections(QIODevice *device, const QString &fileName);

    // Finds the header row. False, with a message, when there is none.
    bool readHeader(QString *error);
    bool hasUrlColumn() const;
    // The next data row; false at the end of the file or on an error.
    bool next(Row *row);
    bool hasError() const { return m_table.hasError(); }
    QString errorString() const { return m_table.errorString(); }
    qint64 bytesRead() const { return m_table.bytesRead(); }

    // True for the header: a row holding both "First Name" and "Connected On".
    static bool isHeader(const QStringList &row);
    // "08 Feb 2026", Excel's "4-Apr-21", "2026-02-08" or "02/08/2026"
    // (MM/DD/YYYY); English month names whatever the locale. Invalid otherwise.
    static QDate parseDate(const QString &text);

private:
    QString field(const QStringList &row, const QString &column) const;

    LinkedInCsvTable m_table;
};

} // namespace rapport
