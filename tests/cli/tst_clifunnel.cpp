// rapport-cli stats funnel and the network score in stats network, on a
// small scenario built through the CLI and counted by hand: invitations,
// InMails and followers who became connections per month (the Insights
// page's funnel), "—" / null where there is nothing to divide by (the
// ratio with no connections too, with nothing on stderr), and the network
// score's parts.

#include "CliProcess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliFunnel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cli(const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, m_dir->filePath(u"f.sqlite"_s)} + args,
                               CliProcess::isolated(m_dir->path()));
    }
    CliRun ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
        return r;
    }
    static QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
    void person(const QString &first, int degree, const QStringList &more = {})
    {
        QVERIFY(ok(QStringList{u"contacts"_s, u"add"_s, u"--first"_s, first, u"--last"_s, u"Test"_s,
                               u"--degree"_s, QString::number(degree)} +
                   more)
                    .exitCode == 0);
    }
    // Logs outreach and returns its id.
    qint64 log(const QString &channel, const QString &who, const QDate &day)
    {
        const CliRun r = ok({u"--json"_s, u"outreach"_s, u"log"_s, channel, who + u" Test"_s,
                             u"--date"_s, iso(day)});
        return qint64(r.json().value(u"id"_s).toDouble());
    }
    void outcome(qint64 id, const QString &what, const QDate &day)
    {
        QVERIFY(ok({u"outreach"_s, u"outcome"_s, QString::number(id), what, u"--date"_s, iso(day)})
                    .exitCode == 0);
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void monthsCountedByHand()
    {
        const QDate today = QDate::currentDate();
        const QDate m0(today.year(), today.month(), 1); // this month
        const QDate m1 = m0.addMonths(-1);
        const QDate m2 = m0.addMonths(-2);

        // Two months ago: three invitations — accepted, declined, silent
        // for weeks (decided, not accepted): 1 of 3 decided.
        for (const QString &name : {u"Ana"_s, u"Ben"_s, u"Cy"_s})
            person(name, 2);
        const qint64 ana = log(u"invitation"_s, u"Ana"_s, m2.addDays(4));
        const qint64 ben = log(u"invitation"_s, u"Ben"_s, m2.addDays(4));
        log(u"invitation"_s, u"Cy"_s, m2.addDays(4));
        outcome(ana, u"accepted"_s, m2.addDays(5));
        outcome(ben, u"declined"_s, m2.addDays(5));
        // Last month: two InMails, one answered; no invitations.
        person(u"Dee"_s, 2);
        person(u"Eve"_s, 3);
        const qint64 dee = log(u"inmail"_s, u"Dee"_s, m1.addDays(2));
        log(u"inmail"_s, u"Eve"_s, m1.addDays(2));
        outcome(dee, u"replied"_s, m1.addDays(9));
        // Followers who became connections: Hal followed two months ago and
        // connected last month; Fay followed last month and connected this
        // month; Gus followed on the day he connected (not counted).
        person(u"Hal"_s, 1, {u"--connected-on"_s, iso(m1)});
        QVERIFY(ok({u"engage"_s, u"follow"_s, u"Hal Test"_s, u"--date"_s, iso(m2)}).exitCode == 0);
        person(u"Fay"_s, 1, {u"--connected-on"_s, iso(m0)});
        QVERIFY(ok({u"engage"_s, u"follow"_s, u"Fay Test"_s, u"--date"_s, iso(m1.addDays(1))})
                    .exitCode == 0);
        person(u"Gus"_s, 1, {u"--connected-on"_s, iso(m0)});
        QVERIFY(ok({u"engage"_s, u"follow"_s, u"Gus Test"_s, u"--date"_s, iso(m0)}).exitCode == 0);
        // This month: one invitation, accepted today.
        person(u"Ivy"_s, 2);
        const qint64 ivy = log(u"invitation"_s, u"Ivy"_s, m0);
        outcome(ivy, u"accepted"_s, today);

        CliRun r = cli({u"--json"_s, u"stats"_s, u"funnel"_s, u"--months"_s, u"3"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"months"_s).toInt(), 3);
        const QJsonArray periods = o.value(u"periods"_s).toArray();
        QCOMPARE(periods.size(), 3);
        const QJsonObject p2 = periods.at(0).toObject();
        QCOMPARE(p2.value(u"month"_s).toString(), m2.toString(u"yyyy-MM"_s));
        QCOMPARE(p2.value(u"start"_s).toString(), iso(m2));
        QCOMPARE(p2.value(u"end"_s).toString(), iso(m1.addDays(-1)));
        QCOMPARE(p2.value(u"invitations_sent"_s).toInt(), 3);
        QCOMPARE(p2.value(u"invitations_accepted"_s).toInt(), 1);
        QCOMPARE(p2.value(u"invitations_decided"_s).toInt(), 3);
        QCOMPARE(p2.value(u"acceptance_rate"_s).toDouble(), 1.0 / 3.0);
        QCOMPARE(p2.value(u"inmails_sent"_s).toInt(), 0);
        QVERIFY(p2.value(u"response_rate"_s).isNull());
        QCOMPARE(p2.value(u"followers_converted"_s).toInt(), 0);
        const QJsonObject p1 = periods.at(1).toObject();
        QCOMPARE(p1.value(u"invitations_sent"_s).toInt(), 0);
        QVERIFY(p1.value(u"acceptance_rate"_s).isNull());
        QCOMPARE(p1.value(u"inmails_sent"_s).toInt(), 2);
        QCOMPARE(p1.value(u"inmails_answered"_s).toInt(), 1);
        QCOMPARE(p1.value(u"response_rate"_s).toDouble(), 0.5);
        QCOMPARE(p1.value(u"followers_converted"_s).toInt(), 1); // Hal
        const QJsonObject p0 = periods.at(2).toObject();
        QCOMPARE(p0.value(u"month"_s).toString(), m0.toString(u"yyyy-MM"_s));
        QCOMPARE(p0.value(u"invitations_sent"_s).toInt(), 1);
        QCOMPARE(p0.value(u"invitations_accepted"_s).toInt(), 1);
        QCOMPARE(p0.value(u"acceptance_rate"_s).toDouble(), 1.0);
        QCOMPARE(p0.value(u"followers_converted"_s).toInt(), 1); // Fay, not Gus
        const QJsonObject total = o.value(u"total"_s).toObject();
        QCOMPARE(total.value(u"invitations_sent"_s).toInt(), 4);
        QCOMPARE(total.value(u"invitations_accepted"_s).toInt(), 2);
        QCOMPARE(total.value(u"invitations_decided"_s).toInt(), 4);
        QCOMPARE(total.value(u"acceptance_rate"_s).toDouble(), 0.5);
        QCOMPARE(total.value(u"response_rate"_s).toDouble(), 0.5);
        QCOMPARE(total.value(u"followers_converted"_s).toInt(), 2);
        QCOMPARE(total.value(u"start"_s).toString(), iso(m2));

        // Words: one row a month, oldest first, then the total; "—" for
        // nothing to divide by.
        r = cli({u"stats"_s, u"funnel"_s, u"--months"_s, u"3"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.outLines();
        QVERIFY2(lines.size() >= 5, qPrintable(r.out));
        QVERIFY(lines.at(0).startsWith(u"month"_s));
        QVERIFY2(lines.at(1).startsWith(m2.toString(u"yyyy-MM"_s)), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"33.3 %"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u"\u2014"_s), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(u"50.0 %"_s), qPrintable(lines.at(2)));
        QCOMPARE(lines.at(4).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"total"_s, u"4"_s, u"2"_s, u"4"_s, u"50.0"_s, u"%"_s, u"2"_s, u"1"_s,
                              u"50.0"_s, u"%"_s, u"2"_s}));

        // The default is the window's twelve months; this month alone.
        r = cli({u"--json"_s, u"stats"_s, u"funnel"_s});
        QCOMPARE(r.json().value(u"periods"_s).toArray().size(), 12);
        r = cli({u"--json"_s, u"stats"_s, u"funnel"_s, u"--months"_s, u"1"_s});
        QCOMPARE(r.json().value(u"total"_s).toObject().value(u"invitations_sent"_s).toInt(), 1);
    }

    void emptyFunnelAndBadMonths()
    {
        CliRun r = cli({u"--json"_s, u"stats"_s, u"funnel"_s, u"--months"_s, u"2"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty() || r.err.startsWith(u"Created"_s), qPrintable(r.err));
        const QJsonObject total = r.json().value(u"total"_s).toObject();
        QCOMPARE(total.value(u"invitations_sent"_s).toInt(), 0);
        QVERIFY(total.value(u"acceptance_rate"_s).isNull());
        QVERIFY(total.value(u"response_rate"_s).isNull());
        r = cli({u"stats"_s, u"funnel"_s, u"--months"_s, u"2"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains(u"QString"_s));
        QVERIFY2(r.outLines().at(3).contains(u"\u2014"_s), qPrintable(r.out));
        for (const QString &bad : {u"0"_s, u"121"_s, u"three"_s}) {
            r = cli({u"stats"_s, u"funnel"_s, u"--months"_s, bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"--months"_s), qPrintable(r.err));
        }
        r = cli({u"stats"_s, u"tiers"_s, u"--months"_s, u"3"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void networkScoreByHand()
    {
        // Four connections, three with an industry: Banking (own, set) x2,
        // Insurance (related) x0, Retail x1; one engaged today.
        person(u"Ana"_s, 1, {u"--industry"_s, u"Banking"_s});
        person(u"Ben"_s, 1, {u"--industry"_s, u"Banking"_s});
        person(u"Cy"_s, 1, {u"--industry"_s, u"Retail"_s});
        person(u"Dee"_s, 1);
        person(u"Eve"_s, 2, {u"--industry"_s, u"Banking"_s});
        QVERIFY(ok({u"settings"_s, u"set"_s, u"network_own_industry"_s, u"Banking"_s}).exitCode ==
                0);
        QVERIFY(ok({u"settings"_s, u"set"_s, u"network_related_industries"_s, u"Insurance"_s})
                    .exitCode == 0);
        QVERIFY(ok({u"engage"_s, u"comment"_s, u"Cy Test"_s}).exitCode == 0);

        CliRun r = cli({u"--json"_s, u"stats"_s, u"network"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = r.json().value(u"network_score"_s).toObject();
        QCOMPARE(s.value(u"connections"_s).toInt(), 4);
        QCOMPARE(s.value(u"with_industry"_s).toInt(), 3);
        QCOMPARE(s.value(u"relevant_connections"_s).toInt(), 2);
        QCOMPARE(s.value(u"engaged_connections"_s).toInt(), 1);
        // size: floor(30 × log10(5) ÷ log10(30001)) = floor(30 × 0.69897 ÷ 4.47713) = 4
        QCOMPARE(s.value(u"size_points"_s).toInt(), 4);
        // relevance: floor(35 × 2/3) = 23
        QCOMPARE(s.value(u"relevance_points"_s).toInt(), 23);
        QCOMPARE(s.value(u"relevant_share"_s).toDouble(), 2.0 / 3.0);
        // engagement: 1/4 = 25 % of the 30 % that earns all 35: floor(35 × 0.25 ÷ 0.3) = 29
        QCOMPARE(s.value(u"engagement_points"_s).toInt(), 29);
        QCOMPARE(s.value(u"engaged_share"_s).toDouble(), 0.25);
        QCOMPARE(s.value(u"score"_s).toInt(), 56);
        r = cli({u"stats"_s, u"network"_s});
        QVERIFY2(r.out.contains(u"Network score: 56 of 100 (size 4 of 30, relevance 23 of 35, "
                                "engagement 29 of 35)"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Network score = 4 + 23 + 29 = 56."_s), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void ratioWithNoConnections()
    {
        QVERIFY(ok({u"snapshot"_s, u"add"_s, u"--followers"_s, u"10"_s, u"--connections"_s, u"0"_s})
                    .exitCode == 0);
        CliRun r = cli({u"stats"_s, u"ratio"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"10 true followers, \u2014 of connections"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"no ratio yet"_s), qPrintable(r.out));
        r = cli({u"--json"_s, u"stats"_s, u"ratio"_s});
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.json().value(u"ratio"_s).isNull());
        QCOMPARE(r.json().value(u"standing"_s).toString(), u"unknown"_s);
    }

    void networkScoreWithNothingToDivide()
    {
        CliRun r = cli({u"--json"_s, u"stats"_s, u"network"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = r.json().value(u"network_score"_s).toObject();
        QCOMPARE(s.value(u"score"_s).toInt(), 0);
        QVERIFY(s.value(u"relevant_share"_s).isNull());
        QVERIFY(s.value(u"engaged_share"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_CliFunnel)
#include "tst_clifunnel.moc"
