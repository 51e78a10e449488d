// The generic part of reading an .xlsx workbook: worksheet XML and the
// shared-string table, fed straight to XlsxSheetReader, and XlsxSheet's cell
// names. Each kind of cell a writer may store (shared, inline and formula
// strings, numbers, booleans, errors, ISO dates), rich text and phonetic
// runs, cells and rows without references, and the malformed cases.

#include "io/XlsxSheet.h"
#include "io/XlsxSheetReader.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QByteArray worksheet(const QByteArray &sheetData)
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
           R"(<dimension ref="A1:C3"/><sheetData>)" +
           sheetData + "</sheetData></worksheet>";
}

bool readSheet(const QByteArray &sheetData, const QStringList &strings, XlsxSheet *sheet,
               QString *detail)
{
    QXmlStreamReader xml(worksheet(sheetData));
    return XlsxSheetReader::readSheet(xml, strings, sheet, detail);
}

} // namespace

class TestXlsxSheetReader : public QObject
{
    Q_OBJECT

private slots:
    void sharedStrings();
    void cellTypes();
    void positionsWithoutReferences();
    void malformed_data();
    void malformed();
    void cellNames();
};

void TestXlsxSheetReader::sharedStrings()
{
    QXmlStreamReader xml(QByteArray(
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">)"
        R"(<si><t>Plain</t></si>)"
        R"(<si><r><rPr><b/></rPr><t xml:space="preserve">Overall </t></r><r><t>Performance</t></r></si>)"
        R"(<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>)"
        R"(<si><t/></si></sst>)"));
    QStringList strings;
    QString detail;
    QVERIFY2(XlsxSheetReader::readSharedStrings(xml, &strings, &detail), qPrintable(detail));
    QCOMPARE(strings, (QStringList{u"Plain"_s, u"Overall Performance"_s, u"東京"_s, QString()}));

    QXmlStreamReader broken(QByteArray("<sst><si><t>Plain</t></si>"));
    QVERIFY(!XlsxSheetReader::readSharedStrings(broken, &strings, &detail));
    QVERIFY(!detail.isEmpty());
}

void TestXlsxSheetReader::cellTypes()
{
    XlsxSheet sheet;
    QString detail;
    QVERIFY2(readSheet(R"(<row r="1">)"
                       R"(<c r="A1" t="s"><v>1</v></c>)"
                       R"(<c r="B1" t="inlineStr"><is><r><t>In</t></r><r><t>line</t></r></is></c>)"
                       R"(<c r="C1" t="str"><f>A1&amp;"x"</f><v>Twox</v></c>)"
                       R"(<c r="D1"><v>1.0E3</v></c>)"
                       R"(<c r="E1" t="n" s="3"><v>46023</v></c>)"
                       R"(<c r="F1" t="b"><v>1</v></c>)"
                       R"(<c r="G1" t="e"><v>#N/A</v></c>)"
                       R"(<c r="H1" t="d"><v>2026-01-31T00:00:00</v></c>)"
                       R"(<c r="I1" s="2"/>)"
                       R"(<c r="J1" t="s"><v></v></c>)"
                       R"(</row>)",
                       {u"One"_s, u"Two"_s}, &sheet, &detail),
             qPrintable(detail));
    QCOMPARE(sheet.cell(1, 1).type, XlsxCell::Type::Text);
    QCOMPARE(sheet.cell(1, 1).text, u"Two"_s);
    QCOMPARE(sheet.cell(1, 2).text, u"Inline"_s);
    QCOMPARE(sheet.cell(1, 3).type, XlsxCell::Type::Text);
    QCOMPARE(sheet.cell(1, 3).text, u"Twox"_s);
    QCOMPARE(sheet.cell(1, 4).type, XlsxCell::Type::Number);
    QCOMPARE(sheet.cell(1, 4).text, u"1.0E3"_s);
    QCOMPARE(sheet.cell(1, 5).text, u"46023"_s);
    QCOMPARE(sheet.cell(1, 6).type, XlsxCell::Type::Boolean);
    QCOMPARE(sheet.cell(1, 7).type, XlsxCell::Type::Error);
    QCOMPARE(sheet.cell(1, 8).type, XlsxCell::Type::Date);
    QCOMPARE(sheet.cell(1, 8).text, u"2026-01-31T00:00:00"_s);
    QVERIFY(sheet.cell(1, 9).isBlank());
    QVERIFY(sheet.cell(1, 10).isBlank());
    QVERIFY(sheet.cell(2, 1).isBlank()); // no such row
    QVERIFY(sheet.rowIsBlank(1, 9, 12));
    QVERIFY(!sheet.rowIsBlank(1, 8, 12));
}

