#include "domain/DateText.h"
#include "domain/LocalDays.h"

#include <QTest>
#include <QTimeZone>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_DateText : public QObject
{
    Q_OBJECT

private slots:
    void dates()
    {
        QCOMPARE(DateText::isoDate(QDate(2026, 2, 8)), u"2026-02-08"_s);
        QCOMPARE(DateText::isoDate(QDate(987, 12, 31)), u"0987-12-31"_s);
        QVERIFY(DateText::isoDate(QDate()).isEmpty());
        QCOMPARE(DateText::parseIsoDate(u"2024-02-29"), QDate(2024, 2, 29));
        QVERIFY(!DateText::parseIsoDate(u"2023-02-29").isValid());
        QVERIFY(!DateText::parseIsoDate(u"2024-2-9x").isValid());
        QVERIFY(!DateText::parseIsoDate(u"").isValid());
        QVERIFY(!DateText::parseIsoDate(u"abcd-ef-gh").isValid());
    }

    void timesRoundTripInUtc()
    {
        const QDateTime t(QDate(2026, 11, 21), QTime(23, 5, 9, 42), QTimeZone::utc());
        QCOMPARE(DateText::isoUtc(t, true), u"2026-11-21T23:05:09.042Z"_s);
        QCOMPARE(DateText::isoUtc(t, false), u"2026-11-21T23:05:09Z"_s);
        QCOMPARE(DateText::parseIsoUtc(DateText::isoUtc(t, true)), t);
        QCOMPARE(DateText::parseIsoUtc(u"2026-11-21T23:05:09Z"),
                 QDateTime(QDate(2026, 11, 21), QTime(23, 5, 9), QTimeZone::utc()));
        // Another zone is written as the same instant in UTC.
        const QDateTime berlin(QDate(2026, 7, 1), QTime(12, 0), QTimeZone(2 * 3600));
        QCOMPARE(DateText::isoUtc(berlin, false), u"2026-07-01T10:00:00Z"_s);
        // Other ISO forms still parse, through Qt.
        QCOMPARE(DateText::parseIsoUtc(u"2026-07-01T12:00:00+02:00"),
                 QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(!DateText::parseIsoUtc(u"2026-13-01T00:00:00Z").isValid());
        QVERIFY(!DateText::parseIsoUtc(u"2026-01-01T25:00:00Z").isValid());
        QVERIFY(!DateText::parseIsoUtc(u"").isValid());
        QVERIFY(DateText::isoUtc(QDateTime(), true).isEmpty());
    }

    void matchesQt_data()
    {
        QTest::addColumn<QDateTime>("time");
        for (int i = 0; i < 20; ++i) {
            const QDateTime t = QDateTime(QDate(1999 + i, 1 + i % 12, 1 + i),
                                          QTime(i, 59 - i, i, i * 37), QTimeZone::utc());
            QTest::newRow(qPrintable(t.toString(Qt::ISODate))) << t;
        }
    }

    void matchesQt()
    {
        QFETCH(QDateTime, time);
        QCOMPARE(DateText::isoUtc(time, true), time.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(DateText::isoUtc(time, false), time.toUTC().toString(Qt::ISODate));
        const QDateTime back = DateText::parseIsoUtc(DateText::isoUtc(time, true));
        QCOMPARE(back, time);
        QCOMPARE(back.timeSpec(), Qt::UTC);
    }

    void localDateMatchesQt()
    {
        // Every 7 minutes of two years, through the zone's clock changes
        // (the test sets a zone with summer time and a half-hour one below).
        for (const char *zone : {"Europe/Lisbon", "Australia/Adelaide", "America/St_Johns"}) {
            qputenv("TZ", zone);
            ::tzset();
            QDateTime t(QDate(2025, 1, 1), QTime(0, 3), QTimeZone::utc());
            const QDateTime end(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
            int checked = 0;
            LocalDays days;
            for (; t < end; t = t.addSecs(7 * 60)) {
                const QString text = DateText::isoUtc(t, false);
                const QDate expected = t.toLocalTime().date();
                if (days.of(text) != expected)
                    QFAIL(qPrintable(u"%1 in %2"_s.arg(text, QString::fromLatin1(zone))));
                ++checked;
            }
            QVERIFY(checked > 100000);
        }
        qunsetenv("TZ");
        ::tzset();
        LocalDays days;
        QVERIFY(!days.of(u""_s).isValid());
        QVERIFY(!days.of(u"yesterday"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_DateText)
#include "tst_datetext.moc"
