// LinkedIn's analytics workbook read from synthetic .xlsx files written by
// real spreadsheet writers (tests/fixtures/analytics/make_workbooks.py:
// xlsxwriter with shared strings, openpyxl and xlsxwriter's constant-memory
// mode with inline strings; numbers as text and as numbers, dates as text,
// as serial numbers and in the 1904 date system). Every number is checked
// against expected.json, which the same script writes. Bad files give a
// message naming the file, the sheet and the cell, and return nothing;
// damaged and random input never crashes.

#include "io/AnalyticsValues.h"
#include "io/AnalyticsWorkbookReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QString fixtureDir()
{
    return QStringLiteral(RAPPORT_FIXTURES "/analytics");
}

QJsonObject expectedJson()
{
    QFile file(fixtureDir() + u"/expected.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDate isoDate(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// A sentinel: a failed read must leave it as it is.
AnalyticsWorkbookData untouched()
{
    AnalyticsWorkbookData data;
    data.fileName = u"untouched"_s;
    data.impressions = 42;
    return data;
}

} // namespace

class TestAnalyticsWorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void workbook_data();
    void workbook();
    void badFile_data();
    void badFile();
    void followerTotalsWorkedBack();
    void followerTotalsAroundTheTotalDate();
    void activityId_data();
    void activityId();
    void counts();
    void shares();
    void dates();
    void percentSignsInNamesStayAsTheyAre();
    void damagedInputNeverCrashes();
};

