// LinkedIn's messages.csv of the 2022, 2023 and 2026 eras: multi-line
// content, sponsored and system senders, InMail by subject, recipient URLs
// split by shape, drafts.

#include "io/LinkedInMessages.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QList<LinkedInMessages::Row> parse(const QString &name, bool *recipientUrls = nullptr)
{
    QFile file(QStringLiteral(RAPPORT_FIXTURES) + u"/linkedin/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    LinkedInMessages reader(&file, u"messages.csv"_s);
    QString error;
    if (!reader.readHeader(&error))
        qFatal("%s", qPrintable(error));
    if (recipientUrls)
        *recipientUrls = reader.hasRecipientUrls();
    QList<LinkedInMessages::Row> rows;
    LinkedInMessages::Row row;
    while (reader.next(&row))
        rows << row;
    if (reader.hasError())
        qFatal("%s", qPrintable(reader.errorString()));
    return rows;
}

} // namespace

class tst_LinkedInMessages : public QObject
{
    Q_OBJECT

private slots:
    void dates()
    {
        QCOMPARE(LinkedInMessages::parseDate(u"2026-02-08 14:03:27 UTC"_s),
                 QDateTime(QDate(2026, 2, 8), QTime(14, 3, 27), Qt::UTC));
        QVERIFY(!LinkedInMessages::parseDate(u"2026-02-08 14:03:27"_s).isValid());
        QVERIFY(!LinkedInMessages::parseDate(u"08 Feb 2026"_s).isValid());
        QVERIFY(!LinkedInMessages::parseDate(u"2026-02-30 14:03:27 UTC"_s).isValid());
    }

    void urlsSplitByShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString a = u"https://www.linkedin.com/in/ada-lovelace"_s;
        const QString g = u"https://www.linkedin.com/in/grace-hopper"_s;
        QTest::newRow("one") << a << QStringList{a};
        QTest::newRow("comma") << a + u","_s + g << QStringList{a, g};
        QTest::newRow("comma space") << a + u", "_s + g << QStringList{a, g};
        QTest::newRow("semicolon") << a + u";"_s + g << QStringList{a, g};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void urlsSplitByShape()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(LinkedInMessages::splitUrls(text), expected);
    }

    void era2022WithoutRecipientUrls()
    {
        bool recipientUrls = true;
        const auto rows = parse(u"2022/messages.csv"_s, &recipientUrls);
        QVERIFY(!recipientUrls);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).content, u"Thanks, you too!"_s);
        QVERIFY(rows.at(0).recipientUrls.isEmpty());
    }

    void era2023()
    {
        bool recipientUrls = false;
        const auto rows = parse(u"2024/messages.csv"_s, &recipientUrls);
        QVERIFY(recipientUrls);
        QCOMPARE(rows.size(), 7);
        QCOMPARE(rows.at(0).content, u"Hi Ada,\nthanks for connecting!"_s);
        QCOMPARE(rows.at(0).date, QDateTime(QDate(2024, 2, 10), QTime(10, 0), Qt::UTC));
        QVERIFY(!rows.at(0).isInMail());
        QCOMPARE(rows.at(1).line, 4); // the content above spans two lines
        QVERIFY(rows.at(2).isInMail());
        QCOMPARE(rows.at(2).subject, u"Opportunity at Hooli"_s);
        QCOMPARE(rows.at(2).content, u"Dear Olivia,\n\nwe are hiring."_s);
        QVERIFY(rows.at(3).system); // Sponsored Conversation
        QVERIFY(rows.at(4).system); // LinkedIn Member
        QVERIFY(!rows.at(5).system);
        QCOMPARE(rows.at(5).to, u"John Smith, PhD"_s);
        QCOMPARE(rows.at(6).recipientUrls.size(), 2);
        for (const auto &row : rows)
            QVERIFY2(row.problem.isEmpty(), qPrintable(row.problem));
    }

    void era2026AllQuotedWithDrafts()
    {
        const auto rows = parse(u"2026/messages.csv"_s);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(2).content, u"Thanks for the invite!\nShall we talk next week?\n\nNora"_s);
        QVERIFY(!rows.at(2).draft);
        QVERIFY(rows.at(3).draft);
        QVERIFY(rows.at(4).system); // LinkedIn Talent Solutions
    }

    void sponsoredByShape()
    {
        QVERIFY(LinkedInMessages::isSystemSender(u"Acme Ads"_s, QString(),
                                                 u"<p>Buy <a href='x'>now</a></p>"_s));
        QVERIFY(!LinkedInMessages::isSystemSender(u"Acme Ads"_s, QString(), u"plain words"_s));
        QVERIFY(!LinkedInMessages::isSystemSender(
            u"Ada Lovelace"_s, u"https://www.linkedin.com/in/ada"_s, u"<p>hi</p>"_s));
    }
};

QTEST_GUILESS_MAIN(tst_LinkedInMessages)
#include "tst_linkedinmessages.moc"
