// Connections.csv read a few blocks ahead on a thread of its own: the rows
// come out as the plain reader gives them, in order, across block edges; an
// error in the file ends the rows where the reader stops; an import that
// stops early does not wait for (or hang on) the rest of the file. With a
// filter (LinkedInConnectionsFilter) on the reading thread, the rows that go
// on and what is reported are exactly what the filter gives on its own.

#include "io/ImportReport.h"
#include "io/LinkedInConnections.h"
#include "io/LinkedInConnectionsFilter.h"
#include "io/LinkedInConnectionsReadAhead.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// `rows` synthetic connections; the row at `longRow` (1-based, 0 for none)
// has a position longer than a record may be.
QByteArray connections(int rows, int longRow = 0)
{
    QByteArray text = "Notes:\n\"When exporting your connection data...\"\n\n"
                      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray position = i == longRow
                                        ? QByteArray(LinkedInConnections::maxRecordLength + 10, 'x')
                                        : "Engineer " + n;
        text += "Ada" + n + ",Lovelace,https://www.linkedin.com/in/ada-" + n + ",,Analytical " + n +
                ",\"" + position + "\",08 Feb 2026\n";
    }
    return text;
}

// Connections.csv in memory, its header read.
struct OpenFile
{
    QBuffer buffer;
    LinkedInConnections reader{&buffer, u"Connections.csv"_s};

    explicit OpenFile(const QByteArray &text)
    {
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        if (!reader.readHeader(&error))
            qFatal("no header: %s", qPrintable(error));
    }
};

struct Read
{
    QList<LinkedInConnections::Row> rows;
    bool error = false;
    qint64 bytes = 0;
};

Read plain(const QByteArray &text)
{
    OpenFile file(text);
    LinkedInConnections &reader = file.reader;
    Read r;
    LinkedInConnections::Row row;
    while (reader.next(&row))
        r.rows << row;
    r.error = reader.hasError();
    r.bytes = reader.bytesRead();
    return r;
}

Read ahead(const QByteArray &text)
{
    OpenFile file(text);
    LinkedInConnections &reader = file.reader;
    Read r;
    LinkedInConnectionsReadAhead readAhead(reader);
    LinkedInConnections::Row row;
    while (readAhead.next(&row))
        r.rows << row;
    if (readAhead.next(&row)) // still at the end
        r.rows << row;
    r.error = reader.hasError();
    r.bytes = readAhead.bytesRead();
    return r;
}

void compare(const Read &got, const Read &want)
{
    QCOMPARE(got.rows.size(), want.rows.size());
    for (qsizetype i = 0; i < want.rows.size(); ++i) {
        QCOMPARE(got.rows.at(i).line, want.rows.at(i).line);
        QCOMPARE(got.rows.at(i).firstName, want.rows.at(i).firstName);
        QCOMPARE(got.rows.at(i).url, want.rows.at(i).url);
        QCOMPARE(got.rows.at(i).company, want.rows.at(i).company);
        QCOMPARE(got.rows.at(i).position, want.rows.at(i).position);
        QCOMPARE(got.rows.at(i).connectedOn, want.rows.at(i).connectedOn);
        QCOMPARE(got.rows.at(i).problem, want.rows.at(i).problem);
    }
    QCOMPARE(got.error, want.error);
}

// Rows the filter has something to say about, across several blocks: a
// repeated profile, rows without a URL (one new person, one the same as a
// row with a URL), a hidden profile, a row without a first name, a URL that
// is not a profile's. Counts what the filter should make of them.
struct Awkward
{
    QByteArray text;
    int hidden = 0;
    int skipped = 0;
    int goOn = 0;
    int late = 0; // of goOn: rows without a URL, which go on last
};

Awkward awkwardConnections(int rows)
{
    Awkward a;
    a.text = "Notes:\n\"When exporting your connection data...\"\n\n"
             "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    QList<bool> plain{false}; // plain[i]: row i is an ordinary row with a profile
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        plain << false;
        if (i == 77) {
            a.text += ",,,,,,08 Feb 2026\n";
            ++a.hidden;
        } else if (i == 78) {
            a.text += ",Smith,https://www.linkedin.com/in/smith-78,,,,08 Feb 2026\n";
            ++a.skipped;
        } else if (i == 79) {
            a.text += "Eve,Bad,https://example.com/eve,,,,08 Feb 2026\n";
            ++a.skipped;
        } else if (i % 100 == 50 && plain.at(i - 1)) {
            a.text += "Again" + n + ",Twice,https://www.linkedin.com/in/ada-" +
                      QByteArray::number(i - 1) + ",,X,Y,08 Feb 2026\n";
            ++a.skipped;
        } else if (i % 333 == 0) {
            a.text += "Ada10,Lovelace,,,Analytical 10,Engineer,08 Feb 2026\n";
            ++a.skipped;
        } else if (i % 250 == 0) {
            a.text += "Bo" + n + ",Li,,,Globex,,08 Feb 2026\n";
            ++a.goOn;
            ++a.late;
        } else {
            a.text += "Ada" + n + ",Lovelace,https://www.linkedin.com/in/ada-" + n +
                      ",,Analytical " + n + ",Engineer,08 Feb 2026\n";
            plain.last() = true;
            ++a.goOn;
        }
    }
    return a;
}