void TestAnalyticsWorkbookReader::workbook_data()
{
    QTest::addColumn<QString>("name");
    const QJsonObject workbooks = expectedJson().value(u"workbooks"_s).toObject();
    QVERIFY(workbooks.size() >= 6);
    for (auto it = workbooks.begin(); it != workbooks.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestAnalyticsWorkbookReader::workbook()
{
    QFETCH(QString, name);
    const QJsonObject e = expectedJson().value(u"workbooks"_s).toObject().value(name).toObject();
    AnalyticsWorkbookData d;
    QString error;
    QVERIFY2(AnalyticsWorkbookReader::read(fixtureDir() + u'/' + name, &d, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());

    QCOMPARE(d.fileName, name);
    QCOMPARE(d.periodStart, isoDate(e.value(u"periodStart"_s)));
    QCOMPARE(d.periodEnd, isoDate(e.value(u"periodEnd"_s)));
    QCOMPARE(d.impressions, e.value(u"impressions"_s).toInteger());
    QCOMPARE(d.membersReached, e.value(u"membersReached"_s).toInteger());

    const QJsonArray days = e.value(u"days"_s).toArray();
    QCOMPARE(d.days.size(), days.size());
    for (int i = 0; i < days.size(); ++i) {
        const QJsonArray day = days.at(i).toArray();
        QCOMPARE(d.days.at(i).date, isoDate(day.at(0)));
        QCOMPARE(d.days.at(i).impressions, day.at(1).toInteger());
        QCOMPARE(d.days.at(i).engagements, day.at(2).toInteger());
    }

    const QJsonArray posts = e.value(u"topPosts"_s).toArray();
    QCOMPARE(d.topPosts.size(), posts.size());
    int inBoth = 0;
    for (int i = 0; i < posts.size(); ++i) {
        const QJsonObject p = posts.at(i).toObject();
        const AnalyticsTopPost &post = d.topPosts.at(i);
        QCOMPARE(post.url, p.value(u"url"_s).toString());
        QCOMPARE(post.activityId, p.value(u"activityId"_s).toString());
        QCOMPARE(post.published, isoDate(p.value(u"published"_s)));
        QCOMPARE(post.engagements, p.value(u"engagements"_s).toInteger());
        QCOMPARE(post.impressions, p.value(u"impressions"_s).toInteger());
        if (post.engagements >= 0 && post.impressions >= 0)
            ++inBoth;
    }
    if (posts.size() > 10)
        QVERIFY2(inBoth > 0, "the fixture should have posts in both tables");

    QCOMPARE(d.followersTotalDate, isoDate(e.value(u"followersTotalDate"_s)));
    QCOMPARE(d.followersTotal, e.value(u"followersTotal"_s).toInteger());
    const QJsonArray followers = e.value(u"followerDays"_s).toArray();
    QCOMPARE(d.followerDays.size(), followers.size());
    for (int i = 0; i < followers.size(); ++i) {
        const QJsonArray day = followers.at(i).toArray();
        QCOMPARE(d.followerDays.at(i).date, isoDate(day.at(0)));
        QCOMPARE(d.followerDays.at(i).newFollowers, day.at(1).toInteger());
        QCOMPARE(d.followerDays.at(i).total, day.at(2).toInteger());
    }
    QCOMPARE(d.followerDays.constLast().total, d.followersTotal);

    const QJsonArray demographics = e.value(u"demographics"_s).toArray();
    QCOMPARE(d.demographics.size(), demographics.size());
    for (int i = 0; i < demographics.size(); ++i) {
        const QJsonArray row = demographics.at(i).toArray();
        const AnalyticsDemographic &g = d.demographics.at(i);
        QCOMPARE(g.category, row.at(0).toString());
        QCOMPARE(g.value, row.at(1).toString());
        QVERIFY2(qAbs(g.share - row.at(2).toDouble()) < 1e-9,
                 qPrintable(u"%1: %2 != %3"_s.arg(g.value).arg(g.share).arg(row.at(2).toDouble())));
        QCOMPARE(g.belowOnePercent, row.at(3).toBool());
    }
}

void TestAnalyticsWorkbookReader::badFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("fragments");
    const QJsonObject bad = expectedJson().value(u"bad"_s).toObject();
    QVERIFY(bad.size() >= 15);
    for (auto it = bad.begin(); it != bad.end(); ++it) {
        QStringList fragments;
        for (const QJsonValue &v : it.value().toArray())
            fragments.append(v.toString());
        QTest::newRow(qPrintable(it.key())) << it.key() << fragments;
    }
    QTest::newRow("missing file") << u"NoSuchFile.xlsx"_s
                                  << QStringList{u"NoSuchFile.xlsx"_s, u"does not exist"_s,
                                                 u"Check the file's name"_s};
}

void TestAnalyticsWorkbookReader::badFile()
{
    QFETCH(QString, name);
    QFETCH(QStringList, fragments);
    AnalyticsWorkbookData d = untouched();
    QString error;
    QVERIFY(!AnalyticsWorkbookReader::read(fixtureDir() + u"/bad/"_s + name, &d, &error));
    QVERIFY2(!error.isEmpty(), "a refusal says why");
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment), qPrintable(u"\"%1\" not in: %2"_s.arg(fragment, error)));
    // Says that nothing came of it, and what to do.
    QVERIFY2(error.contains(u"Nothing was imported"_s), qPrintable(error));
    if (name != u"NoSuchFile.xlsx")
        QVERIFY2(error.contains(u"Export"_s) || error.contains(u"export"_s), qPrintable(error));
    QCOMPARE(d.fileName, u"untouched"_s);
    QCOMPARE(d.impressions, 42);
}

void TestAnalyticsWorkbookReader::followerTotalsWorkedBack()
{
    // 100 followers at the end of 1/4; 1/4 brought 5, 1/3 brought 2, 1/2
    // lost 1: 95 at the end of 1/3, 93 at the end of 1/2, 94 at the end of 1/1.
    QList<AnalyticsFollowerDay> days{{QDate(2026, 1, 1), 7, 0},
                                     {QDate(2026, 1, 2), -1, 0},
                                     {QDate(2026, 1, 3), 2, 0},
                                     {QDate(2026, 1, 4), 5, 0}};
    AnalyticsWorkbookReader::workBackTotals(&days, QDate(2026, 1, 4), 100);
    QCOMPARE(days.at(3).total, 100);
    QCOMPARE(days.at(2).total, 95);
    QCOMPARE(days.at(1).total, 93);
    QCOMPARE(days.at(0).total, 94);
}