void TestXlsxSheetReader::positionsWithoutReferences()
{
    // Cells without "r" follow the previous cell; rows without "r" follow
    // the previous row; a numbered row may skip ahead.
    XlsxSheet sheet;
    QString detail;
    QVERIFY2(readSheet(R"(<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>)"
                       R"(<row r="4"><c r="C4"><v>2</v></c><c><v>3</v></c></row>)"
                       R"(<row><c><v>4</v></c></row>)",
                       {}, &sheet, &detail),
             qPrintable(detail));
    QCOMPARE(sheet.cell(1, 1).text, u"a"_s);
    QCOMPARE(sheet.cell(1, 2).text, u"1"_s);
    QCOMPARE(sheet.cell(4, 3).text, u"2"_s);
    QCOMPARE(sheet.cell(4, 4).text, u"3"_s);
    QCOMPARE(sheet.cell(5, 1).text, u"4"_s);
    QCOMPARE(sheet.lastRow(), 5);
    QVERIFY(sheet.rowIsBlank(2, 1, 10));
}

void TestXlsxSheetReader::malformed_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("shared string out of range")
        << QByteArray(R"(<row r="1"><c r="B1" t="s"><v>99999999999</v></c></row>)") << u"B1"_s;
    QTest::newRow("negative shared string")
        << QByteArray(R"(<row r="1"><c r="A1" t="s"><v>-1</v></c></row>)") << u"A1"_s;
    QTest::newRow("not a cell reference")
        << QByteArray(R"(<row r="1"><c r="1A"><v>1</v></c></row>)") << u"1A"_s;
    QTest::newRow("cell in another row")
        << QByteArray(R"(<row r="2"><c r="A3"><v>1</v></c></row>)") << u"A3"_s;
    QTest::newRow("cells out of order")
        << QByteArray(R"(<row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>1</v></c></row>)")
        << u"A1"_s;
    QTest::newRow("rows out of order")
        << QByteArray(R"(<row r="5"></row><row r="3"></row>)") << u"row 3"_s;
    QTest::newRow("row past the limit") << QByteArray(R"(<row r="1048577"></row>)") << u"1048577"_s;
    QTest::newRow("column past the limit")
        << QByteArray(R"(<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>)") << u"row 1"_s;
    QTest::newRow("unknown type") << QByteArray(R"(<row r="1"><c r="A1" t="zz"><v>1</v></c></row>)")
                                  << u"zz"_s;
    QTest::newRow("broken XML") << QByteArray(R"(<row r="1"><c r="A1"><v>1</c></row>)")
                                << u"line"_s;
}

void TestXlsxSheetReader::malformed()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QString, fragment);
    XlsxSheet sheet;
    QString detail;
    QVERIFY(!readSheet(sheetData, {u"only"_s}, &sheet, &detail));
    QVERIFY2(detail.contains(fragment), qPrintable(detail));
}

void TestXlsxSheetReader::cellNames()
{
    QCOMPARE(XlsxSheet::cellName(12, 2), u"B12"_s);
    QCOMPARE(XlsxSheet::cellName(1, 27), u"AA1"_s);
    QCOMPARE(XlsxSheet::columnName(16384), u"XFD"_s);
    int row = 0;
    int column = 0;
    QVERIFY(XlsxSheet::parseCellName(u"AB7", &row, &column));
    QCOMPARE(row, 7);
    QCOMPARE(column, 28);
    QVERIFY(XlsxSheet::parseCellName(u"xfd1048576", &row, &column));
    QCOMPARE(column, 16384);
    QVERIFY(!XlsxSheet::parseCellName(u"XFE1", &row, &column));
    QVERIFY(!XlsxSheet::parseCellName(u"A0", &row, &column));
    QVERIFY(!XlsxSheet::parseCellName(u"A99999999", &row, &column));
    QVERIFY(!XlsxSheet::parseCellName(u"12", &row, &column));
    QVERIFY(!XlsxSheet::parseCellName(u"A", &row, &column));
}

QTEST_GUILESS_MAIN(TestXlsxSheetReader)
#include "tst_xlsxsheetreader.moc"
