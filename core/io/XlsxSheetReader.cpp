#include "io/XlsxSheetReader.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace rapport {

QString XlsxSheetReader::readStringItem(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // rPh, phoneticPr
        }
    }
    return text;
}

bool XlsxSheetReader::readSharedStrings(QXmlStreamReader &xml, QStringList *strings,
                                        QString *detail)
{
    strings->clear();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings->append(readStringItem(xml));
    }
    if (xml.hasError()) {
        if (detail)
            *detail = xml.errorString();
        return false;
    }
    return true;
}

bool XlsxSheetReader::readCell(QXmlStreamReader &xml, const QStringList &sharedStrings,
                               int rowNumber, int previousColumn, XlsxCell *cell, QString *detail)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView reference = attributes.value(QLatin1String("r"));
    const QStringView type = attributes.value(QLatin1String("t"));
    int column = previousColumn + 1;
    if (!reference.isEmpty()) {
        int row = 0;
        if (!XlsxSheet::parseCellName(reference, &row, &column)) {
            if (detail)
                *detail = tr("a cell in row %1 has the reference \"%2\", which is not a cell")
                              .arg(rowNumber)
                              .arg(reference.left(20));
            return false;
        }
        if (row != rowNumber) {
            if (detail)
                *detail =
                    tr("cell %1 is stored in row %2").arg(reference.toString()).arg(rowNumber);
            return false;
        }
    }
    const QString name = XlsxSheet::cellName(rowNumber, column);
    if (column <= previousColumn) {
        if (detail)
            *detail = tr("cell %1 comes after a cell to its right").arg(name);
        return false;
    }
    if (column > XlsxSheet::maxColumns) {
        if (detail)
            *detail = tr("row %1 has more columns than a worksheet can have").arg(rowNumber);
        return false;
    }
    QString value;
    QString inlineText;
    bool hasInline = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"is") {
            inlineText = readStringItem(xml);
            hasInline = true;
        } else {
            xml.skipCurrentElement(); // f (formula), extLst
        }
    }
    if (xml.hasError())
        return true; // the caller reports it
    cell->column = column;
    cell->type = XlsxCell::Type::Empty;
    cell->text.clear();
    if (type == u"s") {
        if (value.trimmed().isEmpty())
            return true;
        bool ok = false;
        const qint64 index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= sharedStrings.size()) {
            if (detail)
                *detail = tr("cell %1 refers to shared string number %2, but the workbook's "
                             "shared-string table holds %3")
                              .arg(name, value.left(20), QString::number(sharedStrings.size()));
            return false;
        }
        cell->type = XlsxCell::Type::Text;
        cell->text = sharedStrings.at(index);
    } else if (type == u"inlineStr" || (type.isEmpty() && hasInline)) {
        cell->type = XlsxCell::Type::Text;
        cell->text = hasInline ? inlineText : value;
    } else if (type == u"str") {
        cell->type = XlsxCell::Type::Text;
        cell->text = value;
    } else if (type == u"b") {
        cell->type = XlsxCell::Type::Boolean;
        cell->text = value.trimmed();
    } else if (type == u"e") {
        cell->type = XlsxCell::Type::Error;
        cell->text = value.trimmed();
    } else if (type == u"d") {
        cell->type = value.trimmed().isEmpty() ? XlsxCell::Type::Empty : XlsxCell::Type::Date;
        cell->text = value.trimmed();
    } else if (type.isEmpty() || type == u"n") {
        cell->type = value.trimmed().isEmpty() ? XlsxCell::Type::Empty : XlsxCell::Type::Number;
        cell->text = value.trimmed();
    } else {
        if (detail)
            *detail = tr("cell %1 has the unknown type \"%2\"").arg(name, type.left(20));
        return false;
    }
    return true;
}

bool XlsxSheetReader::readSheet(QXmlStreamReader &xml, const QStringList &sharedStrings,
                                XlsxSheet *sheet, QString *detail)
{
    sheet->rows.clear();
    bool inSheetData = false;
    int cells = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"sheetData")
            inSheetData = false;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"sheetData") {
            inSheetData = true;
            continue;
        }
        if (!inSheetData || xml.name() != u"row")
            continue;
        const int previousRow = sheet->rows.isEmpty() ? 0 : sheet->rows.constLast().number;
        int rowNumber = previousRow + 1;
        const QStringView reference = xml.attributes().value(QLatin1String("r"));
        if (!reference.isEmpty()) {
            bool ok = false;
            rowNumber = reference.toInt(&ok);
            if (!ok || rowNumber < 1 || rowNumber > XlsxSheet::maxRows) {
                if (detail)
                    *detail = tr("after row %1 comes a row numbered \"%2\", which is not a row")
                                  .arg(previousRow)
                                  .arg(reference.left(20));
                return false;
            }
            if (rowNumber <= previousRow) {
                if (detail)
                    *detail = tr("row %1 comes after row %2").arg(rowNumber).arg(previousRow);
                return false;
            }
        } else if (rowNumber > XlsxSheet::maxRows) {
            if (detail)
                *detail = tr("the sheet has more rows than a worksheet can have");
            return false;
        }
        XlsxSheet::Row row;
        row.number = rowNumber;
        int previousColumn = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            if (++cells > maxCells) {
                if (detail)
                    *detail = tr("the sheet has more than %L1 cells, far more than a LinkedIn "
                                 "analytics workbook holds")
                                  .arg(maxCells);
                return false;
            }
            XlsxCell cell;
            if (!readCell(xml, sharedStrings, rowNumber, previousColumn, &cell, detail))
                return false;
            if (xml.hasError())
                break;
            previousColumn = cell.column;
            if (cell.type != XlsxCell::Type::Empty)
                row.cells.append(cell);
        }
        // A row without values is kept too: it fixes the next unnumbered row.
        sheet->rows.append(row);
    }
    if (xml.hasError()) {
        if (detail)
            *detail = tr("its XML is damaged at line %1 (%2)")
                          .arg(xml.lineNumber())
                          .arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace rapport
