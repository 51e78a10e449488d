#pragma once

// One sheet of LinkedIn's analytics workbook read cell by cell as the
// AnalyticsWorkbookReader needs it: a count, a date (checked against the
// DISCOVERY window), a share, a header. Each read that fails leaves a
// message naming the file, the sheet and the cell, what was expected and
// what was found, and what to do (error()).

#include "io/XlsxSheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace rapport {

class AnalyticsSheetCells
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsSheetCells)

public:
    AnalyticsSheetCells(const QString &fileName, const XlsxSheet &sheet, bool date1904);

    const XlsxSheet &sheet() const { return m_sheet; }
    // Dates read with checkWindow are refused outside [first, last].
    void setWindow(const QDate &first, const QDate &last);

    // The cell's text, trimmed (a number cell's as stored).
    QString text(int row, int column) const;
    bool isBlank(int row, int column) const { return m_sheet.cell(row, column).isBlank(); }
    // True when the cell says `expected` (ignoring case and spaces); else
    // false, with a message naming the cell, `expected` and what it holds.
    bool header(int row, int column, const QString &expected);
    // A whole number (text or number cell); negative only when allowed.
    bool count(int row, int column, qint64 *out, bool allowNegative = false);
    // A date (M/D/YYYY text, ISO text, a date or serial number cell).
    bool date(int row, int column, QDate *out, bool checkWindow);
    // Checks a date already read from (row, column), as written in
    // `written`, against the window, extended by `lateDays` after its end;
    // a date a day/month flip explains is said to be one.
    bool inWindow(int row, int column, const QDate &date, const QString &written, int lateDays = 0);
    // A share 0..1, or "< 1%" (*below set, *share -1).
    bool share(int row, int column, double *share, bool *below);

    // Fails with `detail` about the cell (row, column).
    bool fail(int row, int column, const QString &detail);
    // Fails with `detail` about the sheet as a whole.
    bool failSheet(const QString &detail);
    QString error() const { return m_error; }

    // How a cell is shown in messages: "12a" in quotes for text, numbers
    // as stored, "empty" for a blank cell.
    QString shown(int row, int column) const;
    // What every message ends with.
    static QString advice();

private:
    QString m_fileName;
    const XlsxSheet &m_sheet;
    bool m_date1904 = false;
    QDate m_first;
    QDate m_last;
    QString m_error;
};

} // namespace rapport
