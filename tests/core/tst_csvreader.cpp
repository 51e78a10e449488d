#include "io/CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

struct Parsed
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
    QChar delimiter;
};

Parsed parse(const QByteArray &bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Parsed p;
    QStringList row;
    while (reader.readRow(&row)) {
        p.rows << row;
        p.lines << reader.lineNumber();
    }
    p.error = reader.errorString();
    p.encoding = reader.encoding();
    p.delimiter = reader.delimiter();
    return p;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n")
                                  << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n")
                              << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("old Mac CR")
            << QByteArray("a,b\r1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("no newline at end")
            << QByteArray("a,b\n1,2") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("quoted comma")
            << QByteArray("\"Acme, Inc.\",x\n") << QList<QStringList>{{u"Acme, Inc."_s, u"x"_s}};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\n")
                                        << QList<QStringList>{{u"say \"hi\""_s, u""_s}};
        QTest::newRow("quoted newlines")
            << QByteArray("\"line one\r\nline two\nthree\",end\nnext,row\n")
            << QList<QStringList>{{u"line one\r\nline two\nthree"_s, u"end"_s},
                                  {u"next"_s, u"row"_s}};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << QList<QStringList>{{u""_s, u""_s, u""_s}};
        QTest::newRow("ragged rows")
            << QByteArray("a,b,c\n1\n1,2,3,4\n")
            << QList<QStringList>{
                   {u"a"_s, u"b"_s, u"c"_s}, {u"1"_s}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}};
        QTest::newRow("blank line kept as one empty field")
            << QByteArray("a\n\nb\n") << QList<QStringList>{{u"a"_s}, {u""_s}, {u"b"_s}};
        QTest::newRow("stray quote inside a field is text")
            << QByteArray("5\" screen,x\n") << QList<QStringList>{{u"5\" screen"_s, u"x"_s}};
        QTest::newRow("utf-8 and mojibake kept") << QByteArray("Jos\xC3\xA9,Ren\xC3\x83\xC2\xA9\n")
                                                 << QList<QStringList>{{u"José"_s, u"RenÃ©"_s}};
        QTest::newRow("empty file") << QByteArray() << QList<QStringList>{};
    }

    void rfc4180()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QStringList>, expected);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows, expected);
    }

    void lineNumbersCountQuotedBreaks()
    {
        const Parsed p = parse("h1,h2\n\"a\nb\",c\nd,e\n");
        QCOMPARE(p.lines, (QList<qint64>{1, 2, 4}));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = u"Name;Firma\nJürgen;Müller GmbH\n"_s;
        QTest::newRow("utf-8") << text.toUtf8() << int(CsvReader::Encoding::Utf8);
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(CsvReader::Encoding::Utf8Bom);
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-16le bom (Excel)")
            << QByteArray(le.encode(text)) << int(CsvReader::Encoding::Utf16LE);
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-16be bom")
            << QByteArray(be.encode(text)) << int(CsvReader::Encoding::Utf16BE);
        QStringEncoder bare(QStringConverter::Utf16LE);
        QTest::newRow("utf-16le without bom")
            << QByteArray(bare.encode(text)) << int(CsvReader::Encoding::Utf16LE);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        CsvReader::Options options;
        options.detectDelimiter = true;
        const Parsed p = parse(bytes, options);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(int(p.encoding), encoding);
        QCOMPARE(p.delimiter, QChar(u';'));
        QCOMPARE(p.rows,
                 (QList<QStringList>{{u"Name"_s, u"Firma"_s}, {u"Jürgen"_s, u"Müller GmbH"_s}}));
    }

    void multibyteCharactersAcrossChunks()
    {
        // 64 KiB chunks: put an accented letter across every boundary.
        QByteArray bytes;
        QList<QStringList> expected;
        for (int i = 0; bytes.size() < 300000; ++i) {
            const QString name = u"Zoë Ñúñez %1 🙂"_s.arg(i);
            bytes += name.toUtf8() + ",x\n";
            expected << QStringList{name, u"x"_s};
        }
        const Parsed p = parse(bytes);
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.rows.size(), expected.size());
        QCOMPARE(p.rows, expected);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
        QTest::newRow("semicolon with commas in quotes")
            << u"Name;Company\n\"Doe, Jane\";\"Acme, Inc.\"\n"_s << QChar(u';');
        QTest::newRow("tab") << u"a\tb\n1\t2\n"_s << QChar(u'\t');
        QTest::newRow("single column") << u"name\nAda\n"_s << QChar(u',');
    }

    void delimiterDetection()
    {
        QFETCH(QString, sample);
        QFETCH(QChar, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(sample), delimiter);
    }

    void backslashEscapedQuotes()
    {
        CsvReader::Options options;
        options.backslashEscapes = true;
        const Parsed p =
            parse("Date,Message\n2026-01-02,\"He said \\\"great post\\\"\"\n", options);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.at(1).at(1), u"He said \"great post\""_s);
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0binary\0stuff", 20)
                                << u"binary data"_s;
        QTest::newRow("unclosed quote")
            << QByteArray("a,b\n1,\"never closed\n2,3\n") << u"starts on line 2 is never closed"_s;
        QTest::newRow("50 MB single line")
            << QByteArray(50 * 1024 * 1024, 'x') << u"does not look like a CSV file"_s;
    }

    void garbage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.contains(expected), qPrintable(p.error));
    }

    void nulIsReportedAtItsLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        // Past the first 64 KiB read, with quoted line breaks and CRLF on the way.
        QByteArray utf8 = "name,note\r\n\"Ann\",\"two\nlines\"\r\n";
        for (int i = 0; i < 5000; ++i)
            utf8 += "Person " + QByteArray::number(i) + ",fine\r\n";
        utf8 += QByteArray("Bad,a\0b\r\nAfter,row\r\n", 20);
        QTest::newRow("utf-8, second chunk") << utf8 << 5004;
        QTest::newRow("utf-8, first line") << QByteArray("a\0,b\nc,d\n", 9) << 1;
        QTest::newRow("utf-8, CR line ends") << QByteArray("a,b\rc,d\re,\0\r", 12) << 3;
        // A NUL that came in through a UTF-16 file (as Excel saves it).
        QString text = u"name,note\n"_s;
        for (int i = 0; i < 40000; ++i)
            text += u"Person %1,fine\n"_s.arg(i);
        text += u"Bad,a"_s + QChar(0) + u"b\n"_s;
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("utf-16, far in") << QByteArray(encoder.encode(text)) << 40002;
    }

    void nulIsReportedAtItsLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const Parsed p = parse(bytes);
        QVERIFY2(p.error.startsWith(u"Line %1 contains binary data (a NUL character)"_s.arg(line)),
                 qPrintable(p.error));
        // Rows before the NUL's chunk were read; none after it.
        for (const QStringList &row : p.rows)
            QVERIFY(!row.join(u',').contains(u"After"_s));
    }

    void recordLengthIsCapped()
    {
        // Many fields, each below the field cap, together past the record cap.
        CsvReader::Options options;
        options.maxRecordLength = 10000;
        QByteArray bytes = "a,b\n";
        for (int i = 0; i < 100; ++i)
            bytes += QByteArray(500, 'x') + ',';
        bytes += "\n";
        const Parsed p = parse(bytes, options);
        QVERIFY2(p.error.contains(u"Line 2 holds a record of more than 10000 characters"_s),
                 qPrintable(p.error));
        QCOMPARE(p.rows.size(), 1);
    }

    void deviceErrorIsReported()
    {
        // A device that fails mid-file (a damaged ZIP, a disk error): the
        // reader stops with the device's own message, not a clean end.
        class Failing : public QIODevice
        {
        public:
            bool isSequential() const override { return true; }

        protected:
            qint64 readData(char *data, qint64 max) override
            {
                if (m_sent) {
                    setErrorString(u"the disk went away"_s);
                    return -1;
                }
                m_sent = true;
                const QByteArray text = "a,b\n1,2\n3,";
                const qint64 n = qMin<qint64>(max, text.size());
                memcpy(data, text.constData(), size_t(n));
                return n;
            }
            qint64 writeData(const char *, qint64) override { return -1; }

        private:
            bool m_sent = false;
        } device;
        QVERIFY(device.open(QIODevice::ReadOnly));
        CsvReader reader(&device);
        QStringList row;
        int rows = 0;
        while (reader.readRow(&row))
            ++rows;
        QCOMPARE(rows, 2);
        QVERIFY(reader.deviceFailed());
        QCOMPARE(reader.errorString(), u"the disk went away"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
