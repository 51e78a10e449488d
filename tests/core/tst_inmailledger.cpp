// The InMail credit ledger around its edges: month grants, the 90-day credit
// life, the 90-day answer window, FIFO use, over-budget sends, and the
// response rates split by the "reply Not Interested" line.

#include "outreach/InMailLedger.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

Q_DECLARE_METATYPE(rapport::InMailRecord)

namespace {

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

InMailRecord mail(qint64 id, const QDate &sent, const QDate &answered = {},
                  bool askedNegative = false)
{
    InMailRecord m;
    m.id = id;
    m.sent = sent;
    m.answered = answered;
    m.askedNegative = askedNegative;
    return m;
}

// count InMails with ids firstId.. sent on one day, unanswered.
QList<InMailRecord> batch(qint64 firstId, int count, const QDate &sent)
{
    QList<InMailRecord> list;
    for (int i = 0; i < count; ++i)
        list << mail(firstId + i, sent);
    return list;
}

// The credit counts in a fixed order, so one comparison shows them all.
QList<int> counts(const InMailLedger &l)
{
    return {l.granted, l.available, l.creditsHeld, l.spent, l.returned, l.expired, l.overBudget};
}

const InMailPlan career = InMailPlan::of(InMailPlan::PremiumCareer); // 5 a month

} // namespace

