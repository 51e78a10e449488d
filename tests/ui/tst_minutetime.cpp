// MinuteTime: times to the minute in every locale, seconds never shown.

#include "common/MinuteTime.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_MinuteTime : public QObject
{
    Q_OBJECT

private slots:
    void formatHasNoSeconds_data();
    void formatHasNoSeconds();
    void cLocaleTime();
    void dateTimeInLocalTime();
    void invalidIsEmpty();
};

void tst_MinuteTime::formatHasNoSeconds_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    // The C locale's short format is "HH:mm:ss": the seconds go.
    QTest::newRow("C") << QLocale::c() << u"14:05"_s;
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"2:05 PM"_s;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"14:05"_s;
    QTest::newRow("fi_FI") << QLocale(QLocale::Finnish, QLocale::Finland) << u"14.05"_s;
}

void tst_MinuteTime::formatHasNoSeconds()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QVERIFY2(!MinuteTime::timeFormat(locale).contains(u's'),
             qPrintable(MinuteTime::timeFormat(locale)));
    QCOMPARE(MinuteTime::time(QTime(14, 5, 37), locale).replace(u'\u202f', u' '), expected);
}

void tst_MinuteTime::cLocaleTime()
{
    const QString shown = MinuteTime::dateTime(QDateTime(QDate(2026, 3, 12), QTime(9, 7, 59)),
                                               QLocale::ShortFormat, QLocale::c());
    QVERIFY2(shown.endsWith(u"09:07"_s), qPrintable(shown));
    QVERIFY2(!shown.contains(u":59"_s), qPrintable(shown));
}

void tst_MinuteTime::dateTimeInLocalTime()
{
    // A stored UTC time is shown in local time (the tests run with TZ=UTC,
    // so an hour east shows one hour earlier).
    const QDateTime east(QDate(2026, 3, 12), QTime(15, 30, 12), QTimeZone(3600));
    QCOMPARE(MinuteTime::dateTime(east, QLocale::ShortFormat, QLocale::c()),
             QLocale::c().toString(QDate(2026, 3, 12), QLocale::ShortFormat) + u" 14:30"_s);
}

void tst_MinuteTime::invalidIsEmpty()
{
    QVERIFY(MinuteTime::time(QTime()).isEmpty());
    QVERIFY(MinuteTime::dateTime(QDateTime(), QLocale::LongFormat).isEmpty());
}

QTEST_GUILESS_MAIN(tst_MinuteTime)
#include "tst_minutetime.moc"
