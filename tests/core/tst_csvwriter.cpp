// CsvWriter: what a spreadsheet or a CSV parser reads back from what we
// write: quoting, line ends, the byte order mark and formula protection.

#include "io/CsvImporter.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// A strict RFC 4180 reader: records end with CRLF, quoted fields may hold
// anything with quotes doubled. Fails the test on anything else.
QList<QStringList> parse(const QByteArray &bytes, bool *ok)
{
    *ok = true;
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *ok = false;
                    return records;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"' || text.at(i) == u'\n') {
                    *ok = false; // a bare quote or LF must have been quoted
                    return records;
                }
                field += text.at(i++);
            }
        }
        record << field;
        field.clear();
        if (i < n && text.at(i) == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            records << record;
            record.clear();
            i += 2;
            continue;
        }
        *ok = false; // a record must end with CRLF
        return records;
    }
    if (!record.isEmpty())
        *ok = false;
    return records;
}

QByteArray write(const QList<QStringList> &records, CsvWriter::Options options = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer, options);
        for (const QStringList &record : records)
            csv.writeRecord(record);
        if (!csv.flush())
            qWarning("flush failed");
    }
    return bytes;
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void exactBytes()
    {
        QCOMPARE(write({{u"a"_s, u"b c"_s}, {u"1,2"_s, u"say \"hi\""_s}}),
                 QByteArray("a,b c\r\n\"1,2\",\"say \"\"hi\"\"\"\r\n"));
    }

    void emptyFieldsAndRecords()
    {
        QCOMPARE(write({{u""_s, u""_s}, {u"x"_s}}), QByteArray(",\r\nx\r\n"));
    }

    void embeddedLineBreaksAreQuoted()
    {
        QCOMPARE(write({{u"one\ntwo"_s, u"three\r\nfour"_s, u"cr\ronly"_s}}),
                 QByteArray("\"one\ntwo\",\"three\r\nfour\",\"cr\ronly\"\r\n"));
    }

    void byteOrderMark()
    {
        CsvWriter::Options on;
        on.byteOrderMark = true;
        const QByteArray withBom = write({{u"Zoë"_s}}, on);
        QCOMPARE(withBom, QByteArray("\xEF\xBB\xBFZo\xC3\xAB\r\n"));
        const QByteArray without = write({{u"Zoë"_s}});
        QCOMPARE(without, QByteArray("Zo\xC3\xAB\r\n"));
    }

    void formulaProtection_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("=") << u"=1+2"_s << QByteArray("'=1+2\r\n");
        QTest::newRow("+") << u"+49 30 1234"_s << QByteArray("'+49 30 1234\r\n");
        QTest::newRow("-") << u"-2+3"_s << QByteArray("'-2+3\r\n");
        QTest::newRow("@") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("tab") << u"\t=cmd"_s << QByteArray("'\t=cmd\r\n");
        QTest::newRow("cr") << u"\r=cmd"_s << QByteArray("\"'\r=cmd\"\r\n");
        QTest::newRow("hyperlink, quoted")
            << u"=HYPERLINK(\"http://x\",\"y\")"_s
            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
        QTest::newRow("Ann") << u"Ann"_s << QByteArray("Ann\r\n");
        QTest::newRow("inner =") << u"a=b"_s << QByteArray("a=b\r\n");
        QTest::newRow("empty") << u""_s << QByteArray("\r\n");
        QTest::newRow("'=x") << u"'=x"_s << QByteArray("''=x\r\n");
        QTest::newRow("'-5") << u"'-5"_s << QByteArray("''-5\r\n");
        QTest::newRow("'hello") << u"'hello"_s << QByteArray("''hello\r\n");
        QTest::newRow("'") << u"'"_s << QByteArray("''\r\n");
        QTest::newRow("inner '") << u"O'Hara"_s << QByteArray("O'Hara\r\n");
    }

    void formulaProtection()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QCOMPARE(write({{value}}), written);
        // And the protection is the one documented: an apostrophe in front.
        bool ok = false;
        const auto records = parse(written, &ok);
        QVERIFY(ok);
        QCOMPARE(records.at(0).at(0),
                 CsvWriter::needsApostrophe(value, true) ? u'\'' + value : value);
        // And our import gives the value back exactly.
        QCOMPARE(CsvImporter::unprotect(records.at(0).at(0)), value);
    }

    void apostropheRuleWithoutProtection()
    {
        CsvWriter::Options off;
        off.protectFormulas = false;
        // Only what the import would change gets the extra apostrophe.
        const QStringList values = {u"'=x"_s, u"'-5"_s, u"''x"_s, u"'hello"_s, u"=1"_s, u"'"_s};
        const QByteArray bytes = write({values}, off);
        QCOMPARE(bytes, QByteArray("''=x,''-5,'''x,'hello,=1,'\r\n"));
        bool ok = false;
        const auto records = parse(bytes, &ok);
        QVERIFY(ok);
        QStringList read;
        for (const QString &field : records.at(0))
            read << CsvImporter::unprotect(field);
        QCOMPARE(read, values);
    }

    void nulIsNeverWritten()
    {
        const QByteArray bytes = write({{u"a\u0000b"_s, QString(QChar(u'\0')) + u"=x"_s}});
        QVERIFY(!bytes.contains('\0'));
        QCOMPARE(bytes, QByteArray("ab,'=x\r\n"));
    }

    void formulaProtectionCanBeTurnedOff()
    {
        CsvWriter::Options off;
        off.protectFormulas = false;
        QCOMPARE(write({{u"=1+2"_s, u"-5"_s}}, off), QByteArray("=1+2,-5\r\n"));
    }

    void verbatimCellsAreNotProtected()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        csv.addField(u"-5", CsvWriter::Cell::Verbatim);
        csv.addField(u"-5");
        csv.addField(u"2024-01-02", CsvWriter::Cell::Verbatim);
        csv.endRecord();
        QVERIFY(csv.flush());
        QCOMPARE(bytes, QByteArray("-5,'-5,2024-01-02\r\n"));
    }

    void hostileStringsRoundTrip()
    {
        const QStringList hostile = {
            u"\"\"\""_s,
            u","_s,
            u",,\"\n\r\n\r"_s,
            u"Renée \"the boss\" O'Brien, PhD"_s,
            u"emoji 👩🏽‍💻 and flags 🇩🇪"_s,
            u"שלום עולם, مرحبا"_s,
            u"\u202Eevil\u202C rtl override"_s,
            u"bell\x07 esc\x1B unit\x1F del\x7F"_s,
            u"trailing space "_s,
            u" leading space"_s,
            u"multi\nline\nnote\n"_s,
            u"'already quoted"_s,
        };
        const QByteArray bytes = write({hostile, hostile.mid(3), {u"last"_s}});
        bool ok = false;
        const QList<QStringList> records = parse(bytes, &ok);
        QVERIFY2(ok, bytes.constData());
        QCOMPARE(records.size(), 3);
        // Our import takes the defusing apostrophe away again.
        QStringList read;
        for (const QString &field : records.at(0))
            read << CsvImporter::unprotect(field);
        QCOMPARE(read, hostile);
        QCOMPARE(records.at(0).last(), u"''already quoted"_s);
        QCOMPARE(records.at(1).size(), hostile.size() - 3);
        QCOMPARE(records.at(2), QStringList{u"last"_s});
    }

    void largeOutputIsWrittenInChunks()
    {
        QList<QStringList> records;
        for (int i = 0; i < 20000; ++i)
            records << QStringList{QString::number(i), u"Ünïcödé, \"quoted\""_s};
        bool ok = false;
        const QList<QStringList> back = parse(write(records), &ok);
        QVERIFY(ok);
        QCOMPARE(back, records);
    }

    void deviceErrorIsReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter csv(&readOnly);
        csv.writeRecord({u"a"_s});
        QVERIFY(!csv.flush());
        QVERIFY(csv.hasError());
        QVERIFY(!csv.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
