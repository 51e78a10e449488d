// The rule on inviting someone again after a withdrawal: blocked for three
// weeks counted in the user's local calendar days, at day 20, 21 and 22, in
// several time zones, from the stored invitations.

#include "db/Database.h"
#include "outreach/ReinviteRule.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ReinviteRule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

private slots:
    void cleanup()
    {
        qunsetenv("TZ");
        ::tzset();
    }

    void edges_data()
    {
        QTest::addColumn<int>("daysAfter");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("same day") << 0 << true;
        QTest::newRow("day 20") << 20 << true;
        QTest::newRow("day 21: free again") << 21 << false;
        QTest::newRow("day 22") << 22 << false;
    }
    void edges()
    {
        QFETCH(int, daysAfter);
        QFETCH(bool, blocked);
        const QDate withdrawn(2026, 11, 20);
        const auto block = ReinviteRule::blockOn(withdrawn, withdrawn.addDays(daysAfter));
        QCOMPARE(bool(block), blocked);
        if (block) {
            QCOMPARE(block->withdrawnOn, withdrawn);
            QCOMPARE(block->allowedFrom, QDate(2026, 12, 11));
        }
        QCOMPARE(ReinviteRule::allowedFrom(withdrawn), QDate(2026, 12, 11));
        QVERIFY(!ReinviteRule::blockOn(QDate(), withdrawn));
    }

    void explainSaysWhen()
    {
        const auto block = ReinviteRule::blockOn(QDate(2026, 11, 20), QDate(2026, 11, 25));
        QVERIFY(block);
        QCOMPARE(ReinviteRule::explain(*block, u"Ana Lima"_s),
                 u"You withdrew an invitation to Ana Lima on 2026-11-20; LinkedIn lets you "
                 "invite them again from 2026-12-11 (three weeks later)."_s);
    }

    void fromTheStoreInLocalDays_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("withdrawn");
        // Three weeks that cross a change of the clocks, and ones that do not.
        for (const char *zone :
             {"UTC", "America/Los_Angeles", "Europe/Berlin", "Pacific/Kiritimati"}) {
            for (const QDate &day : {QDate(2026, 10, 20), QDate(2026, 2, 25), QDate(2026, 6, 1)})
                QTest::addRow("%s, withdrawn %s", zone, qPrintable(day.toString(Qt::ISODate)))
                    << QByteArray(zone) << day;
        }
    }
    void fromTheStoreInLocalDays()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, withdrawn);
        qputenv("TZ", zone);
        ::tzset();
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_run)), &error), qPrintable(error));
        ContactStore contacts(db);
        OutreachStore store(db);
        Contact ana;
        ana.firstName = u"Ana"_s;
        QVERIFY(contacts.add(ana, &error));
        QVERIFY(!ReinviteRule::check(store, ana.id, withdrawn)); // nothing withdrawn yet

        // Withdrawn just before local midnight: the local day counts, not
        // the UTC one.
        Outreach inv;
        inv.contactId = ana.id;
        inv.channel = u"invitation"_s;
        inv.direction = u"out"_s;
        inv.happenedAt = QDateTime(withdrawn.addDays(-30), QTime(9, 0)).toUTC();
        inv.outcome = u"withdrawn"_s;
        inv.outcomeAt = QDateTime(withdrawn, QTime(23, 30)).toUTC();
        QVERIFY(store.add(inv, &error));
        for (const auto &[after, blocked] :
             {std::pair{20, true}, std::pair{21, false}, std::pair{22, false}}) {
            const auto block = ReinviteRule::check(store, ana.id, withdrawn.addDays(after));
            QVERIFY2(bool(block) == blocked, qPrintable(u"day %1"_s.arg(after)));
            if (block) {
                QCOMPARE(block->withdrawnOn, withdrawn);
                QCOMPARE(block->allowedFrom, withdrawn.addDays(21));
            }
        }
        // The same just after local midnight.
        inv.outcomeAt = QDateTime(withdrawn, QTime(0, 30)).toUTC();
        QVERIFY(store.update(inv, &error));
        QVERIFY(ReinviteRule::check(store, ana.id, withdrawn.addDays(20)));
        QVERIFY(!ReinviteRule::check(store, ana.id, withdrawn.addDays(21)));
        // A later invitation that is not withdrawn leaves the block as it is;
        // other outcomes block nothing by this rule.
        Outreach declined = inv;
        declined.id = 0;
        declined.outcome = u"declined"_s;
        QVERIFY(store.add(declined, &error));
        QCOMPARE(ReinviteRule::check(store, ana.id, withdrawn.addDays(1))->withdrawnOn, withdrawn);
        db.close();
    }
};

QTEST_GUILESS_MAIN(tst_ReinviteRule)
#include "tst_reinviterule.moc"
