// RelativeDate: how long ago a day was, in days, weeks, calendar months and
// years, as the window and rapport-cli say it.

#include "domain/RelativeDate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_RelativeDate : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void inDays_data();
    void inDays();
    void monthsBetween_data();
    void monthsBetween();
};

void tst_RelativeDate::text_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");

    const QDate today(2026, 3, 15);
    QTest::newRow("invalid") << QDate() << today << QString();
    QTest::newRow("tomorrow") << today.addDays(1) << today << u"in the future"_s;
    QTest::newRow("today") << today << today << u"today"_s;
    QTest::newRow("yesterday") << today.addDays(-1) << today << u"yesterday"_s;
    QTest::newRow("2 days") << today.addDays(-2) << today << u"2 days ago"_s;
    QTest::newRow("13 days") << today.addDays(-13) << today << u"13 days ago"_s;
    QTest::newRow("14 days") << today.addDays(-14) << today << u"2 weeks ago"_s;
    QTest::newRow("a month and a day") << QDate(2026, 2, 14) << today << u"4 weeks ago"_s;
    // Two calendar months, on the day: months from here.
    QTest::newRow("two months less a day") << QDate(2026, 1, 16) << today << u"8 weeks ago"_s;
    QTest::newRow("two months") << QDate(2026, 1, 15) << today << u"2 months ago"_s;
    QTest::newRow("11 months") << QDate(2025, 3, 16) << today << u"11 months ago"_s;
    // The year boundary: a year on the same day.
    QTest::newRow("a year less a day") << QDate(2025, 3, 16) << today << u"11 months ago"_s;
    QTest::newRow("a year") << QDate(2025, 3, 15) << today << u"a year ago"_s;
    QTest::newRow("23 months") << QDate(2024, 4, 15) << today << u"a year ago"_s;
    QTest::newRow("two years less a day") << QDate(2024, 3, 16) << today << u"a year ago"_s;
    QTest::newRow("two years") << QDate(2024, 3, 15) << today << u"2 years ago"_s;
    // The "Connected 5470 days ago".
    QTest::newRow("5470 days") << today.addDays(-5470) << today << u"14 years ago"_s;
    QTest::newRow("15 years") << QDate(2011, 3, 15) << today << u"15 years ago"_s;
    // A leap day's anniversary is the last day of February.
    QTest::newRow("leap day, a year")
        << QDate(2024, 2, 29) << QDate(2025, 2, 28) << u"a year ago"_s;
    QTest::newRow("leap day, less")
        << QDate(2024, 2, 29) << QDate(2025, 2, 27) << u"11 months ago"_s;
}

void tst_RelativeDate::text()
{
    QFETCH(QDate, date);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    QCOMPARE(RelativeDate::text(date, today), expected);
}

void tst_RelativeDate::inDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    const QDate today(2026, 3, 15);
    QTest::newRow("yesterday") << today.addDays(-1) << u"yesterday"_s;
    QTest::newRow("13 days") << today.addDays(-13) << u"13 days ago"_s;
    QTest::newRow("31 days") << today.addDays(-31) << u"31 days ago"_s;
    QTest::newRow("200 days") << today.addDays(-200) << u"200 days ago"_s;
    QTest::newRow("a year less a day") << QDate(2025, 3, 16) << u"364 days ago"_s;
    QTest::newRow("a year") << QDate(2025, 3, 15) << u"a year ago"_s;
    QTest::newRow("5470 days") << today.addDays(-5470) << u"14 years ago"_s;
}

void tst_RelativeDate::inDays()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(RelativeDate::inDays(date, QDate(2026, 3, 15)), expected);
}

void tst_RelativeDate::monthsBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("months");

    QTest::newRow("same day") << QDate(2026, 1, 31) << QDate(2026, 1, 31) << 0;
    QTest::newRow("end of a short month") << QDate(2026, 1, 31) << QDate(2026, 2, 28) << 1;
    QTest::newRow("a day short") << QDate(2026, 1, 15) << QDate(2026, 2, 14) << 0;
    QTest::newRow("across a year") << QDate(2025, 11, 20) << QDate(2026, 2, 20) << 3;
    QTest::newRow("backwards") << QDate(2026, 2, 20) << QDate(2025, 11, 20) << 0;
    QTest::newRow("invalid") << QDate() << QDate(2025, 11, 20) << 0;
}

void tst_RelativeDate::monthsBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, months);
    QCOMPARE(RelativeDate::monthsBetween(from, to), months);
}

QTEST_GUILESS_MAIN(tst_RelativeDate)
#include "tst_relativedate.moc"