struct Filtered
{
    QList<LinkedInConnections::Row> rows;
    ImportReport report;
};

Filtered filtered(const QByteArray &text, bool onTheReadingThread)
{
    OpenFile file(text);
    LinkedInConnections &reader = file.reader;
    Filtered f;
    LinkedInConnectionsFilter filter(u"Connections.csv"_s, reader.hasUrlColumn(), &f.report);
    LinkedInConnections::Row row;
    if (onTheReadingThread) {
        LinkedInConnectionsReadAhead readAhead(reader, &filter);
        while (readAhead.next(&row))
            f.rows << row;
    } else {
        while (reader.next(&row))
            filter.take(std::move(row), f.rows);
        filter.finish(f.rows);
    }
    return f;
}

} // namespace

class TestLinkedInConnectionsReadAhead : public QObject
{
    Q_OBJECT

private slots:
    void sameRowsAcrossBlocks_data()
    {
        QTest::addColumn<int>("rows");
        const int block = LinkedInConnectionsReadAhead::blockRows;
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one block") << block;
        QTest::newRow("more blocks than may wait, and a part")
            << block * (LinkedInConnectionsReadAhead::maxWaitingBlocks + 2) + 7;
    }
    void sameRowsAcrossBlocks()
    {
        QFETCH(int, rows);
        const QByteArray text = connections(rows);
        const Read want = plain(text);
        QCOMPARE(want.rows.size(), rows);
        const Read got = ahead(text);
        compare(got, want);
        QVERIFY(!got.error);
        QCOMPARE(got.bytes, qint64(text.size())); // all of it, for the progress bar
    }

    void errorEndsTheRowsWhereTheReaderStops()
    {
        const int at = LinkedInConnectionsReadAhead::blockRows + 300;
        const QByteArray text = connections(3 * LinkedInConnectionsReadAhead::blockRows, at);
        const Read want = plain(text);
        QVERIFY(want.error);
        QCOMPARE(want.rows.size(), at - 1);
        compare(ahead(text), want);
    }

    void filterOnTheReadingThreadGivesWhatItGivesAlone()
    {
        const int rows = 2 * LinkedInConnectionsReadAhead::blockRows + 50;
        const Awkward file = awkwardConnections(rows);
        const Filtered want = filtered(file.text, false);
        QCOMPARE(want.report.rowsRead, qint64(rows));
        QCOMPARE(want.report.hiddenProfiles, file.hidden);
        QCOMPARE(want.report.skipped.size(), file.skipped);
        QCOMPARE(want.rows.size(), file.goOn);
        QVERIFY(file.late >= 5);
        // The rows without a URL went on last, after every row with one.
        for (qsizetype i = 0; i < want.rows.size(); ++i)
            QCOMPARE(want.rows.at(i).url.isEmpty(), i >= want.rows.size() - file.late);
        QStringList reasons;
        for (const ImportReport::Skip &skip : want.report.skipped)
            reasons << skip.reason;
        QVERIFY(reasons.filter(u"First Name is empty"_s).size() == 1);
        QVERIFY(reasons.filter(u"not a LinkedIn profile address"_s).size() == 1);
        // Ada10 of Analytical 10 is on line 14 (the header is on line 4).
        QVERIFY(want.report.skipped.last().reason.contains(u"the same person as line 14"_s));

        const Filtered got = filtered(file.text, true);
        compare(Read{got.rows, false, 0}, Read{want.rows, false, 0});
        QCOMPARE(got.report.rowsRead, want.report.rowsRead);
        QCOMPARE(got.report.hiddenProfiles, want.report.hiddenProfiles);
        QCOMPARE(got.report.skipped.size(), want.report.skipped.size());
        for (qsizetype i = 0; i < want.report.skipped.size(); ++i) {
            QCOMPARE(got.report.skipped.at(i).line, want.report.skipped.at(i).line);
            QCOMPARE(got.report.skipped.at(i).reason, want.report.skipped.at(i).reason);
        }
    }

    void stoppingEarlyDoesNotWaitForTheFile()
    {
        const QByteArray text = connections(20 * LinkedInConnectionsReadAhead::blockRows);
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        LinkedInConnections reader(&buffer, u"Connections.csv"_s);
        QString error;
        QVERIFY2(reader.readHeader(&error), qPrintable(error));
        {
            LinkedInConnectionsReadAhead readAhead(reader);
            LinkedInConnections::Row row;
            QVERIFY(readAhead.next(&row));
            QCOMPARE(row.firstName, u"Ada1"_s);
        } // the reading thread stops with at most a few blocks read ahead
        const qint64 left = text.size() - buffer.pos();
        QVERIFY2(left > text.size() / 2, qPrintable(u"%1 bytes left"_s.arg(left)));
    }
};

QTEST_GUILESS_MAIN(TestLinkedInConnectionsReadAhead)
#include "tst_linkedinconnectionsreadahead.moc"