class tst_InMailLedger : public QObject
{
    Q_OBJECT

private slots:
    void credits_data()
    {
        QTest::addColumn<int>("monthly");
        QTest::addColumn<QDate>("planStart");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QList<InMailRecord>>("inmails");
        // granted, available, pending, spent, returned, expired, overBudget
        QTest::addColumn<QList<int>>("expected");

        const QDate jan1 = d(1, 1);
        // A January credit is usable Jan 1 .. Jan 1 + 89 = Mar 31.
        QCOMPARE(jan1.addDays(89), d(3, 31));

        QTest::newRow("no InMails: the month's grant is available")
            << 5 << jan1 << d(1, 20) << QList<InMailRecord>() << QList<int>{5, 5, 0, 0, 0, 0, 0};
        QTest::newRow("plan starting Jan 31 gets January's grant, not February's yet")
            << 5 << d(1, 31) << d(1, 31) << batch(1, 6, d(1, 31))
            << QList<int>{5, 0, 5, 0, 0, 0, 1};
        QTest::newRow("plan starting Jan 31: sending on Feb 1 uses February's grant")
            << 5 << d(1, 31) << d(2, 1) << (batch(1, 6, d(1, 31)) << mail(7, d(2, 1)))
            << QList<int>{10, 4, 6, 0, 0, 0, 1};
        QTest::newRow("plan starting after today grants nothing")
            << 5 << d(2, 1) << d(1, 31) << batch(1, 1, d(1, 20)) << QList<int>{0, 0, 0, 0, 0, 0, 1};
        QTest::newRow("InMail sent before the plan's first month is over budget")
            << 5 << d(2, 10) << d(2, 10) << batch(1, 1, d(1, 20))
            << QList<int>{5, 5, 0, 0, 0, 0, 1};

        // Credit life: Jan 1 + 89 is the last usable day, Jan 1 + 90 is too late.
        QTest::newRow("last usable day: Mar 31 still uses January's credit")
            << 5 << jan1 << d(3, 31) << batch(1, 1, d(3, 31)) << QList<int>{15, 14, 1, 0, 0, 0, 0};
        QTest::newRow("day after: the rest of January's lot has expired")
            << 5 << jan1 << d(4, 1) << batch(1, 1, d(3, 31)) << QList<int>{20, 15, 1, 0, 0, 4, 0};
        QTest::newRow("sending on Apr 1 finds January's lot gone and uses February's")
            << 5 << jan1 << d(4, 1) << batch(1, 1, d(4, 1)) << QList<int>{20, 14, 1, 0, 0, 5, 0};

        // Answer window: Jan 10 + 90 = Apr 10.
        QTest::newRow("unanswered on day 90 after sending: still pending")
            << 5 << jan1 << d(4, 10) << batch(1, 1, d(1, 10)) << QList<int>{20, 15, 1, 0, 0, 4, 0};
        QTest::newRow("unanswered on day 91: spent")
            << 5 << jan1 << d(4, 11) << batch(1, 1, d(1, 10)) << QList<int>{20, 15, 0, 1, 0, 4, 0};
        QTest::newRow("answer on day 90 returns the credit (its lot has expired)")
            << 5 << jan1 << d(4, 20) << QList<InMailRecord>{mail(1, d(1, 10), d(4, 10))}
            << QList<int>{20, 15, 0, 0, 1, 5, 0};
        QTest::newRow("answer on day 91 does not: the credit is spent")
            << 5 << jan1 << d(4, 20) << QList<InMailRecord>{mail(1, d(1, 10), d(4, 11))}
            << QList<int>{20, 15, 0, 1, 0, 4, 0};
        QTest::newRow("a \"not interested\" answer returns the credit like any other")
            << 5 << jan1 << d(1, 25) << QList<InMailRecord>{mail(1, d(1, 5), d(1, 20), true)}
            << QList<int>{5, 5, 0, 0, 1, 0, 0};
        QTest::newRow("an answer the same day returns the credit that day")
            << 5 << jan1 << d(1, 5) << QList<InMailRecord>{mail(1, d(1, 5), d(1, 5))}
            << QList<int>{5, 5, 0, 0, 1, 0, 0};

        // A returned credit keeps its lot's expiry.
        QTest::newRow("credit returned on its last usable day is available that day")
            << 5 << jan1 << d(3, 31) << QList<InMailRecord>{mail(1, d(3, 31), d(3, 31))}
            << QList<int>{15, 15, 0, 0, 1, 0, 0};
        QTest::newRow("credit returned after its lot expired counts as expired")
            << 5 << jan1 << d(4, 10) << QList<InMailRecord>{mail(1, d(3, 31), d(4, 5))}
            << QList<int>{20, 15, 0, 0, 1, 5, 0};

        // FIFO: two a month. A and B use January's pair; A's answer on Feb 2
        // returns a January credit (expires Mar 31), which C on Feb 3 must use
        // rather than a February one (expires May 1). By Apr 1 nothing has
        // expired; had C taken a February credit, one would have.
        QTest::newRow("FIFO: a returned credit that expires sooner is used first")
            << 2 << jan1 << d(4, 1)
            << QList<InMailRecord>{mail(1, d(1, 5), d(2, 2)), mail(2, d(1, 5)), mail(3, d(2, 3))}
            << QList<int>{8, 6, 2, 0, 1, 0, 0};
        QTest::newRow("FIFO: an older lot is used before a newer one")
            << 2 << jan1 << d(4, 1) << batch(1, 1, d(2, 3)) << QList<int>{8, 6, 1, 0, 0, 1, 0};

        QTest::newRow("over budget: the sixth and seventh of a day have no credit")
            << 5 << jan1 << d(1, 20) << (batch(1, 6, d(1, 10)) << mail(7, d(1, 10), d(1, 15)))
            << QList<int>{5, 0, 5, 0, 0, 0, 2};
        // One a month: A's January credit comes back on Apr 2, already expired;
        // B, C and D hold February's, March's and April's, so E finds nothing.
        QTest::newRow("over budget: an expired returned credit cannot be used")
            << 1 << jan1 << d(4, 3)
            << QList<InMailRecord>{mail(1, d(1, 5), d(4, 2)), mail(2, d(2, 2)), mail(3, d(3, 2)),
                                   mail(4, d(4, 1)), mail(5, d(4, 3))}
            << QList<int>{4, 0, 3, 0, 1, 1, 1};
        QTest::newRow("over budget: a returned credit serves a later send")
            << 5 << jan1 << d(1, 20)
            << (QList<InMailRecord>{mail(1, d(1, 10), d(1, 15))} << batch(2, 6, d(1, 10))
                                                                 << mail(8, d(1, 16)))
            << QList<int>{5, 0, 5, 0, 1, 0, 2};
        QTest::newRow("custom plan with no credits: everything over budget")
            << 0 << jan1 << d(1, 20) << batch(1, 3, d(1, 10)) << QList<int>{0, 0, 0, 0, 0, 0, 3};

        QTest::newRow("future: sends and answers after today are ignored")
            << 5 << jan1 << d(1, 20)
            << QList<InMailRecord>{mail(1, d(1, 10), d(1, 25)), mail(2, d(1, 21))}
            << QList<int>{5, 4, 1, 0, 0, 0, 0};
        QTest::newRow("future: no grant for a month after today")
            << 5 << jan1 << d(1, 31) << QList<InMailRecord>() << QList<int>{5, 5, 0, 0, 0, 0, 0};
    }
    void credits()
    {
        QFETCH(int, monthly);
        QFETCH(QDate, planStart);
        QFETCH(QDate, today);
        QFETCH(QList<InMailRecord>, inmails);
        QFETCH(QList<int>, expected);

        const InMailLedger l = InMailLedger::compute(
            inmails, InMailPlan::of(InMailPlan::Custom, monthly), planStart, today);
        QCOMPARE(counts(l), expected);
        QCOMPARE(l.granted, l.available + l.creditsHeld + l.spent + l.expired);
    }

