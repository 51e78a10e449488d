// QueueFactsStore: the facts about one contact the queue's rules check, and
// each rule's candidate walk: what it returns, in which order, within which
// days, and that it stops when the visitor says so or the limit is reached.

#include "QueueScenario.h"

#include "store/QueueFactsStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 6, 30);

} // namespace

class tst_QueueFactsStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    // Opens a fresh database holding `spec` (QueueScenario's language).
    bool load(Database &db, test::QueueScenario &scenario, const QString &spec)
    {
        QString error;
        if (!db.open(m_dir.filePath(u"f%1.sqlite"_s.arg(++m_run)), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return scenario.load(spec);
    }

private slots:
    void contactFacts()
    {
        Database db;
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(load(db, s,
                     u"c Ana deg=1 fol conn=-40 cad=30; o Ana invitation out -50 accepted; "
                     "o Ana inmail out -9 not-interested; o Ana invitation out -5; c Ben deg=2"_s));
        const QueueFactsStore store(db);
        const auto ana = store.contact(s.ids.value(u"Ana"_s), today.addDays(-7), today);
        QCOMPARE(ana.name, u"Ana Test"_s);
        QCOMPARE(ana.degree, 1);
        QVERIFY(ana.followsMe);
        QCOMPARE(ana.connectedOn, today.addDays(-40));
        QCOMPARE(ana.cadenceDays, 30);
        QVERIFY(!ana.doNotContact);
        QVERIFY(ana.notInterested);
        // Latest outbound of any channel, and latest other than an invitation.
        QVERIFY(ana.lastOutAt.startsWith(today.addDays(-5).toString(Qt::ISODate)));
        QVERIFY(ana.lastTalkAt.startsWith(today.addDays(-9).toString(Qt::ISODate)));
        QVERIFY(!ana.doneRecently);

        const auto ben = store.contact(s.ids.value(u"Ben"_s), today.addDays(-7), today);
        QCOMPARE(ben.degree, 2);
        QCOMPARE(ben.cadenceDays, 0);
        QVERIFY(ben.lastOutAt.isEmpty());
        QVERIFY(!ben.notInterested);
        // Gone: never in the queue.
        QVERIFY(store.contact(999, today.addDays(-7), today).doNotContact);
    }

    void engagementWalk()
    {
        Database db;
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(load(db, s,
                     u"c Ana deg=2; c Ben deg=2; c Cy deg=1; c Dee deg=2 dnc; "
                     "e Ana comment -2 Post_one; e Ben comment -5; e Cy comment -1; "
                     "e Dee comment -1; e Ana comment -20"_s));
        const QueueFactsStore store(db);
        QList<qint64> seen;
        QList<QDate> days;
        const auto collect = [&](const QueueFactsStore::Event &e) {
            seen << e.contactId;
            days << e.on;
            return true;
        };
        // Not connected, not excluded, within the days; latest first.
        store.engagement(u"comment"_s, today.addDays(-13), today, false, today.addDays(-6), 100,
                         collect);
        QCOMPARE(seen, (QList<qint64>{s.ids.value(u"Ana"_s), s.ids.value(u"Ben"_s)}));
        QCOMPARE(days, (QList<QDate>{today.addDays(-2), today.addDays(-5)}));
        // Connections only.
        seen.clear();
        store.engagement(u"comment"_s, today.addDays(-13), today, true, today.addDays(-6), 100,
                         collect);
        QCOMPARE(seen, QList<qint64>{s.ids.value(u"Cy"_s)});
        // The visitor stops the walk; so does the limit.
        seen.clear();
        store.engagement(u"comment"_s, today.addDays(-13), today, false, today.addDays(-6), 100,
                         [&](const QueueFactsStore::Event &e) {
                             seen << e.contactId;
                             return false;
                         });
        QCOMPARE(seen.size(), 1);
        seen.clear();
        store.engagement(u"comment"_s, today.addDays(-13), today, false, today.addDays(-6), 1,
                         collect);
        QCOMPARE(seen.size(), 1);
        // The content engaged with, and its title.
        qint64 contentId = 0;
        store.engagement(u"comment"_s, today.addDays(-2), today.addDays(-2), false,
                         today.addDays(-6), 100, [&](const QueueFactsStore::Event &e) {
                             contentId = e.contentId;
                             return true;
                         });
        QVERIFY(contentId > 0);
        QCOMPARE(store.contentTitle(contentId), u"Post one"_s);
        QVERIFY(store.contentTitle(0).isEmpty());
    }

    void cadences()
    {
        Database db;
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(load(db, s, u"c Ana deg=1 tag=close; c Ben deg=1"_s));
        const QueueFactsStore store(db);
        QVERIFY(!store.smallestCadence());
        QVERIFY(!store.tagCadence(s.ids.value(u"Ana"_s)));
        QVERIFY(s.load(u"t close 20; c Cy deg=1 cad=45"_s));
        QCOMPARE(store.smallestCadence(), std::optional<int>(20));
        const auto tag = store.tagCadence(s.ids.value(u"Ana"_s));
        QVERIFY(tag);
        QCOMPARE(tag->days, 20);
        QCOMPARE(tag->tag, u"close"_s);
        QVERIFY(!store.tagCadence(s.ids.value(u"Ben"_s)));
    }

    void outreachWalks()
    {
        Database db;
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(load(db, s,
                     u"c Ana deg=2; c Ben deg=2; c Cy deg=2; "
                     "o Ana message in -3; o Ben inmail in -10; o Cy invitation in -2; "
                     "o Ana message in -40; o Ben invitation out -30; "
                     "o Cy invitation out -25 declined; o Ana invitation out -5"_s));
        const QueueFactsStore store(db);
        QStringList inbound;
        store.inbound(today.addDays(-29), today, 100, [&](const QueueFactsStore::Inbound &r) {
            inbound << r.channel;
            return true;
        });
        // Messages, InMails and e-mails of the window, oldest first.
        QCOMPARE(inbound, (QStringList{u"inmail"_s, u"message"_s}));

        QList<qint64> pending;
        store.pendingInvitations(today.addDays(-21), 100,
                                 [&](const QueueFactsStore::Invitation &r) {
                                     pending << r.contactId;
                                     return true;
                                 });
        QCOMPARE(pending, QList<qint64>{s.ids.value(u"Ben"_s)});
        QVERIFY(store.invitationBlocks(s.ids.value(u"Ben"_s))); // pending
        QVERIFY(store.invitationBlocks(s.ids.value(u"Cy"_s)));  // declined
        QVERIFY(store.invitationBlocks(s.ids.value(u"Ana"_s))); // pending
    }

    void connectionWalks()
    {
        Database db;
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(load(db, s,
                     u"c Ana deg=1 conn=-3; c Ben deg=1 conn=-1; c Cy deg=2 conn=-2; "
                     "c Dee deg=1 conn=-400; c Eve deg=1 conn=-300 arch"_s));
        const QueueFactsStore store(db);
        QList<qint64> recent;
        store.newConnections(today.addDays(-13), today, 100, [&](qint64 id, const QDate &) {
            recent << id;
            return true;
        });
        QCOMPARE(recent, (QList<qint64>{s.ids.value(u"Ben"_s), s.ids.value(u"Ana"_s)}));
        QList<qint64> quiet;
        store.outOfTouch(today.addDays(-90), 100, [&](qint64 id) {
            quiet << id;
            return true;
        });
        // Never in touch: every connection not excluded, oldest connection first.
        QCOMPARE(quiet, (QList<qint64>{s.ids.value(u"Dee"_s), s.ids.value(u"Ana"_s),
                                       s.ids.value(u"Ben"_s)}));
    }
};

QTEST_GUILESS_MAIN(tst_QueueFactsStore)
#include "tst_queuefactsstore.moc"
