// Invitation acceptance: the seed's ten-and-four red flag, the two windows,
// what counts as decided, and the pending invitations worth withdrawing.

#include "outreach/InvitationStats.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 6, 30);

// "a:30,d:29,p:2": an invitation per item, ids 1.. in order, sent that many
// days ago, with outcome a accepted, d declined, i ignored, k dont-know,
// w withdrawn, p none yet.
QList<InvitationRecord> invitations(const QString &spec)
{
    QList<InvitationRecord> list;
    if (spec.isEmpty())
        return list;
    for (const QString &item : spec.split(u',')) {
        const QStringList kv = item.split(u':');
        InvitationRecord r;
        r.id = list.size() + 1;
        r.contactId = 100 + r.id;
        r.sent = today.addDays(-kv.at(1).toInt());
        const QChar code = kv.at(0).at(0);
        if (code == u'a')
            r.outcome = u"accepted"_s;
        else if (code == u'd')
            r.outcome = u"declined"_s;
        else if (code == u'i')
            r.outcome = u"ignored"_s;
        else if (code == u'k')
            r.outcome = u"dont-know"_s;
        else if (code == u'w')
            r.outcome = u"withdrawn"_s;
        if (!r.outcome.isEmpty())
            r.outcomeOn = r.sent.addDays(1);
        list << r;
    }
    return list;
}

QString repeat(const QString &item, int times)
{
    QStringList items;
    for (int i = 0; i < times; ++i)
        items << item;
    return items.join(u',');
}

QList<qint64> ids(const QList<InvitationRecord> &list)
{
    QList<qint64> out;
    for (const InvitationRecord &r : list)
        out << r.id;
    return out;
}

} // namespace

class tst_InvitationStats : public QObject
{
    Q_OBJECT

private slots:
    void lastN_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("accepted");
        QTest::addColumn<int>("decided");
        QTest::addColumn<bool>("warning");

