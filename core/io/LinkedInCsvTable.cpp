#include "io/LinkedInCsvTable.h"

#include "io/LinkedInArchiveEntry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

LinkedInCsvTable::LinkedInCsvTable(QIODevice *device, const QString &fileName,
                                   const CsvReader::Options &options)
    : m_reader(device, options)
    , m_device(device)
    , m_fileName(fileName)
{}

void LinkedInCsvTable::fail(const QString &message)
{
    if (m_reader.deviceFailed()) {
        m_error = m_reader.errorString(); // names the export and the file
        return;
    }
    // Text that makes no sense in a ZIP may be damaged data: when the rest of
    // the file shows it, that is what the person must hear.
    auto *entry = dynamic_cast<LinkedInArchiveEntry *>(m_device);
    if (entry && entry->isZip() && !entry->readRest() && entry->isDamaged()) {
        m_error = entry->errorString();
        return;
    }
    m_error = message;
}

bool LinkedInCsvTable::readHeader(const std::function<bool(const QStringList &)> &isHeader,
                                  const QString &requiredColumn,
                                  const QString &missingColumnMessage,
                                  const QString &noHeaderMessage)
{
    QStringList row;
    for (int i = 0; i < headerSearchRows && m_reader.readRow(&row); ++i) {
        if (!isHeader(row))
            continue;
        for (int c = 0; c < row.size(); ++c) {
            const QString name = row.at(c).trimmed().toLower();
            if (!name.isEmpty() && !m_columns.contains(name))
                m_columns.insert(name, c);
        }
        if (!m_columns.contains(requiredColumn)) {
            fail(missingColumnMessage.arg(m_fileName).arg(m_reader.lineNumber()));
            return false;
        }
        return true;
    }
    fail(m_reader.hasError() ? QCoreApplication::translate("LinkedInCsvTable", "%1: %2")
                                   .arg(m_fileName, m_reader.errorString())
                             : noHeaderMessage.arg(m_fileName));
    return false;
}

bool LinkedInCsvTable::next(QStringList *cells)
{
    for (;;) {
        if (!m_reader.readRow(cells)) {
            if (m_reader.hasError()) {
                fail(QCoreApplication::translate("LinkedInCsvTable", "%1: %2")
                         .arg(m_fileName, m_reader.errorString()));
            }
            return false;
        }
        for (const QString &cell : std::as_const(*cells)) {
            if (cell.trimmed().isEmpty())
                continue;
            if (m_maxRows > 0 && ++m_rows > m_maxRows) {
                fail(m_maxRowsMessage.arg(m_fileName).arg(m_maxRows));
                cells->clear();
                return false;
            }
            return true;
        }
    }
}

QString LinkedInCsvTable::field(const QStringList &cells, const QString &column) const
{
    const int index = m_columns.value(column, -1);
    return index >= 0 ? cells.value(index) : QString();
}

} // namespace rapport