    void responseRates()
    {
        // Four asked for a negative answer, three answered (one after the
        // 90-day window: still an answer); six did not, two answered. One
        // answer after today and one InMail sent after today do not count.
        const QDate today = d(6, 30);
        const QList<InMailRecord> inmails = {
            mail(1, d(1, 5), d(1, 6), true),
            mail(2, d(1, 6), d(5, 1), true),
            mail(3, d(2, 1), d(2, 20), true),
            mail(4, d(3, 1), {}, true),
            mail(5, d(1, 5), d(1, 9)),
            mail(6, d(1, 7)),
            mail(7, d(2, 2), d(2, 3)),
            mail(8, d(3, 3)),
            mail(9, d(4, 4)),
            mail(10, d(6, 29), d(7, 1)),
            mail(11, d(7, 1), d(7, 2), true),
        };
        const InMailLedger l = InMailLedger::compute(inmails, career, d(1, 1), today);
        QCOMPARE(l.sent, 10);
        QCOMPARE(l.answered, 5);
        QCOMPARE(l.responseRate, std::optional<double>(0.5));
        QCOMPARE(l.askedNegativeSent, 4);
        QCOMPARE(l.askedNegativeAnswered, 3);
        QCOMPARE(l.askedNegativeRate, std::optional<double>(0.75));
        QCOMPARE(l.notAskedSent, 6);
        QCOMPARE(l.notAskedAnswered, 2);
        QVERIFY(l.notAskedRate);
        QCOMPARE(*l.notAskedRate, 2.0 / 6.0);
        // Only answers within 90 days give the credit back: 1, 3, 5, 7.
        QCOMPARE(l.returned, 4);
    }

    void ratesWithNoneSent()
    {
        const InMailLedger none = InMailLedger::compute({}, career, d(1, 1), d(1, 31));
        QVERIFY(!none.responseRate);
        QVERIFY(!none.askedNegativeRate);
        QVERIFY(!none.notAskedRate);

        const InMailLedger allAsked =
            InMailLedger::compute({mail(1, d(1, 2), {}, true)}, career, d(1, 1), d(1, 31));
        QCOMPARE(allAsked.responseRate, std::optional<double>(0.0));
        QCOMPARE(allAsked.askedNegativeRate, std::optional<double>(0.0));
        QVERIFY(!allAsked.notAskedRate);
    }

