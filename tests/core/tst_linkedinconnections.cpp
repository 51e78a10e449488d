// LinkedIn's Connections.csv of every era: header found wherever it is,
// columns by name, dates in each of their forms, hidden rows, quoted commas
// and mojibake kept as it is.

#include "io/LinkedInConnections.h"
#include "io/LinkedInCsvTable.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES) + u"/linkedin/"_s + name;
}

struct Parsed
{
    bool headerOk = false;
    bool hasUrl = false;
    QString error;
    QList<LinkedInConnections::Row> rows;
};

Parsed parseDevice(QIODevice *device)
{
    Parsed p;
    LinkedInConnections reader(device, u"Connections.csv"_s);
    p.headerOk = reader.readHeader(&p.error);
    if (!p.headerOk)
        return p;
    p.hasUrl = reader.hasUrlColumn();
    LinkedInConnections::Row row;
    while (reader.next(&row))
        p.rows << row;
    if (reader.hasError())
        p.error = reader.errorString();
    return p;
}

Parsed parseFile(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return parseDevice(&file);
}

Parsed parseText(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return parseDevice(&buffer);
}

} // namespace

class tst_LinkedInConnections : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("linkedin") << u"08 Feb 2026"_s << QDate(2026, 2, 8);
        QTest::newRow("one digit day") << u"7 Jun 2026"_s << QDate(2026, 6, 7);
        QTest::newRow("excel") << u"4-Apr-21"_s << QDate(2021, 4, 4);
        QTest::newRow("excel four digit year") << u"14-Dec-2019"_s << QDate(2019, 12, 14);
        QTest::newRow("iso") << u"2026-02-08"_s << QDate(2026, 2, 8);
        QTest::newRow("us month first") << u"02/08/2026"_s << QDate(2026, 2, 8);
        QTest::newRow("spaces") << u"  08 Feb 2026 "_s << QDate(2026, 2, 8);
        QTest::newRow("lower case month") << u"08 feb 2026"_s << QDate(2026, 2, 8);
        QTest::newRow("german month") << u"08 Mär 2026"_s << QDate();
        QTest::newRow("no such day") << u"31 Feb 2026"_s << QDate();
        QTest::newRow("no such month") << u"13/01/2026"_s << QDate();
        QTest::newRow("words") << u"sometime in May"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(LinkedInConnections::parseDate(text), expected);
    }

    void era2020WithoutPreambleOrUrl()
    {
        const Parsed p = parseFile(u"2020/Connections.csv"_s);
        QVERIFY2(p.headerOk, qPrintable(p.error));
        QVERIFY(!p.hasUrl);
        QCOMPARE(p.rows.size(), 4);
        QCOMPARE(p.rows.at(0).firstName, u"Ada"_s);
        QCOMPARE(p.rows.at(0).company, u"Acme, Inc."_s);
        QCOMPARE(p.rows.at(0).connectedOn, QDate(2019, 2, 8));
        QCOMPARE(p.rows.at(1).lastName, u"Smith, PhD"_s);
        QCOMPARE(p.rows.at(1).email, u"john@example.com"_s);
        QVERIFY(p.rows.at(2).hidden);
        QCOMPARE(p.rows.at(2).line, 4);
        QVERIFY(p.rows.at(3).problem.isEmpty());
    }

    void era2022WithPreamble()
    {
        const Parsed p = parseFile(u"2022/Connections.csv"_s);
        QVERIFY2(p.headerOk, qPrintable(p.error));
        QVERIFY(!p.hasUrl);
        QCOMPARE(p.rows.size(), 4);
        QCOMPARE(p.rows.at(0).line, 5); // after Notes:, the sentence, a blank line and the header
        QCOMPARE(p.rows.at(0).position, u"Senior Engineer"_s);
        QVERIFY(p.rows.at(3).hidden);
    }

    void era2024WithUrlHiddenRowsAndMojibake()
    {
        const Parsed p = parseFile(u"2024/Connections.csv"_s);
        QVERIFY2(p.headerOk, qPrintable(p.error));
        QVERIFY(p.hasUrl);
        QCOMPARE(p.rows.size(), 7);
        QCOMPARE(p.rows.at(0).url, u"https://www.linkedin.com/in/ada-lovelace"_s);
        // Mojibake stays as the bytes decode: nothing is "fixed" silently.
        QCOMPARE(p.rows.at(3).firstName, u"JosÃ©"_s);
        QCOMPARE(p.rows.at(3).lastName, u"GarcÃ­a"_s);
        int hidden = 0;
        for (const auto &row : p.rows)
            hidden += row.hidden ? 1 : 0;
        QCOMPARE(hidden, 2);
        const auto &bad = p.rows.at(5);
        QCOMPARE(bad.firstName, u"Linus"_s);
        QVERIFY(!bad.hidden);
        QVERIFY2(bad.problem.contains(u"Connected On"_s), qPrintable(bad.problem));
        QVERIFY2(bad.problem.contains(u"sometime in May"_s), qPrintable(bad.problem));
        QCOMPARE(bad.line, 10);
    }

    void excelResaveWithBomAndCrlf()
    {
        const Parsed p = parseFile(u"excel/Connections.csv"_s);
        QVERIFY2(p.headerOk, qPrintable(p.error));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows.at(0).firstName, u"Ada"_s); // no BOM in the first field
        QCOMPARE(p.rows.at(0).connectedOn, QDate(2019, 2, 8));
        QCOMPARE(p.rows.at(1).connectedOn, QDate(2021, 4, 4));
        QCOMPARE(p.rows.at(1).position, u"Analyst"_s); // no stray \r
        QVERIFY(p.rows.at(2).hidden);
    }

    void columnsAreMappedByName()
    {
        const Parsed p = parseText("Connected On,Position,Company,Last Name,First Name\n"
                                   "01 Jan 2025,Chef,Bistro,Doe,Jane");
        QVERIFY2(p.headerOk, qPrintable(p.error));
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows.at(0).firstName, u"Jane"_s);
        QCOMPARE(p.rows.at(0).company, u"Bistro"_s);
        QCOMPARE(p.rows.at(0).connectedOn, QDate(2025, 1, 1));
    }

    void wrongHeaderIsRefused()
    {
        const Parsed p = parseText("Name,Company,Date\nJane,Bistro,01 Jan 2025\n");
        QVERIFY(!p.headerOk);
        QVERIFY2(p.error.contains(u"Connections.csv"_s), qPrintable(p.error));
        QVERIFY2(p.error.contains(u"First Name"_s), qPrintable(p.error));
    }

    void missingFirstNameIsAProblemNotAHiddenRow()
    {
        const Parsed p =
            parseText("First Name,Last Name,Company,Connected On\n,Doe,Bistro,01 Jan 2025\n");
        QCOMPARE(p.rows.size(), 1);
        QVERIFY(!p.rows.at(0).hidden);
        QVERIFY(p.rows.at(0).problem.contains(u"First Name"_s));
    }

    void longFieldIsRefused()
    {
        // No name, company or position is 4,096 characters long; a file
        // with one is not LinkedIn's, and its rows must not eat memory.
        const QByteArray company(LinkedInConnections::maxFieldLength + 1, 'x');
        const Parsed p = parseText("First Name,Last Name,Company,Connected On\nJane,Doe,Bistro,01 "
                                   "Jan 2025\nJohn,Roe," +
                                   company + ",01 Jan 2025\n");
        QCOMPARE(p.rows.size(), 1);
        QVERIFY2(p.error.contains(u"Connections.csv"_s), qPrintable(p.error));
        QVERIFY2(p.error.contains(u"Line 3 holds a field of more than 4096 characters"_s),
                 qPrintable(p.error));
    }

    void tooManyRowsAreRefused()
    {
        // The limit as LinkedInCsvTable applies it (LinkedInConnections sets
        // maxRows, a million rows, which take too long to parse in a test).
        QByteArray text = "First Name,Last Name,Connected On\n";
        for (int i = 0; i < 5; ++i)
            text += "A,B,\n\n";
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        LinkedInCsvTable table(&buffer, u"Connections.csv"_s);
        table.setMaxRows(3, u"%1 has more than %2 rows"_s);
        QVERIFY(
            table.readHeader(&LinkedInConnections::isHeader, u"first name"_s, u"%1 %2"_s, u"%1"_s));
        QStringList cells;
        int rows = 0;
        while (table.next(&cells))
            ++rows;
        QCOMPARE(rows, 3); // blank lines do not count
        QCOMPARE(table.errorString(), u"Connections.csv has more than 3 rows"_s);
        QVERIFY(LinkedInConnections::maxRows >= 30000);
    }
};

QTEST_GUILESS_MAIN(tst_LinkedInConnections)
#include "tst_linkedinconnections.moc"
