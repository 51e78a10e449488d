#pragma once

// The cells of one worksheet of an .xlsx workbook, as read by
// XlsxSheetReader: rows in order, each with the cells it has (rows and
// cells a writer left out are empty). Rows and columns count from 1, as in
// "B12" (column 2, row 12).

#include "io/XlsxCell.h"

#include <QList>
#include <QString>

namespace rapport {

class XlsxSheet
{
public:
    struct Row
    {
        int number = 0;
        QList<XlsxCell> cells; // by column, ascending
    };

    QString name;
    QList<Row> rows; // by number, ascending

    // The cell at (row, column); an empty cell when the sheet has none there.
    const XlsxCell &cell(int row, int column) const;
    // True when every cell of the row in columns [first, last] is blank.
    bool rowIsBlank(int row, int firstColumn, int lastColumn) const;
    // The last row that holds a cell, 0 for an empty sheet.
    int lastRow() const { return rows.isEmpty() ? 0 : rows.constLast().number; }

    // 1 -> "A", 27 -> "AA".
    static QString columnName(int column);
    // (12, 2) -> "B12".
    static QString cellName(int row, int column);
    // "B12" -> row 12, column 2 (either may be null); false when it is not a
    // cell reference inside Excel's limits.
    static bool parseCellName(QStringView name, int *row, int *column);

    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;
};

} // namespace rapport
