#include "OptionValues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using rapport::OptionValues;

class tst_OptionValues : public QObject
{
    Q_OBJECT

private slots:
    void date_data();
    void date();
    void degree_data();
    void degree();
    void count_data();
    void count();
};

void tst_OptionValues::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << u"2024-03-15"_s << QDate(2024, 3, 15);
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("not a leap year") << u"2023-02-29"_s << QDate();
    QTest::newRow("month 13") << u"2024-13-01"_s << QDate();
    QTest::newRow("no leading zeros") << u"2024-3-5"_s << QDate();
    QTest::newRow("slashes") << u"15/03/2024"_s << QDate();
    QTest::newRow("with time") << u"2024-03-15T10:00"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void tst_OptionValues::date()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QDate date;
    QString error;
    QCOMPARE(OptionValues::date(u"--connected-on"_s, text, &date, &error), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(date, expected);
    } else {
        QVERIFY(error.contains(u"--connected-on"_s));
        QVERIFY(error.contains(u"YYYY-MM-DD"_s));
    }
}

void tst_OptionValues::degree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("1") << u"1"_s << 1;
    QTest::newRow("3") << u"3"_s << 3;
    QTest::newRow("0") << u"0"_s << -1;
    QTest::newRow("4") << u"4"_s << -1;
    QTest::newRow("1st") << u"1st"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_OptionValues::degree()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    int degree = -1;
    QString error;
    QCOMPARE(OptionValues::degree(text, &degree, &error), expected > 0);
    QCOMPARE(degree, expected);
    if (expected < 0)
        QVERIFY(error.contains(u"--degree"_s));
}

void tst_OptionValues::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("1") << u"1"_s << 1;
    QTest::newRow("maximum") << u"100"_s << 100;
    QTest::newRow("above maximum") << u"101"_s << -1;
    QTest::newRow("zero") << u"0"_s << -1;
    QTest::newRow("negative") << u"-5"_s << -1;
    QTest::newRow("word") << u"ten"_s << -1;
    QTest::newRow("fraction") << u"2.5"_s << -1;
}

void tst_OptionValues::count()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    int value = -1;
    QString error;
    QCOMPARE(OptionValues::count(u"--limit"_s, text, 100, &value, &error), expected > 0);
    QCOMPARE(value, expected);
    if (expected < 0)
        QVERIFY(error.contains(u"1 to 100"_s));
}

QTEST_GUILESS_MAIN(tst_OptionValues)
#include "tst_optionvalues.moc"