    void everyCreditIsInOneState()
    {
        // A year of random traffic: the books always balance.
        QRandomGenerator rng(20260101);
        QList<InMailRecord> inmails;
        for (int i = 0; i < 400; ++i) {
            const QDate sent = d(1, 1).addDays(rng.bounded(365));
            const int wait = rng.bounded(200);
            inmails << mail(i + 1, sent, wait < 120 ? sent.addDays(wait) : QDate(),
                            rng.bounded(2) == 1);
        }
        for (const QDate &today : {d(5, 15), d(8, 1), d(12, 31)}) {
            const InMailLedger l = InMailLedger::compute(
                inmails, InMailPlan::of(InMailPlan::PremiumBusiness), d(1, 1), today);
            QCOMPARE(l.granted, 15 * today.month());
            QCOMPARE(l.granted, l.available + l.creditsHeld + l.spent + l.expired);
            QCOMPARE(l.sent - l.overBudget, l.creditsHeld + l.spent + l.returned);
            QVERIFY(l.overBudget > 0);
            QVERIFY(l.returned > 0);
            QVERIFY(l.spent > 0);
        }
    }

    void awaitingAnswerCountsInMailsNotCredits_data()
    {
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<int>("awaiting");
        QTest::addColumn<int>("held");
        QTest::addColumn<int>("spent");
        // Six InMails sent on Jan 31 with five credits: one over budget.
        QTest::newRow("same day") << 0 << 6 << 5 << 0;
        QTest::newRow("day 89") << 89 << 6 << 5 << 0;
        QTest::newRow("day 90: still inside the window") << 90 << 6 << 5 << 0;
        QTest::newRow("day 91: the window closed") << 91 << 0 << 0 << 5;
    }
    void awaitingAnswerCountsInMailsNotCredits()
    {
        QFETCH(int, daysLater);
        QFETCH(int, awaiting);
        QFETCH(int, held);
        QFETCH(int, spent);
        const QDate sent = d(1, 31);
        const InMailLedger l =
            InMailLedger::compute(batch(1, 6, sent), career, sent, sent.addDays(daysLater));
        QCOMPARE(l.overBudget, 1);
        QCOMPARE(l.awaitingAnswer, awaiting);
        QCOMPARE(l.creditsHeld, held);
        QCOMPARE(l.spent, spent);
        // An answer takes the InMail out of the awaiting ones, whenever it came.
        QList<InMailRecord> answered = batch(1, 6, sent);
        answered[0].answered = sent.addDays(daysLater);
        const InMailLedger a =
            InMailLedger::compute(answered, career, sent, sent.addDays(daysLater));
        QCOMPARE(a.awaitingAnswer, std::max(0, awaiting - 1));
        QCOMPARE(a.answered, 1);
    }

    void plans()
    {
        QCOMPARE(InMailPlan::names(),
                 (QStringList{u"premium-career"_s, u"premium-business"_s, u"sales-navigator"_s,
                              u"recruiter-lite"_s, u"custom"_s}));
        for (const QString &name : InMailPlan::names())
            QCOMPARE(InMailPlan::name(*InMailPlan::fromName(name)), name);
        QVERIFY(!InMailPlan::fromName(u"Premium Career"_s));
        QVERIFY(!InMailPlan::fromName(QString()));

        QCOMPARE(InMailPlan::credits(InMailPlan::PremiumCareer), 5);
        QCOMPARE(InMailPlan::credits(InMailPlan::PremiumBusiness), 15);
        QCOMPARE(InMailPlan::credits(InMailPlan::SalesNavigator), 50);
        QCOMPARE(InMailPlan::credits(InMailPlan::RecruiterLite), 30);
        QCOMPARE(InMailPlan::credits(InMailPlan::Custom), 0);

        QCOMPARE(InMailPlan::of(InMailPlan::SalesNavigator, 99).monthlyCredits, 50);
        QCOMPARE(InMailPlan::of(InMailPlan::Custom, 12).monthlyCredits, 12);
        QCOMPARE(InMailPlan::of(InMailPlan::Custom, -3).monthlyCredits, 0);
        QCOMPARE(InMailPlan::of(InMailPlan::RecruiterLite).kind, InMailPlan::RecruiterLite);
    }
};

QTEST_GUILESS_MAIN(tst_InMailLedger)
#include "tst_inmailledger.moc"