void TestAnalyticsWorkbookReader::followerTotalsAroundTheTotalDate()
{
    // The total is for 1/2; the day after it adds its new followers, a gap
    // day without a row adds none.
    QList<AnalyticsFollowerDay> days{{QDate(2026, 1, 1), 3, 0},
                                     {QDate(2026, 1, 2), 4, 0},
                                     {QDate(2026, 1, 3), 10, 0},
                                     {QDate(2026, 1, 5), 1, 0}};
    AnalyticsWorkbookReader::workBackTotals(&days, QDate(2026, 1, 2), 50);
    QCOMPARE(days.at(0).total, 46);
    QCOMPARE(days.at(1).total, 50);
    QCOMPARE(days.at(2).total, 60);
    QCOMPARE(days.at(3).total, 61);
}

void TestAnalyticsWorkbookReader::activityId_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("id");
    QTest::newRow("feed update")
        << u"https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/"_s
        << u"7123456789012345678"_s;
    QTest::newRow("feed update, no slash")
        << u"https://www.linkedin.com/feed/update/urn:li:activity:7123"_s << u"7123"_s;
    QTest::newRow("posts slug")
        << u"https://www.linkedin.com/posts/jane-doe_hiring-activity-7123456789012345678-AbCd"_s
        << u"7123456789012345678"_s;
    QTest::newRow("posts slug with query")
        << u"https://www.linkedin.com/posts/jane_x-activity-7000-Zz9_?utm_source=share"_s
        << u"7000"_s;
    QTest::newRow("encoded urn")
        << u"https://www.linkedin.com/embed/feed/update/urn%3Ali%3Aactivity%3A7555"_s << u"7555"_s;
    QTest::newRow("a profile") << u"https://www.linkedin.com/in/jane-doe/"_s << QString();
    QTest::newRow("a word containing activity")
        << u"https://www.linkedin.com/posts/jane_my-activity-report"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAnalyticsWorkbookReader::activityId()
{
    QFETCH(QString, url);
    QFETCH(QString, id);
    QCOMPARE(AnalyticsValues::activityId(url), id);
}

void TestAnalyticsWorkbookReader::counts()
{
    QCOMPARE(AnalyticsValues::countFromText(u"1234"_s), 1234);
    QCOMPARE(AnalyticsValues::countFromText(u" 1,234 "_s), 1234);
    QCOMPARE(AnalyticsValues::countFromText(u"1,234,567"_s), 1234567);
    QCOMPARE(AnalyticsValues::countFromText(u"1.0E3"_s), 1000);
    QCOMPARE(AnalyticsValues::countFromText(u"12.0"_s), 12);
    QCOMPARE(AnalyticsValues::countFromText(u"-3"_s), -3);
    QCOMPARE(AnalyticsValues::countFromText(u"0"_s), 0);
    QVERIFY(!AnalyticsValues::countFromText(u"12a"_s));
    QVERIFY(!AnalyticsValues::countFromText(u"12.5"_s));
    QVERIFY(!AnalyticsValues::countFromText(u"1,23"_s));
    QVERIFY(!AnalyticsValues::countFromText(u""_s));
    QVERIFY(!AnalyticsValues::countFromText(u"1e300"_s));
    QVERIFY(!AnalyticsValues::countFromText(u"99999999999999999999"_s));
}

void TestAnalyticsWorkbookReader::shares()
{
    QCOMPARE(*AnalyticsValues::shareFromText(u"0.12"_s), 0.12);
    QCOMPARE(*AnalyticsValues::shareFromText(u"12%"_s), 0.12);
    QCOMPARE(*AnalyticsValues::shareFromText(u"2 %"_s), 0.02);
    QCOMPARE(*AnalyticsValues::shareFromText(u"100%"_s), 1.0);
    QVERIFY(!AnalyticsValues::shareFromText(u"120%"_s));
    QVERIFY(!AnalyticsValues::shareFromText(u"< 1%"_s));
    QVERIFY(AnalyticsValues::isBelowOnePercent(u"< 1%"_s));
    QVERIFY(AnalyticsValues::isBelowOnePercent(u"<1%"_s));
    QVERIFY(!AnalyticsValues::isBelowOnePercent(u"1%"_s));
}

