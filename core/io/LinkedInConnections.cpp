#include "io/LinkedInConnections.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

int englishMonth(const QString &name)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    // "Sept" and full names ("February") start with the abbreviation.
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

bool sameHeader(const QString &cell, const QString &name)
{
    return cell.trimmed().compare(name, Qt::CaseInsensitive) == 0;
}

CsvReader::Options readerOptions()
{
    CsvReader::Options options;
    options.maxFieldLength = LinkedInConnections::maxFieldLength;
    options.maxRecordLength = LinkedInConnections::maxRecordLength;
    return options;
}

} // namespace

LinkedInConnections::LinkedInConnections(QIODevice *device, const QString &fileName)
    : m_table(device, fileName, readerOptions())
{
    m_table.setMaxRows(maxRows, tr("%1 has more than %L2 rows, and LinkedIn allows at most "
                                   "30,000 connections: this is not LinkedIn's Connections.csv. "
                                   "Nothing was imported. Check that you chose the right file."));
}

bool LinkedInConnections::hasUrlColumn() const
{
    return m_table.hasColumn(u"url"_s);
}

bool LinkedInConnections::isHeader(const QStringList &row)
{
    bool first = false;
    bool connected = false;
    for (const QString &cell : row) {
        first = first || sameHeader(cell, u"First Name"_s);
        connected = connected || sameHeader(cell, u"Connected On"_s);
    }
    return first && connected;
}

QDate LinkedInConnections::parseDate(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression dayMonthYear(
        u"^(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -](\\d{4}|\\d{2})$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression us(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    if (const auto m = dayMonthYear.match(text); m.hasMatch()) {
        const int month = englishMonth(m.captured(2));
        int year = m.captured(3).toInt();
        // Excel's two-digit years: LinkedIn began in 2003, so all are 20xx.
        if (m.captured(3).size() == 2)
            year += 2000;
        return month > 0 ? QDate(year, month, m.captured(1).toInt()) : QDate();
    }
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = us.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    return {};
}

bool LinkedInConnections::readHeader(QString *error)
{
    const bool ok = m_table.readHeader(
        &LinkedInConnections::isHeader, u"last name"_s,
        tr("%1, line %2: the header has no \"Last Name\" column. Export your "
           "connections from LinkedIn again."),
        tr("%1 has no header row with \"First Name\" and \"Connected On\" in its "
           "first 20 lines; it is not LinkedIn's Connections.csv. "
           "Choose the file from LinkedIn's data export."));
    if (!ok && error)
        *error = m_table.errorString();
    return ok;
}

QString LinkedInConnections::field(const QStringList &row, const QString &column) const
{
    return m_table.field(row, column).trimmed();
}

bool LinkedInConnections::next(Row *out)
{
    QStringList cells;
    if (!m_table.next(&cells))
        return false;
    Row row;
    row.line = m_table.lineNumber();
    row.firstName = field(cells, u"first name"_s);
    row.lastName = field(cells, u"last name"_s);
    row.url = field(cells, u"url"_s);
    row.email = field(cells, u"email address"_s);
    row.company = field(cells, u"company"_s);
    row.position = field(cells, u"position"_s);
    const QString date = field(cells, u"connected on"_s);
    row.connectedOn = parseDate(date);
    const bool nameless = row.firstName.isEmpty() && row.lastName.isEmpty();
    if (nameless && row.url.isEmpty() && row.company.isEmpty() && row.position.isEmpty() &&
        row.email.isEmpty()) {
        row.hidden = true;
    } else if (row.firstName.isEmpty()) {
        row.problem = tr("the First Name is empty; add it in the file or add the contact by hand");
    } else if (!date.isEmpty() && !row.connectedOn.isValid()) {
        row.problem = tr("Connected On \"%1\" is not a date we know (like 08 Feb 2026); correct "
                         "it in the file")
                          .arg(date);
    }
    *out = row;
    return true;
}

} // namespace rapport
