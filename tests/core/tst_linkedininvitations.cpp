// LinkedIn's Invitations.csv with and without the profile URL columns, and
// its own "Sent At" format: US month/day/year, 12-hour clock, local time.

#include "io/LinkedInInvitations.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

// Sent At has no zone: it is the local time of the machine, stored as UTC.
QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toUTC();
}

QList<LinkedInInvitations::Row> parse(const QString &name, bool *hasUrls = nullptr)
{
    QFile file(QStringLiteral(RAPPORT_FIXTURES) + u"/linkedin/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    LinkedInInvitations reader(&file, u"Invitations.csv"_s);
    QString error;
    if (!reader.readHeader(&error))
        qFatal("%s", qPrintable(error));
    if (hasUrls)
        *hasUrls = reader.hasUrlColumns();
    QList<LinkedInInvitations::Row> rows;
    LinkedInInvitations::Row row;
    while (reader.next(&row))
        rows << row;
    return rows;
}

} // namespace

class tst_LinkedInInvitations : public QObject
{
    Q_OBJECT

private slots:
    void sentAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("afternoon") << u"4/6/26, 2:12 PM"_s << local(2026, 4, 6, 14, 12);
        QTest::newRow("morning") << u"12/30/17, 9:05 AM"_s << local(2017, 12, 30, 9, 5);
        QTest::newRow("noon") << u"1/2/25, 12:00 PM"_s << local(2025, 1, 2, 12, 0);
        QTest::newRow("midnight") << u"1/2/25, 12:30 AM"_s << local(2025, 1, 2, 0, 30);
        QTest::newRow("narrow no-break space")
            << u"4/6/26, 2:12\u202FPM"_s << local(2026, 4, 6, 14, 12);
        QTest::newRow("day first is not guessed") << u"30/12/17, 9:05 AM"_s << QDateTime();
        QTest::newRow("24-hour clock") << u"4/6/26, 14:12"_s << QDateTime();
        QTest::newRow("hour 13") << u"4/6/26, 13:12 PM"_s << QDateTime();
        QTest::newRow("iso") << u"2026-04-06 14:12"_s << QDateTime();
    }
    void sentAt()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = LinkedInInvitations::parseSentAt(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void withUrlColumns()
    {
        bool hasUrls = false;
        const auto rows = parse(u"2024/Invitations.csv"_s, &hasUrls);
        QVERIFY(hasUrls);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).outgoing);
        QCOMPARE(rows.at(0).to, u"Pat Pending"_s);
        QCOMPARE(rows.at(0).inviteeUrl, u"https://www.linkedin.com/in/pat-pending"_s);
        QCOMPARE(rows.at(0).inviterUrl, u"https://www.linkedin.com/in/olivia-owner"_s);
        QCOMPARE(rows.at(0).message, u"Hi Pat - loved your talk on CRMs."_s);
        QCOMPARE(rows.at(0).sentAt, local(2024, 4, 6, 14, 12));
        QVERIFY(!rows.at(2).outgoing);
        QCOMPARE(rows.at(2).message, u"Let's connect, Olivia"_s);
        for (const auto &row : rows)
            QVERIFY2(row.problem.isEmpty(), qPrintable(row.problem));
    }

    void withoutUrlColumns()
    {
        bool hasUrls = true;
        const auto rows = parse(u"2022/Invitations.csv"_s, &hasUrls);
        QVERIFY(!hasUrls);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0).inviteeUrl.isEmpty());
        QCOMPARE(rows.at(1).from, u"Quinn Quiet"_s);
        QCOMPARE(rows.at(1).line, 3);
    }

    void badRowsSayWhichField()
    {
        QBuffer buffer;
        buffer.setData("From,To,Sent At,Message,Direction\n"
                       "A B,C D,\"4/6/26, 2:12 PM\",,SIDEWAYS\n"
                       "A B,C D,yesterday,,OUTGOING\n");
        buffer.open(QIODevice::ReadOnly);
        LinkedInInvitations reader(&buffer, u"Invitations.csv"_s);
        QVERIFY(reader.readHeader(nullptr));
        LinkedInInvitations::Row row;
        QVERIFY(reader.next(&row));
        QVERIFY2(row.problem.contains(u"Direction"_s), qPrintable(row.problem));
        QVERIFY(reader.next(&row));
        QVERIFY2(row.problem.contains(u"Sent At"_s), qPrintable(row.problem));
        QCOMPARE(row.line, 3);
    }
};

QTEST_GUILESS_MAIN(tst_LinkedInInvitations)
#include "tst_linkedininvitations.moc"
