#pragma once

// Reads RFC 4180 CSV from any QIODevice, record by record, without loading
// the file: UTF-8 with or without BOM and UTF-16 (as Excel saves it),
// comma, semicolon or tab, quoted fields with doubled quotes and line breaks,
// CRLF, LF or CR line ends, and a last line with or without its newline.
// Bad input (binary data, a never-closed quote, a gigantic field) stops the
// reader with a message that names the line.

#include <QChar>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace rapport {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE };

    struct Options
    {
        // 0: detect from the first lines (comma, semicolon or tab).
        QChar delimiter = QChar(u',');
        bool detectDelimiter = false;
        // LinkedIn's Comments.csv escapes quotes as \" instead of "".
        bool backslashEscapes = false;
        // A field longer than this, or a record with more fields, is taken
        // as "not a CSV file" (and keeps hostile input from eating memory).
        qsizetype maxFieldLength = 1 << 20;
        qsizetype maxFields = 10000;
        // All fields of one record together (characters): bounds the memory
        // one record takes, however many fields it has.
        qsizetype maxRecordLength = 1 << 23;
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);

    // The next record into *row. False at the end of the data or on an
    // error (see hasError()).
    bool readRow(QStringList *row);

    bool hasError() const { return !m_error.isEmpty(); }
    // The error came from the device (a damaged ZIP, a disk error), not from
    // the text; errorString() is then the device's own message.
    bool deviceFailed() const { return m_deviceFailed; }
    QString errorString() const { return m_error; }
    // Physical line (1-based) on which the last record returned began.
    qint64 lineNumber() const { return m_recordLine; }
    // How many records have been returned so far.
    qint64 recordCount() const { return m_records; }
    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

    // The delimiter (',' ';' or '\t') that best splits the first lines.
    static QChar detectDelimiter(const QString &sample);

private:
    void start();
    bool fill();
    QChar peekChar(bool *ok);
    // Line breaks (LF, CRLF or CR) in text[from, to).
    static qint64 linesIn(const QString &text, qsizetype from, qsizetype to);

    QIODevice *m_device;
    Options m_options;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_deviceFailed = false;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_delimiter = QChar(u',');
    QString m_error;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_records = 0;
    qint64 m_bytesRead = 0;
};

} // namespace rapport
