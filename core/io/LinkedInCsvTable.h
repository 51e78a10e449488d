#pragma once

// The part every LinkedIn export file shares: find the header row (some
// files have a preamble), map columns by their header name (never by
// position: columns come and go between eras), and hand out the non-blank
// rows after it with their line numbers. Each file's parser adds its own
// fields and date format on top. When reading fails, or the text makes no
// sense, in a file that is damaged inside its ZIP, the error says the ZIP is
// damaged (see LinkedInArchiveEntry) rather than blame the file's content.

#include "io/CsvReader.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace rapport {

class LinkedInCsvTable
{
public:
    LinkedInCsvTable(QIODevice *device, const QString &fileName,
                     const CsvReader::Options &options = {});

    // Reads up to the first row `isHeader` accepts. Fails with
    // `missingColumnMessage` (its %1 the file, %2 the line) when that row
    // lacks `requiredColumn`, and with `noHeaderMessage` (its %1 the file)
    // when no row within the first lines is a header.
    bool readHeader(const std::function<bool(const QStringList &)> &isHeader,
                    const QString &requiredColumn, const QString &missingColumnMessage,
                    const QString &noHeaderMessage);
    // More data rows than `rows` stop next() with `message` (its %1 the
    // file, %2 the limit): a file whose parser keeps some of every row in
    // memory must not grow without bound.
    void setMaxRows(qint64 rows, const QString &message)
    {
        m_maxRows = rows;
        m_maxRowsMessage = message;
    }
    // The next row with any non-blank cell; false at the end or on an error.
    bool next(QStringList *cells);
    // The cell under a header (lower-case name), or empty when the file has
    // no such column.
    QString field(const QStringList &cells, const QString &column) const;
    bool hasColumn(const QString &column) const { return m_columns.contains(column); }

    qint64 lineNumber() const { return m_reader.lineNumber(); }
    qint64 bytesRead() const { return m_reader.bytesRead(); }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString fileName() const { return m_fileName; }

    static constexpr int headerSearchRows = 20;

private:
    // Sets the error: the damage when the file is damaged, else `message`.
    void fail(const QString &message);

    CsvReader m_reader;
    QIODevice *m_device;
    QString m_fileName;
    QHash<QString, int> m_columns; // lower-case header name -> index
    QString m_error;
    qint64 m_rows = 0;
    qint64 m_maxRows = 0; // 0: no limit
    QString m_maxRowsMessage;
};

} // namespace rapport
