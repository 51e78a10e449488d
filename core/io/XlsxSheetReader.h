#pragma once

// Reads the XML parts of an .xlsx workbook that hold cells and strings: a
// worksheet (xl/worksheets/sheetN.xml) into an XlsxSheet, and the
// shared-string table (xl/sharedStrings.xml). Strings are resolved from the
// shared-string table (t="s") or read inline (t="inlineStr"); rich-text runs
// are joined, phonetic hints left out. Cells without an "r" reference take
// the column after the previous cell, rows without one the row after the
// previous row. What goes wrong is said as a detail naming the cell (the
// caller names the file and the sheet).

#include "io/XlsxSheet.h"

#include <QCoreApplication>
#include <QStringList>

class QXmlStreamReader;

namespace rapport {

class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    // More cells than this in one sheet is not a workbook we read (a
    // 13-month LinkedIn workbook has a few thousand).
    static constexpr int maxCells = 2000000;

    // Reads the worksheet XML from `xml` into `sheet` (its name is kept).
    // False with *detail set when the XML is not a worksheet we can read.
    static bool readSheet(QXmlStreamReader &xml, const QStringList &sharedStrings, XlsxSheet *sheet,
                          QString *detail);
    // Reads the shared-string table (<sst><si>...) into `strings`.
    static bool readSharedStrings(QXmlStreamReader &xml, QStringList *strings, QString *detail);

private:
    // The text of a string item (<si> or <is>), at its start element;
    // leaves the reader at its end element.
    static QString readStringItem(QXmlStreamReader &xml);
    static bool readCell(QXmlStreamReader &xml, const QStringList &sharedStrings, int rowNumber,
                         int previousColumn, XlsxCell *cell, QString *detail);
};

} // namespace rapport
