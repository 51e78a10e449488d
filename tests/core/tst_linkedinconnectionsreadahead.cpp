// Connections.csv read a few blocks ahead on a thread of its own: the rows
// come out as the plain reader gives them, in order, across block edges; an
// error in the file ends the rows where the reader stops; an import that
// stops early does not wait for (or hang on) the rest of the file.

#include "io/LinkedInConnections.h"
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

struct Read
{
    QList<LinkedInConnections::Row> rows;
    bool error = false;
    qint64 bytes = 0;
};

Read plain(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    LinkedInConnections reader(&buffer, u"Connections.csv"_s);
    QString error;
    if (!reader.readHeader(&error))
        qFatal("no header: %s", qPrintable(error));
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
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    LinkedInConnections reader(&buffer, u"Connections.csv"_s);
    QString error;
    if (!reader.readHeader(&error))
        qFatal("no header: %s", qPrintable(error));
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
