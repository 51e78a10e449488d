// The daily outreach queue's rules: a table of scenarios (facts and a day →
// the queue, in order, with actions and reasons), every exclusion, cadences
// per contact and per tag, capacity and mix, the invitation watchdog, InMail
// suggestions within the credits left and
// determinism.

#include "QueueScenario.h"

#include "outreach/OutreachSettings.h"
#include "planning/QueuePlanner.h"
#include "store/SettingStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 6, 30);

QStringList describe(const QList<QueueItem> &items)
{
    QStringList out;
    for (const QueueItem &item : items)
        out << u"%1|%2|%3"_s.arg(item.contactName.section(u' ', 0, 0),
                                 QueueItem::actionKey(item.action), item.reason);
    return out;
}

} // namespace

class tst_QueuePlanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    bool open(Database &db)
    {
        QString error;
        const bool ok = db.open(m_dir.filePath(u"q%1.sqlite"_s.arg(++m_run)), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    QList<QueueItem> planFor(const QString &spec, const QueueSettings &settings = {},
                             bool warning = false, int inmailCredits = 0)
    {
        Database db;
        if (!open(db))
            return {};
        test::QueueScenario scenario{db, today, {}, {}};
        if (!scenario.load(spec))
            return {};
        return QueuePlanner::plan(db, today, settings, warning, inmailCredits);
    }

private slots:
    void scenarios_data()
    {
        QTest::addColumn<QString>("facts");
        QTest::addColumn<QStringList>("expected");

        // Engaged recently, not connected.
        QTest::newRow("commenter, not connected: invite")
            << u"c Ana deg=2; e Ana comment -3 Articles_vs_posts"_s
            << QStringList{
                   u"Ana|invite|Commented on ‘Articles vs posts’ 3 days ago; not connected"_s};
        QTest::newRow("new follower: follower message")
            << u"c Ben deg=2; e Ben follow -1"_s
            << QStringList{
                   u"Ben|follower-message|Started following you yesterday; not connected"_s};
        QTest::newRow("old follower who commented: follower message, by the comment")
            << u"c Cy deg=3; e Cy follow -200; e Cy comment -2 Posts"_s
            << QStringList{
                   u"Cy|follower-message|Commented on ‘Posts’ 2 days ago; follows you, not connected"_s};
        QTest::newRow("hierarchy before recency: a comment outranks today's like")
            << u"c Ana deg=2; c Ben deg=2; e Ben like 0 P; e Ana comment -10 P"_s
            << QStringList{u"Ana|invite|Commented on ‘P’ 10 days ago; not connected"_s,
                           u"Ben|invite|Liked ‘P’ today; not connected"_s};
        QTest::newRow("same rank: the more recent first")
            << u"c Ana deg=2; c Ben deg=2; e Ana share -5 P; e Ben share -2 P"_s
            << QStringList{u"Ben|invite|Shared ‘P’ 2 days ago; not connected"_s,
                           u"Ana|invite|Shared ‘P’ 5 days ago; not connected"_s};
        QTest::newRow("window: 13 days ago is recent, 14 is not")
            << u"c Ana deg=2; e Ana comment -13 P; c Ben deg=2; e Ben comment -14 P"_s
            << QStringList{u"Ana|invite|Commented on ‘P’ 13 days ago; not connected"_s};
        QTest::newRow("profile view and share with comment, no content")
            << u"c Ana deg=2; e Ana view -1; c Ben deg=0; e Ben share-comment -4"_s
            << QStringList{
                   u"Ben|invite|Shared your content with a comment 4 days ago; not connected"_s,
                   u"Ana|invite|Viewed your profile yesterday; not connected"_s};
        QTest::newRow("unfollowed since: not a follower")
            << u"c Ana deg=2; e Ana follow -5; e Ana unfollow -2"_s << QStringList{};
        QTest::newRow("invitation already pending: no new invitation")
            << u"c Ana deg=2; o Ana invitation out -10; e Ana comment -3 P"_s << QStringList{};
        QTest::newRow("invitation declined: no new invitation")
            << u"c Ana deg=2; o Ana invitation out -60 declined; e Ana comment -3 P"_s
            << QStringList{};
        QTest::newRow("invitation withdrawn 20 days ago: held back (LinkedIn blocks it)")
            << u"c Ana deg=2; o Ana invitation out -20 withdrawn; e Ana comment -3 P"_s
            << QStringList{};
        QTest::newRow("invitation withdrawn 21 days ago: invite again")
            << u"c Ana deg=2; o Ana invitation out -21 withdrawn; e Ana comment -3 P"_s
            << QStringList{u"Ana|invite|Commented on ‘P’ 3 days ago; not connected"_s};
        QTest::newRow("withdrawn but a follower: the follower message is not an invitation")
            << u"c Ana deg=2 fol; o Ana invitation out -10 withdrawn; e Ana comment -3 P"_s
            << QStringList{
                   u"Ana|follower-message|Commented on ‘P’ 3 days ago; follows you, not connected"_s};
        QTest::newRow("contacted since the engagement (outside the cool-down): not again")
            << u"c Ana deg=2; e Ana comment -12 P; o Ana message out -9"_s << QStringList{};

        // New connections.
        QTest::newRow("new connection: welcome")
            << u"c Dee deg=1 conn=-3"_s
            << QStringList{u"Dee|welcome|Connected 3 days ago; not welcomed yet"_s};
        QTest::newRow("welcomed already")
            << u"c Dee deg=1 conn=-10; o Dee message out -8"_s << QStringList{};
        QTest::newRow("the accepted invitation is no welcome")
            << u"c Dee deg=1 conn=-8; o Dee invitation out -9 accepted"_s
            << QStringList{u"Dee|welcome|Connected 8 days ago; not welcomed yet"_s};

        // Commenters and sharers among connections.
        QTest::newRow("connection commented: thank, once")
            << u"c Eve deg=1 conn=-400; o Eve message out -30; e Eve comment -2 Articles_vs_posts"_s
            << QStringList{
                   u"Eve|thank|Commented on ‘Articles vs posts’ 2 days ago; not thanked yet"_s};
        QTest::newRow("thanked already")
            << u"c Eve deg=1 conn=-400; o Eve message out -30; e Eve comment -12 P; "
               "o Eve message out -10"_s
            << QStringList{};
        QTest::newRow("a like is not thanked")
            << u"c Eve deg=1 conn=-400; o Eve message out -30; e Eve like -2 P"_s << QStringList{};

        // Replies waiting.
        QTest::newRow("reply waiting, even inside the cool-down")
            << u"c Fay deg=1 conn=-400; o Fay message out -5; o Fay message in -2"_s
            << QStringList{u"Fay|reply|Sent you a message 2 days ago; waiting for your answer"_s};
        QTest::newRow("reply answered")
            << u"c Fay deg=1 conn=-400; o Fay message in -20; o Fay message out -19"_s
            << QStringList{};
        QTest::newRow("InMail reply from someone not connected")
            << u"c Fay deg=2; o Fay inmail out -9; o Fay inmail in -8"_s
            << QStringList{u"Fay|reply|Sent you an InMail 8 days ago; waiting for your answer"_s};

        // Keep in touch.
        QTest::newRow("default cadence: 91 days is due")
            << u"c Gus deg=1 conn=-400; o Gus message out -91"_s
            << QStringList{
                   u"Gus|reconnect|Last in touch 91 days ago (keep in touch every 90 days)"_s};
        QTest::newRow("default cadence: 90 days is not")
            << u"c Gus deg=1 conn=-400; o Gus message out -90"_s << QStringList{};
        QTest::newRow("never in touch since connecting")
            << u"c Hal deg=1 conn=-200"_s
            << QStringList{
                   u"Hal|reconnect|Connected 200 days ago, never in touch since (keep in touch every 90 days)"_s};
        QTest::newRow("an inbound message counts as in touch")
            << u"c Hal deg=1 conn=-200; o Hal call in -50"_s << QStringList{};
        QTest::newRow("contact cadence")
            << u"c Ida deg=1 conn=-400 cad=30; o Ida message out -31; "
               "c Ivo deg=1 conn=-400 cad=200; o Ivo message out -100"_s
            << QStringList{
                   u"Ida|reconnect|Last in touch 31 days ago (keep in touch every 30 days)"_s};
        QTest::newRow("tag cadence")
            << u"c Jo deg=1 conn=-400 tag=clients; t clients 30; o Jo message out -40"_s
            << QStringList{
                   u"Jo|reconnect|Last in touch 40 days ago (keep in touch every 30 days, tag ‘clients’)"_s};
        QTest::newRow("smallest tag cadence wins")
            << u"c Jo deg=1 conn=-400 tag=a tag=b; t a 60; t b 20; o Jo message out -25"_s
            << QStringList{
                   u"Jo|reconnect|Last in touch 25 days ago (keep in touch every 20 days, tag ‘b’)"_s};
        QTest::newRow("contact cadence beats tag cadence")
            << u"c Jo deg=1 conn=-400 tag=b cad=100; t b 20; o Jo message out -40"_s
            << QStringList{};
        QTest::newRow("longest out of touch first, never in touch before all")
            << u"c Al deg=1 conn=-300; o Al message out -100; c Bo deg=1 conn=-300; "
               "o Bo message out -200; c Cid deg=1 conn=-150"_s
            << QStringList{
                   u"Cid|reconnect|Connected 150 days ago, never in touch since (keep in touch every 90 days)"_s,
                   u"Bo|reconnect|Last in touch 200 days ago (keep in touch every 90 days)"_s,
                   u"Al|reconnect|Last in touch 100 days ago (keep in touch every 90 days)"_s};

        // Invitations pending.
        QTest::newRow("invitation pending 22 days: follow up")
            << u"c Kim deg=2; o Kim invitation out -22"_s
            << QStringList{
                   u"Kim|follow-up-invitation|Invitation pending for 22 days; follow up or withdraw"_s};
        QTest::newRow("invitation pending 21 days: not yet")
            << u"c Kim deg=2; o Kim invitation out -21"_s << QStringList{};
        QTest::newRow("followed up already")
            << u"c Kim deg=2; o Kim invitation out -30; o Kim message out -10"_s << QStringList{};
        QTest::newRow("connected meanwhile: no follow-up")
            << u"c Kim deg=1 conn=-400; o Kim invitation out -30; o Kim message out -20"_s
            << QStringList{};

        // Exclusions, each against a baseline that is in the queue.
        QTest::newRow("cool-down: contacted 6 days ago (inbound call)")
            << u"c Ana deg=2; e Ana comment -5 P; o Ana call in -6"_s << QStringList{};
        QTest::newRow("cool-down over: contacted 7 days ago")
            << u"c Ana deg=2; e Ana comment -5 P; o Ana call in -7"_s
            << QStringList{u"Ana|invite|Commented on ‘P’ 5 days ago; not connected"_s};
        QTest::newRow("cool-down beats a due cadence")
            << u"c Gus deg=1 conn=-400 cad=5; o Gus message out -6"_s << QStringList{};
        QTest::newRow("cadence due right after the cool-down")
            << u"c Gus deg=1 conn=-400 cad=5; o Gus message out -7"_s
            << QStringList{
                   u"Gus|reconnect|Last in touch 7 days ago (keep in touch every 5 days)"_s};
        QTest::newRow("snoozed until tomorrow")
            << u"c Ana deg=2 snooze=1; e Ana comment -3 P"_s << QStringList{};
        QTest::newRow("snoozed until today: back")
            << u"c Ana deg=2 snooze=0; e Ana comment -3 P"_s
            << QStringList{u"Ana|invite|Commented on ‘P’ 3 days ago; not connected"_s};
        QTest::newRow("not interested")
            << u"c Ana deg=2; o Ana inmail out -40 not-interested; e Ana comment -3 P"_s
            << QStringList{};
        QTest::newRow("not interested, then a later reply: back")
            << u"c Ana deg=2; o Ana inmail out -40 not-interested; o Ana message out -20 replied; "
               "e Ana comment -3 P"_s
            << QStringList{u"Ana|invite|Commented on ‘P’ 3 days ago; not connected"_s};
        QTest::newRow("not interested also silences their replies")
            << u"c Fay deg=2; o Fay inmail out -9 not-interested; o Fay inmail in -8"_s
            << QStringList{};
        QTest::newRow("do not contact") << u"c Ana deg=2 dnc; e Ana comment -3 P; "
                                           "c Dee deg=1 conn=-3 dnc; c Hal deg=1 conn=-200 dnc"_s
                                        << QStringList{};
        QTest::newRow("archived") << u"c Ana deg=2 arch; e Ana comment -3 P; "
                                     "c Dee deg=1 conn=-3 arch; c Hal deg=1 conn=-200 arch"_s
                                  << QStringList{};

        // Everything at once: the order.
        QTest::newRow("the issue's order")
            << u"c Gus deg=1 conn=-400; o Gus message out -120; "
               "c Kim deg=2; o Kim invitation out -25; "
               "c Eve deg=1 conn=-400; o Eve message out -30; e Eve share -1 Articles_vs_posts; "
               "c Dee deg=1 conn=-2; "
               "c Ana deg=2; e Ana comment -3 Articles_vs_posts; "
               "c Ben deg=2; e Ben follow -4; "
               "c Fay deg=1 conn=-400; o Fay message in -1"_s
            << QStringList{
                   u"Fay|reply|Sent you a message yesterday; waiting for your answer"_s,
                   u"Ben|follower-message|Started following you 4 days ago; not connected"_s,
                   u"Ana|invite|Commented on ‘Articles vs posts’ 3 days ago; not connected"_s,
                   u"Dee|welcome|Connected 2 days ago; not welcomed yet"_s,
                   u"Eve|thank|Shared ‘Articles vs posts’ yesterday; not thanked yet"_s,
                   u"Gus|reconnect|Last in touch 120 days ago (keep in touch every 90 days)"_s,
                   u"Kim|follow-up-invitation|Invitation pending for 25 days; follow up or withdraw"_s};
    }

    void scenarios()
    {
        QFETCH(QString, facts);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(planFor(facts)), expected);
    }

    void itemsCarryTemplatesPositionsAndIds()
    {
        Database db;
        QVERIFY(open(db));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(u"c Fay deg=1 conn=-400; o Fay message in -1; c Ben deg=2; e Ben follow -4; "
                       "c Ana deg=2; e Ana comment -3 P; c Dee deg=1 conn=-2; "
                       "c Eve deg=1 conn=-400; o Eve message out -30; e Eve comment -1 P; "
                       "c Gus deg=1 conn=-400; o Gus message out -120; "
                       "c Kim deg=2; o Kim invitation out -25"_s));
        const QList<QueueItem> items = QueuePlanner::plan(db, today, {}, false);
        QStringList templates;
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).position, i + 1);
            QCOMPARE(items.at(i).day, today);
            QCOMPARE(items.at(i).status, QueueItem::Status::Open);
            templates << items.at(i).templateName;
        }
        QCOMPARE(templates, (QStringList{u""_s, u"Follower → connection"_s, u"Invitation note"_s,
                                         u"Welcome a new connection"_s, u"Thank a commenter"_s,
                                         u"15-minute call"_s, u""_s}));
        QCOMPARE(items.at(0).contactId, s.ids.value(u"Fay"_s));
        QVERIFY(items.at(0).relatedOutreachId > 0);   // the reply
        QVERIFY(items.at(2).relatedEngagementId > 0); // Ana's comment
        QVERIFY(items.at(6).relatedOutreachId > 0);   // Kim's invitation
        QCOMPARE(items.at(0).contactName, u"Fay Test"_s);
    }

    void capacityAndMix_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("maxInvites");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<QStringList>("expectedActions");

        const QString i = u"invite"_s, w = u"welcome"_s, r = u"reconnect"_s;
        QTest::newRow("defaults: 5 invites, 5 welcomes, 3 reconnects")
            << 15 << 5 << false << QStringList{i, i, i, i, i, w, w, w, w, w, r, r, r};
        QTest::newRow("watchdog halves invitations")
            << 15 << 5 << true << QStringList{i, i, w, w, w, w, w, r, r, r};
        QTest::newRow("capacity cuts the lower kinds")
            << 7 << 5 << false << QStringList{i, i, i, i, i, w, w};
        QTest::newRow("a bigger invite share")
            << 15 << 8 << false << QStringList{i, i, i, i, i, i, i, i, w, w, w, w, w, r, r};
    }

    void capacityAndMix()
    {
        QFETCH(int, capacity);
        QFETCH(int, maxInvites);
        QFETCH(bool, warning);
        QFETCH(QStringList, expectedActions);
        QStringList spec;
        for (int n = 0; n < 8; ++n) {
            spec << u"c I%1 deg=2; e I%1 comment -%2 P"_s.arg(n).arg(n + 1);
            spec << u"c W%1 deg=1 conn=-%2"_s.arg(n).arg(n + 1);
            spec << u"c R%1 deg=1 conn=-%2"_s.arg(n).arg(300 + n);
        }
        QueueSettings settings;
        settings.capacity = capacity;
        settings.maxPerAction[QueueItem::Action::Invite] = maxInvites;
        QStringList actions;
        const QList<QueueItem> items = planFor(spec.join(u"; "_s), settings, warning);
        for (const QueueItem &item : items)
            actions << QueueItem::actionKey(item.action);
        QCOMPARE(actions, expectedActions);
        // Best first within a kind: the freshest commenters.
        QCOMPARE(items.first().contactName, u"I0 Test"_s);
    }

    void watchdogFromStoredInvitations()
    {
        // Ten invitations decided, two accepted: the seed's red flag.
        QStringList spec;
        for (int n = 0; n < 10; ++n)
            spec << u"c X%1 deg=3; o X%1 invitation out -%2 %3"_s.arg(n).arg(60 + n).arg(
                n < 2 ? u"accepted"_s : u"declined"_s);
        for (int n = 0; n < 6; ++n)
            spec << u"c I%1 deg=2; e I%1 comment -%2 P"_s.arg(n).arg(n + 1);
        Database db;
        QVERIFY(open(db));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(spec.join(u"; "_s)));
        // The watchdog warns: the commenters get the InMail share (3, within
        // the default plan's 5 credits), then half the invitation share.
        QStringList actions;
        for (const QueueItem &item : QueuePlanner::plan(db, today, {}))
            actions << QueueItem::actionKey(item.action);
        QCOMPARE(actions,
                 (QStringList{u"inmail"_s, u"inmail"_s, u"inmail"_s, u"invite"_s, u"invite"_s}));
        QCOMPARE(QueuePlanner::plan(db, today, {}, false).size(), 5);

        // One credit left under a custom plan: one InMail.
        SettingStore settings(db);
        OutreachSettings outreach = OutreachSettings::load(settings);
        outreach.plan = InMailPlan::of(InMailPlan::Custom, 1);
        outreach.planStart = today;
        QString error;
        QVERIFY2(outreach.save(settings, &error), qPrintable(error));
        actions.clear();
        for (const QueueItem &item : QueuePlanner::plan(db, today, {}))
            actions << QueueItem::actionKey(item.action);
        QCOMPARE(actions, (QStringList{u"inmail"_s, u"invite"_s, u"invite"_s}));
    }

    void inmailSuggestions_data()
    {
        QTest::addColumn<bool>("warning");
        QTest::addColumn<int>("credits");
        QTest::addColumn<QStringList>("expected");

        // Ana commented, Cy shared, Ben liked; none connected.
        const QString held = u". Invitations are held back while your acceptance rate is low"_s;
        QTest::newRow("no warning: invitations, credits kept")
            << false << 5
            << QStringList{u"Ana|invite|Commented on ‘P’ 3 days ago; not connected"_s,
                           u"Cy|invite|Shared ‘P’ 2 days ago; not connected"_s,
                           u"Ben|invite|Liked ‘P’ yesterday; not connected"_s};
        QTest::newRow("warning, one credit: the best engager gets it")
            << true << 1
            << QStringList{u"Ana|inmail|Commented on ‘P’ 3 days ago; not connected"_s + held,
                           u"Cy|invite|Shared ‘P’ 2 days ago; not connected"_s,
                           u"Ben|invite|Liked ‘P’ yesterday; not connected"_s};
        QTest::newRow("warning, credits: InMails for warm engagers, not for a like")
            << true << 5
            << QStringList{u"Ana|inmail|Commented on ‘P’ 3 days ago; not connected"_s + held,
                           u"Cy|inmail|Shared ‘P’ 2 days ago; not connected"_s + held,
                           u"Ben|invite|Liked ‘P’ yesterday; not connected"_s};
        QTest::newRow("warning, no credits: half the invitations, no InMail")
            << true << 0
            << QStringList{u"Ana|invite|Commented on ‘P’ 3 days ago; not connected"_s,
                           u"Cy|invite|Shared ‘P’ 2 days ago; not connected"_s};
    }

    void inmailSuggestions()
    {
        QFETCH(bool, warning);
        QFETCH(int, credits);
        QFETCH(QStringList, expected);
        QueueSettings settings;
        settings.maxPerAction[QueueItem::Action::Invite] = 4; // 2 while warning
        const QList<QueueItem> items =
            planFor(u"c Ana deg=2; e Ana comment -3 P; c Ben deg=2; e Ben like -1 P; "
                    "c Cy deg=3; e Cy share -2 P"_s,
                    settings, warning, credits);
        QCOMPARE(describe(items), expected);
        for (const QueueItem &item : items) {
            if (item.action == QueueItem::Action::InMail)
                QCOMPARE(item.templateName, u"InMail: first contact"_s);
        }
    }

    void deterministic()
    {
        const QString spec =
            u"c Ana deg=2; e Ana comment -3 P; c Ben deg=2; e Ben comment -3 P; "
            "c Cy deg=2; e Cy comment -3 Q; c Dee deg=1 conn=-2; c Dan deg=1 conn=-2; "
            "c Hal deg=1 conn=-200; c Hil deg=1 conn=-200; c Kim deg=2; o Kim invitation out -30; "
            "c Kit deg=2; o Kit invitation out -30"_s;
        Database db;
        QVERIFY(open(db));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(spec));
        const QStringList first = describe(QueuePlanner::plan(db, today, {}, false));
        QCOMPARE(first.size(), 9);
        QCOMPARE(describe(QueuePlanner::plan(db, today, {}, false)), first);
        QCOMPARE(describe(planFor(spec)), first);
        // A later day is another queue (the windows move).
        QVERIFY(describe(QueuePlanner::plan(db, today.addDays(1), {}, false)) != first);
    }

    void heldBackSaysWhenTheyCanBeInvitedAgain()
    {
        Database db;
        QVERIFY(open(db));
        test::QueueScenario s{db, today, {}, {}};
        // Ana's invitation was withdrawn 20 days ago (day -20 + 21 = tomorrow),
        // Ben's 21 days ago (free today).
        QVERIFY(s.load(u"c Ana deg=2; o Ana invitation out -20 withdrawn; e Ana comment -3 P; "
                       "c Ben deg=2; o Ben invitation out -21 withdrawn; e Ben like -2 P"_s));
        const QList<QueueItem> items = QueuePlanner::plan(db, today, {});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().contactName, u"Ben Test"_s);
        const QList<QueueItem> held = QueuePlanner::heldBack(db, today, {});
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().contactName, u"Ana Test"_s);
        QCOMPARE(held.first().action, QueueItem::Action::Invite);
        QCOMPARE(held.first().status, QueueItem::Status::Skipped);
        QCOMPARE(held.first().position, 1);
        QCOMPARE(
            held.first().reason,
            u"Commented on ‘P’ 3 days ago; not connected. Invitation withdrawn on %1: "
            "LinkedIn lets you invite them again from %2"_s.arg(
                today.addDays(-20).toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate)));
        // Tomorrow she is back in the plan.
        QVERIFY(QueuePlanner::heldBack(db, today.addDays(1), {}).isEmpty());
    }

    void zeroCapacityOrInvalidDay()
    {
        QueueSettings none;
        none.capacity = 0;
        QVERIFY(planFor(u"c Ana deg=2; e Ana comment -3 P"_s, none).isEmpty());
        Database db;
        QVERIFY(open(db));
        QVERIFY(QueuePlanner::plan(db, QDate(), {}, false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_QueuePlanner)
#include "tst_queueplanner.moc"