        const QString fourOfTen = u"a:40,a:39,a:38,a:37,d:36,d:35,i:34,i:33,k:32,w:31"_s;
        const QString fiveOfTen = u"a:40,a:39,a:38,a:37,a:36,d:35,i:34,i:33,k:32,w:31"_s;
        QTest::newRow("seed: ten invitations, four accepted: red flag")
            << fourOfTen << 10 << 4 << 10 << true;
        QTest::newRow("ten invitations, five accepted: no warning")
            << fiveOfTen << 10 << 5 << 10 << false;
        QTest::newRow("nine decided, none accepted: too few to warn")
            << u"d:40,d:39,d:38,i:37,i:36,i:35,k:34,k:33,w:32"_s << 9 << 0 << 9 << false;
        QTest::newRow("a fresh batch of ten pending does not drag the rate down")
            << fiveOfTen + u","_s + repeat(u"p:3"_s, 10) << 20 << 5 << 10 << false;
        QTest::newRow("pending exactly 7 days: not yet decided")
            << u"a:40,a:39,a:38,a:37,d:36,d:35,i:34,k:33,w:32,p:7"_s << 10 << 4 << 9 << false;
        QTest::newRow("pending 8 days: decided, not accepted")
            << u"a:40,a:39,a:38,a:37,d:36,d:35,i:34,k:33,w:32,p:8"_s << 10 << 4 << 10 << true;
        QTest::newRow("ten sent over ten days, four accepted, six silent for over a week")
            << u"a:19,a:18,a:17,a:16,p:15,p:14,p:13,p:12,p:11,p:10"_s << 10 << 4 << 10 << true;
        QTest::newRow("only the last 20 count: old declines drop out")
            << repeat(u"d:100"_s, 10) + u","_s + fiveOfTen + u","_s + fiveOfTen << 20 << 10 << 20
            << false;
        QTest::newRow("nothing sent") << QString() << 0 << 0 << 0 << false;
    }
    void lastN()
    {
        QFETCH(QString, spec);
        QFETCH(int, sent);
        QFETCH(int, accepted);
        QFETCH(int, decided);
        QFETCH(bool, warning);

        const InvitationStats s = InvitationStats::compute(invitations(spec), today);
        QCOMPARE(s.lastNSent, sent);
        QCOMPARE(s.lastNAccepted, accepted);
        QCOMPARE(s.lastNDecided, decided);
        if (decided == 0)
            QVERIFY(!s.lastNRate);
        else
            QCOMPARE(s.lastNRate, std::optional<double>(double(accepted) / double(decided)));
        QCOMPARE(s.warning, warning);
    }

    void threshold_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("accepted");
        QTest::addColumn<bool>("warning");
        QTest::newRow("40 % against 40 %: not below") << 0.4 << 4 << false;
        QTest::newRow("40 % against 45 %") << 0.45 << 4 << true;
        QTest::newRow("50 % against 60 %") << 0.6 << 5 << true;
        QTest::newRow("90 % against 60 %") << 0.6 << 9 << false;
    }
    void threshold()
    {
        QFETCH(double, threshold);
        QFETCH(int, accepted);
        QFETCH(bool, warning);
        const QString spec =
            repeat(u"a:30"_s, accepted) + u","_s + repeat(u"d:30"_s, 10 - accepted);
        QCOMPARE(InvitationStats::compute(invitations(spec), today, 20, threshold).warning,
                 warning);
    }

    void windowsDiffer()
    {
        // Age 30 is outside the 30-day window, age 29 inside.
        const QList<InvitationRecord> list =
            invitations(u"a:40,a:35,a:30,d:29,d:28,a:25,d:10,p:2"_s);

        const InvitationStats last3 = InvitationStats::compute(list, today, 3);
        QCOMPARE(last3.lastNSent, 3);
        QCOMPARE(last3.lastNAccepted, 1);
        QCOMPARE(last3.lastNDecided, 2);
        QCOMPARE(last3.lastNRate, std::optional<double>(0.5));
        QCOMPARE(last3.recentSent, 5);
        QCOMPARE(last3.recentAccepted, 1);
        QCOMPARE(last3.recentDecided, 4);
        QCOMPARE(last3.recentRate, std::optional<double>(0.25));

        const InvitationStats last20 = InvitationStats::compute(list, today);
        QCOMPARE(last20.lastNSent, 8);
        QCOMPARE(last20.lastNAccepted, 4);
        QCOMPARE(last20.lastNDecided, 7);
        QCOMPARE(last20.recentSent, 5);

        const InvitationStats old = InvitationStats::compute(invitations(u"a:30,d:45"_s), today);
        QCOMPARE(old.recentSent, 0);
        QVERIFY(!old.recentRate);
        QCOMPARE(old.lastNRate, std::optional<double>(0.5));
    }

    void lastNBreaksTiesById()
    {
        // Same day, listed out of order: the last two by (date, id) are 5 and 9.
        QList<InvitationRecord> list = invitations(u"d:5,a:5,d:5"_s);
        list[0].id = 9;
        list[1].id = 3;
        list[2].id = 5;
        const InvitationStats s = InvitationStats::compute(list, today, 2);
        QCOMPARE(s.lastNSent, 2);
        QCOMPARE(s.lastNAccepted, 0);
        QCOMPARE(InvitationStats::compute(list, today, 3).lastNAccepted, 1);
    }

    void pendingOldestFirst()
    {
        // ids:           1    2    3    4    5    6    7    8
        const QList<InvitationRecord> list =
            invitations(u"p:5,p:30,a:50,p:21,p:22,p:40,d:23,p:22"_s);
        const InvitationStats s = InvitationStats::compute(list, today);
        QCOMPARE(ids(s.pending), (QList<qint64>{6, 2, 5, 8, 4, 1}));
        QList<int> ages;
        for (const InvitationRecord &r : s.pending)
            ages << s.ageDays(r);
        QCOMPARE(ages, (QList<int>{40, 30, 22, 22, 21, 5}));
        // Strictly more than three weeks: 22 days yes, 21 not.
        QCOMPARE(ids(s.withdrawSuggestions), (QList<qint64>{6, 2, 5, 8}));
    }

    void futureIgnored()
    {
        QList<InvitationRecord> list = invitations(u"a:10,a:10,d:10"_s);
        list[0].outcomeOn = today.addDays(1); // accepted tomorrow: pending today
        list[2].sent = today.addDays(2);      // not sent yet
        list[2].outcomeOn = today.addDays(3);
        const InvitationStats s = InvitationStats::compute(list, today);
        QCOMPARE(s.lastNSent, 2);
        QCOMPARE(s.lastNAccepted, 1);
        QCOMPARE(s.lastNDecided, 2); // the one accepted tomorrow has been silent 10 days
        QCOMPARE(ids(s.pending), (QList<qint64>{1}));
        QCOMPARE(s.recentSent, 2);
    }

    void smallWindowStillWarns()
    {
        // With the last 5 invitations as the window, five declines warn.
        const InvitationStats s =
            InvitationStats::compute(invitations(u"d:30,d:29,d:28,d:27,d:26"_s), today, 5, 0.5);
        QVERIFY(s.warning);
        QCOMPARE(s.lastNDecided, 5);
    }

    void summary_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seed red flag")
            << u"a:40,a:39,a:38,a:37,d:36,d:35,i:34,i:33,k:32,w:31,"_s + repeat(u"p:3"_s, 10)
            << u"Acceptance over the last 20 invitations: 40.0 % (4 of 10 decided) — below 50 %: "
               "send fewer blind invitations and add a note that says why you want to connect."_s;
        QTest::newRow("healthy") << u"a:40,a:39,d:38"_s
                                 << u"Acceptance over the last 20 invitations (3 sent so far): "
                                    "66.7 % (2 of 3 decided)."_s;
        QTest::newRow("low but too few decided")
            << u"a:40,d:39,d:38"_s
            << u"Acceptance over the last 20 invitations (3 sent so far): 33.3 % (1 of 3 "
               "decided) — below 50 %, but too few decided to judge yet."_s;
        QTest::newRow("one pending")
            << u"p:1"_s
            << u"Acceptance over the last 20 invitations (1 sent so far): none decided "
               "yet."_s;
        QTest::newRow("none") << QString() << u"No invitations sent yet."_s;
    }
    void summary()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        QCOMPARE(InvitationStats::compute(invitations(spec), today).summary(), expected);
    }

    void withdrawReminder()
    {
        QCOMPARE(InvitationStats::withdrawReminder(),
                 u"Withdrawing an invitation blocks inviting the same person again for three "
                 "weeks."_s);
    }

    void decidedRuleMatchesTheCount_data()
    {
        // The sentence says "more than a week (8 days or more)": the count
        // must agree at 7, 8 and 9 days of silence.
        QTest::addColumn<int>("age");
        QTest::addColumn<int>("decided");
        QTest::newRow("7 days: not yet") << 7 << 0;
        QTest::newRow("8 days: decided") << 8 << 1;
        QTest::newRow("9 days: decided") << 9 << 1;
    }
    void decidedRuleMatchesTheCount()
    {
        QFETCH(int, age);
        QFETCH(int, decided);
        QVERIFY(InvitationStats::decidedRule().contains(u"more than a week (8 days or more)"_s));
        const InvitationStats s =
            InvitationStats::compute(invitations(u"p:"_s + QString::number(age)), today);
        QCOMPARE(s.lastNDecided, decided);
        QCOMPARE(s.recentDecided, decided);
    }

    void windowsByName()
    {
        QCOMPARE(InvitationStats::lastNWindow(20), u"last 20 invitations"_s);
        QCOMPARE(InvitationStats::lastNWindow(1), u"last invitation"_s);
        QCOMPARE(InvitationStats::recentWindow(), u"last 30 days"_s);
    }
};

QTEST_GUILESS_MAIN(tst_InvitationStats)
#include "tst_invitationstats.moc"
