#include "io/AnalyticsSheetCells.h"

#include "io/AnalyticsValues.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString usDate(const QDate &date)
{
    return date.toString(u"M/d/yyyy"_s);
}

} // namespace

AnalyticsSheetCells::AnalyticsSheetCells(const QString &fileName, const XlsxSheet &sheet,
                                         bool date1904)
    : m_fileName(fileName)
    , m_sheet(sheet)
    , m_date1904(date1904)
{}

void AnalyticsSheetCells::setWindow(const QDate &first, const QDate &last)
{
    m_first = first;
    m_last = last;
}

QString AnalyticsSheetCells::advice()
{
    return tr("Nothing was imported. Export the workbook again from LinkedIn and import the file "
              "as downloaded, without saving it from a spreadsheet program first.");
}

QString AnalyticsSheetCells::text(int row, int column) const
{
    return m_sheet.cell(row, column).text.trimmed();
}

QString AnalyticsSheetCells::shown(int row, int column) const
{
    const XlsxCell &cell = m_sheet.cell(row, column);
    if (cell.isBlank())
        return tr("nothing");
    QString value = cell.text.trimmed();
    if (value.size() > 60)
        value = value.left(57) + u"..."_s;
    if (cell.type == XlsxCell::Type::Text)
        return u"\u201C"_s + value + u"\u201D"_s;
    if (cell.type == XlsxCell::Type::Boolean)
        return cell.text == u"1" ? u"TRUE"_s : u"FALSE"_s;
    return value;
}

bool AnalyticsSheetCells::fail(int row, int column, const QString &detail)
{
    m_error =
        tr("%1, sheet %2, cell %3: %4 %5")
            .arg(m_fileName, m_sheet.name, XlsxSheet::cellName(row, column), detail, advice());
    return false;
}

bool AnalyticsSheetCells::failSheet(const QString &detail)
{
    m_error = tr("%1, sheet %2: %3 %4").arg(m_fileName, m_sheet.name, detail, advice());
    return false;
}

bool AnalyticsSheetCells::header(int row, int column, const QString &expected)
{
    if (AnalyticsValues::labelKey(text(row, column)) == AnalyticsValues::labelKey(expected))
        return true;
    return fail(row, column,
                tr("the header should be \u201C%1\u201D, but the cell holds %2.")
                    .arg(expected, shown(row, column)));
}

bool AnalyticsSheetCells::count(int row, int column, qint64 *out, bool allowNegative)
{
    const XlsxCell &cell = m_sheet.cell(row, column);
    std::optional<qint64> value;
    if (cell.type == XlsxCell::Type::Number || cell.type == XlsxCell::Type::Text)
        value = AnalyticsValues::countFromText(cell.text);
    if (cell.isBlank())
        return fail(row, column, tr("the cell is empty; a number was expected."));
    if (!value)
        return fail(row, column, tr("%1 is not a whole number.").arg(shown(row, column)));
    if (*value < 0 && !allowNegative)
        return fail(row, column,
                    tr("%1 is negative; a count was expected.").arg(shown(row, column)));
    *out = *value;
    return true;
}

bool AnalyticsSheetCells::inWindow(int row, int column, const QDate &date, const QString &written,
                                   int lateDays)
{
    const QDate last = m_last.addDays(lateDays);
    if (!m_first.isValid() || (date >= m_first && date <= last))
        return true;
    const QDate swapped = AnalyticsValues::swappedDateFromText(written);
    if (swapped.isValid() && swapped >= m_first && swapped <= last)
        return fail(row, column,
                    tr("%1 read as month/day is %2, outside the workbook's period %3 - %4; read "
                       "day first it would fit. Day and month were swapped: the file was saved "
                       "by a program set to a day/month locale.")
                        .arg(shown(row, column), QLocale().toString(date, QLocale::LongFormat),
                             usDate(m_first), usDate(m_last)));
    return fail(row, column,
                tr("the date %1 is outside the workbook's period %2 - %3 (sheet DISCOVERY, cell "
                   "B1).")
                    .arg(shown(row, column), usDate(m_first), usDate(m_last)));
}

bool AnalyticsSheetCells::date(int row, int column, QDate *out, bool checkWindow)
{
    const XlsxCell &cell = m_sheet.cell(row, column);
    QDate value;
    switch (cell.type) {
    case XlsxCell::Type::Text:
    case XlsxCell::Type::Date:
        value = AnalyticsValues::dateFromText(cell.text);
        break;
    case XlsxCell::Type::Number: {
        bool ok = false;
        const double serial = cell.text.toDouble(&ok);
        if (ok)
            value = AnalyticsValues::dateFromSerial(serial, m_date1904);
        break;
    }
    default:
        break;
    }
    if (cell.isBlank())
        return fail(row, column, tr("the cell is empty; a date was expected."));
    if (!value.isValid()) {
        const QDate swapped = cell.type == XlsxCell::Type::Text
                                  ? AnalyticsValues::swappedDateFromText(cell.text)
                                  : QDate();
        if (swapped.isValid())
            return fail(row, column,
                        tr("%1 is not a date in LinkedIn's month/day/year order; it reads as "
                           "day/month/year, so the file was saved by a program set to a "
                           "day/month locale.")
                            .arg(shown(row, column)));
        return fail(row, column,
                    tr("%1 is not a date (LinkedIn writes dates as month/day/year, e.g. "
                       "1/31/2026).")
                        .arg(shown(row, column)));
    }
    if (checkWindow &&
        !inWindow(row, column, value, cell.type == XlsxCell::Type::Text ? cell.text : QString()))
        return false;
    *out = value;
    return true;
}

bool AnalyticsSheetCells::share(int row, int column, double *share, bool *below)
{
    const XlsxCell &cell = m_sheet.cell(row, column);
    if (cell.isBlank())
        return fail(row, column, tr("the cell is empty; a percentage was expected."));
    if ((cell.type == XlsxCell::Type::Text) && AnalyticsValues::isBelowOnePercent(cell.text)) {
        *share = -1.0;
        *below = true;
        return true;
    }
    std::optional<double> value;
    if (cell.type == XlsxCell::Type::Number || cell.type == XlsxCell::Type::Text)
        value = AnalyticsValues::shareFromText(cell.text);
    if (!value)
        return fail(
            row, column,
            tr("%1 is not a percentage (such as 0.12, 12% or < 1%).").arg(shown(row, column)));
    *share = *value;
    *below = false;
    return true;
}

} // namespace rapport
