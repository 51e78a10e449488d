#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr qint64 chunkSize = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options{})
{}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_delimiter(options.delimiter)
{}

QChar CsvReader::detectDelimiter(const QString &sample)
{
    // Count candidates outside quotes on the first few lines; the one that
    // appears most, and on every line, wins. Commas win ties.
    const QChar candidates[] = {u',', u';', u'\t'};
    int counts[3] = {0, 0, 0};
    int minPerLine[3] = {INT_MAX, INT_MAX, INT_MAX};
    int perLine[3] = {0, 0, 0};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < sample.size() && lines < 10; ++i) {
        const QChar c = sample.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            bool any = false;
            for (int k = 0; k < 3; ++k)
                any = any || perLine[k] > 0;
            if (any) {
                for (int k = 0; k < 3; ++k) {
                    minPerLine[k] = qMin(minPerLine[k], perLine[k]);
                    perLine[k] = 0;
                }
                ++lines;
            }
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k]) {
                    ++counts[k];
                    ++perLine[k];
                }
            }
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        const int score = minPerLine[k] == INT_MAX ? counts[k] : minPerLine[k];
        const int bestScore = minPerLine[best] == INT_MAX ? counts[best] : minPerLine[best];
        if (score > bestScore)
            best = k;
    }
    return candidates[best];
}

void CsvReader::start()
{
    m_started = true;
    const QByteArray head = m_device->peek(4096);
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qint64 skip = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_encoding = Encoding::Utf8Bom;
        skip = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LE;
        encoding = QStringConverter::Utf16LE;
        skip = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BE;
        encoding = QStringConverter::Utf16BE;
        skip = 2;
    } else if (head.size() >= 4) {
        // UTF-16 without a BOM: every other byte of ASCII text is zero.
        int evenZeros = 0;
        int oddZeros = 0;
        for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
            evenZeros += head.at(i) == 0 ? 1 : 0;
            oddZeros += head.at(i + 1) == 0 ? 1 : 0;
        }
        const qsizetype pairs = head.size() / 2;
        if (oddZeros > pairs * 3 / 4 && evenZeros == 0) {
            m_encoding = Encoding::Utf16LE;
            encoding = QStringConverter::Utf16LE;
        } else if (evenZeros > pairs * 3 / 4 && oddZeros == 0) {
            m_encoding = Encoding::Utf16BE;
            encoding = QStringConverter::Utf16BE;
        }
    }
    if (skip > 0) {
        m_device->read(skip);
        m_bytesRead += skip;
    }
    m_decoder = QStringDecoder(encoding);
    if (m_options.detectDelimiter || m_delimiter.isNull()) {
        fill();
        m_delimiter = detectDelimiter(m_buffer.left(16384));
    }
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    QByteArray bytes(chunkSize, Qt::Uninitialized);
    const qint64 n = m_device->read(bytes.data(), chunkSize);
    if (n < 0) {
        // The device says why (a damaged ZIP, a disk error) and names the file.
        m_deviceFailed = true;
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = tr("Reading stopped at line %1: the file could not be read. Check the disk "
                         "and try again.")
                          .arg(m_line);
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        m_buffer.append(m_decoder.decode(QByteArray()));
        return false;
    }
    bytes.truncate(n);
    m_bytesRead += n;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype from = m_buffer.size();
    m_buffer.append(m_decoder.decode(bytes));
    // A NUL in the text (raw in UTF-8, or a U+0000 in UTF-16) is binary data;
    // name the line it is on, not the line the chunk starts on.
    const qsizetype nul = m_buffer.indexOf(QChar(u'\0'), from);
    if (nul >= 0) {
        m_error = tr("Line %1 contains binary data (a NUL character); this is not a text CSV "
                     "file. Choose the CSV file itself, or remove that character.")
                      .arg(m_line + linesIn(m_buffer, m_pos, nul));
        m_eof = true;
        return false;
    }
    return true;
}

qint64 CsvReader::linesIn(const QString &text, qsizetype from, qsizetype to)
{
    qint64 lines = 0;
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
            ++lines;
    }
    return lines;
}

QChar CsvReader::peekChar(bool *ok)
{
    while (m_pos >= m_buffer.size()) {
        if (!fill()) {
            *ok = m_pos < m_buffer.size();
            return *ok ? m_buffer.at(m_pos) : QChar();
        }
    }
    *ok = true;
    return m_buffer.at(m_pos);
}

bool CsvReader::readRow(QStringList *row)
{
    row->clear();
    if (hasError())
        return false;
    if (!m_started)
        start();
    if (hasError())
        return false;

    bool ok = false;
    QChar c = peekChar(&ok);
    if (!ok)
        return false; // clean end of data

    m_recordLine = m_line;
    QString field;
    bool quoted = false;
    bool fieldStarted = false; // a quote may only open a field
    qsizetype recordLength = 0;
    const qint64 quoteLine = m_line;
    qint64 openedOn = quoteLine;
    for (;;) {
        c = peekChar(&ok);
        if (hasError())
            return false;
        if (!ok) {
            if (quoted) {
                m_error = tr("A quoted field that starts on line %1 is never closed. Check "
                             "that line's quotes.")
                              .arg(openedOn);
                return false;
            }
            *row << field;
            ++m_records;
            return true;
        }
        ++m_pos;
        if (quoted) {
            if (m_options.backslashEscapes && c == u'\\') {
                bool more = false;
                const QChar next = peekChar(&more);
                if (more && next == u'"') {
                    ++m_pos;
                    field.append(u'"');
                    continue;
                }
                field.append(c);
            } else if (c == u'"') {
                bool more = false;
                const QChar next = peekChar(&more);
                if (more && next == u'"') {
                    ++m_pos;
                    field.append(u'"');
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++m_line;
                else if (c == u'\r') {
                    bool more = false;
                    if (peekChar(&more) != u'\n' || !more)
                        ++m_line;
                }
                field.append(c);
            }
        } else if (c == m_delimiter) {
            recordLength += field.size();
            *row << field;
            field.clear();
            if (recordLength > m_options.maxRecordLength) {
                m_error = tr("Line %1 holds a record of more than %2 characters; this does not "
                             "look like a CSV file. Check that you chose the right file.")
                              .arg(m_recordLine)
                              .arg(m_options.maxRecordLength);
                return false;
            }
            fieldStarted = false;
            if (row->size() >= m_options.maxFields) {
                m_error = tr("Line %1 has more than %2 fields; this does not look like a CSV "
                             "file. Check that you chose the right file.")
                              .arg(m_recordLine)
                              .arg(m_options.maxFields);
                return false;
            }
            continue;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                bool more = false;
                if (peekChar(&more) == u'\n' && more)
                    ++m_pos;
            }
            ++m_line;
            *row << field;
            ++m_records;
            return true;
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            openedOn = m_line;
        } else {
            field.append(c);
        }
        fieldStarted = true;
        if (field.size() > m_options.maxFieldLength) {
            m_error = tr("Line %1 holds a field of more than %2 characters; this does not look "
                         "like a CSV file. Check that you chose the right file.")
                          .arg(m_recordLine)
                          .arg(m_options.maxFieldLength);
            return false;
        }
    }
}

} // namespace rapport