void TestAnalyticsWorkbookReader::dates()
{
    QCOMPARE(AnalyticsValues::dateFromText(u"1/31/2026"_s), QDate(2026, 1, 31));
    QCOMPARE(AnalyticsValues::dateFromText(u"01/05/2026"_s), QDate(2026, 1, 5));
    QCOMPARE(AnalyticsValues::dateFromText(u"1/31/2026 0:00"_s), QDate(2026, 1, 31));
    QCOMPARE(AnalyticsValues::dateFromText(u"1/31/2026 12:00:00 AM"_s), QDate(2026, 1, 31));
    QVERIFY(!AnalyticsValues::dateFromText(u"2/30/2026"_s).isValid());
    QVERIFY(!AnalyticsValues::dateFromText(u"1/31/26"_s).isValid());
    QCOMPARE(AnalyticsValues::dateFromText(u"2026-01-31"_s), QDate(2026, 1, 31));
    QCOMPARE(AnalyticsValues::dateFromText(u"2026-01-31T00:00:00"_s), QDate(2026, 1, 31));
    QVERIFY(!AnalyticsValues::dateFromText(u"31/1/2026"_s).isValid());
    QCOMPARE(AnalyticsValues::swappedDateFromText(u"31/1/2026"_s), QDate(2026, 1, 31));
    QCOMPARE(AnalyticsValues::dateFromSerial(46023, false), QDate(2026, 1, 1));
    QCOMPARE(AnalyticsValues::dateFromSerial(46023.75, false), QDate(2026, 1, 1));
    QCOMPARE(AnalyticsValues::dateFromSerial(44561, true), QDate(2026, 1, 1));
    QCOMPARE(AnalyticsValues::dateFromSerial(59, false), QDate(1900, 2, 28));
    QCOMPARE(AnalyticsValues::dateFromSerial(61, false), QDate(1900, 3, 1));
    QVERIFY(!AnalyticsValues::dateFromSerial(-5, false).isValid());
    QVERIFY(!AnalyticsValues::dateFromSerial(1e12, false).isValid());
}

void TestAnalyticsWorkbookReader::percentSignsInNamesStayAsTheyAre()
{
    // A file name (or a cell) with "%1"-like text is shown as it is, not
    // taken for a placeholder of the message.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Content_%2F%1%5.xlsx"_s);
    QVERIFY(QFile::copy(fixtureDir() + u"/bad/Content_RepeatedDay.xlsx"_s, path));
    AnalyticsWorkbookData d;
    QString error;
    QVERIFY(!AnalyticsWorkbookReader::read(path, &d, &error));
    QVERIFY2(error.startsWith(u"Content_%2F%1%5.xlsx, sheet ENGAGEMENT, cell A7: "_s),
             qPrintable(error));
    QVERIFY2(error.contains(u"already in row 6"_s), qPrintable(error));
}

void TestAnalyticsWorkbookReader::damagedInputNeverCrashes()
{
    QFile source(fixtureDir() + u"/Content_2025-06-01_2025-06-30_SamRivera.xlsx"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray good = source.readAll();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"Content_Fuzz.xlsx"_s);
    const auto attempt = [&](const QByteArray &bytes) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(bytes);
        file.close();
        AnalyticsWorkbookData d = untouched();
        QString error;
        const bool ok = AnalyticsWorkbookReader::read(path, &d, &error);
        // Either read whole, or refused with a message and nothing returned.
        return ok ? error.isEmpty() && !d.days.isEmpty()
                  : !error.isEmpty() && d.fileName == u"untouched"_s;
    };
    QVERIFY(attempt(good));
    for (int cut = 0; cut < good.size(); cut += 97)
        QVERIFY2(attempt(good.left(cut)), qPrintable(u"cut at %1"_s.arg(cut)));
    QRandomGenerator random(19);
    for (int run = 0; run < 200; ++run) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(8));
        for (int i = 0; i < flips; ++i)
            bytes[int(random.bounded(bytes.size()))] = char(random.bounded(256));
        QVERIFY2(attempt(bytes), qPrintable(u"run %1"_s.arg(run)));
    }
    QByteArray noise(8192, Qt::Uninitialized);
    for (char &c : noise)
        c = char(random.bounded(256));
    QVERIFY(attempt(noise));
    QVERIFY(attempt(QByteArray("PK\x03\x04", 4) + noise));
    QVERIFY(attempt(QByteArray()));
}

QTEST_GUILESS_MAIN(TestAnalyticsWorkbookReader)
#include "tst_analyticsworkbookreader.moc"
