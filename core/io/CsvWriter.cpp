#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Bytes are handed to the device in chunks of about this many characters:
// few device writes, little memory.
constexpr qsizetype chunkSize = 512 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options())
{}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_bomPending(options.byteOrderMark)
{
    m_buffer.reserve(chunkSize + 1024);
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::looksLikeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool CsvWriter::needsApostrophe(QStringView value, bool protectFormulas)
{
    if (value.isEmpty())
        return false;
    if (protectFormulas && (looksLikeFormula(value) || value.front() == u'\''))
        return true;
    // What CsvImporter would take away: keep it by adding one.
    return value.size() >= 2 && value.front() == u'\'' &&
           (looksLikeFormula(value.mid(1)) || value.at(1) == u'\'');
}

void CsvWriter::addField(QStringView original, Cell cell)
{
    QString withoutNul;
    QStringView value = original;
    if (value.contains(QChar(u'\0'))) {
        withoutNul = value.toString();
        withoutNul.remove(QChar(u'\0'));
        value = withoutNul;
    }
    if (!m_atRecordStart)
        m_buffer += m_options.delimiter;
    m_atRecordStart = false;
    const bool defuse = cell == Cell::Text && needsApostrophe(value, m_options.protectFormulas);
    bool quote = false;
    for (const QChar ch : value) {
        if (ch == m_options.delimiter || ch == u'"' || ch == u'\r' || ch == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (defuse)
            m_buffer += u'\'';
        m_buffer += value;
    } else {
        m_buffer += u'"';
        if (defuse)
            m_buffer += u'\'';
        qsizetype start = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == u'"') {
                m_buffer += value.mid(start, i - start + 1);
                m_buffer += u'"';
                start = i + 1;
            }
        }
        m_buffer += value.mid(start);
        m_buffer += u'"';
    }
}

void CsvWriter::endRecord()
{
    m_buffer += u"\r\n";
    m_atRecordStart = true;
    writePending(false);
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &field : fields)
        addField(field);
    endRecord();
}

void CsvWriter::writePending(bool force)
{
    if (m_buffer.size() < chunkSize && !force)
        return;
    if (hasError()) {
        m_buffer.resize(0);
        return;
    }
    QByteArray bytes;
    if (m_bomPending) {
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_bomPending = false;
    }
    bytes += m_buffer.toUtf8();
    m_buffer.resize(0); // keeps the capacity for the next chunk
    if (bytes.isEmpty())
        return;
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("CsvWriter", "the data could not be written");
    }
}

bool CsvWriter::flush()
{
    writePending(true);
    return !hasError();
}

} // namespace rapport
