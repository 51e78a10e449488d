// rapport-cli queue, queue done|skip|never|snooze, run as the real binary on
// facts logged through the CLI: what the queue says, that its order holds,
// and what each action does to that day's and the next days' queues.

#include "CliProcess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

} // namespace

class tst_CliQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsActionsReasonsAndProgress();
    void storedOrderHolds();
    void jsonKeys();
    void limitShowsTheFirstItems();
    void doneSkipNeverSnooze();
    void snoozeEndsOnItsDay();
    void reopenAndAllowBringTheItemBack();
    void cadenceArchiveAndAllow();
    void pastDayWithoutQueue();
    void withdrawnInvitationHeldBack();
    void badUsage_data();
    void badUsage();
    void failures_data();
    void failures();
    void help();

private:
    Run cli(const QStringList &args);
    QString addContact(const QString &first, const QString &last,
                       const QStringList &extra = QStringList());
    void ok(const QStringList &args);
    // Ben wrote yesterday; Ann, Cat, Dan and Eve (not connected) commented
    // one, two, three and four days ago; Zoe has done nothing.
    void setUpFacts();
    QJsonArray items(const QStringList &extra = {});
    QStringList names(const QJsonArray &items);
    QString statusOf(const QJsonArray &items, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_CliQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"test.sqlite"_s);
}

void tst_CliQueue::cleanup()
{
    m_dir.reset();
}

Run tst_CliQueue::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                           CliProcess::isolated(m_dir->path()));
}

QString tst_CliQueue::addContact(const QString &first, const QString &last,
                                 const QStringList &extra)
{
    const Run r =
        cli(QStringList{u"contacts"_s, u"add"_s, u"--first"_s, first, u"--last"_s, last} + extra);
    if (r.exitCode != 0)
        qWarning("contacts add failed: %s", qPrintable(r.err));
    return r.out.trimmed();
}

void tst_CliQueue::ok(const QStringList &args)
{
    const Run r = cli(args);
    if (r.exitCode != 0)
        qWarning("%s failed: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
}

void tst_CliQueue::setUpFacts()
{
    addContact(u"Ben"_s, u"Ray"_s, {u"--degree"_s, u"1"_s});
    ok({u"outreach"_s, u"log"_s, u"message"_s, u"Ben Ray"_s, u"--direction"_s, u"in"_s, u"--date"_s,
        day(-1), u"--body"_s, u"Hi, saw your post"_s});
    int ago = 1;
    for (const QString &first : {u"Ann"_s, u"Cat"_s, u"Dan"_s, u"Eve"_s}) {
        addContact(first, u"Lee"_s);
        ok({u"engage"_s, u"comment"_s, first + u" Lee"_s, u"--date"_s, day(-ago)});
        ++ago;
    }
    addContact(u"Zoe"_s, u"Quiet"_s);
}

QJsonArray tst_CliQueue::items(const QStringList &extra)
{
    const Run r = cli(QStringList{u"--json"_s, u"queue"_s} + extra);
    if (r.exitCode != 0)
        qWarning("queue failed: %s", qPrintable(r.err));
    return r.json().value(u"items"_s).toArray();
}

QStringList tst_CliQueue::names(const QJsonArray &items)
{
    QStringList list;
    for (const QJsonValue &v : items)
        list << v.toObject().value(u"name"_s).toString();
    return list;
}

QString tst_CliQueue::statusOf(const QJsonArray &items, const QString &name)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject().value(u"status"_s).toString();
    }
    return {};
}

void tst_CliQueue::listsActionsReasonsAndProgress()
{
    setUpFacts();
    const Run r = cli({u"queue"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.outLines();
    QVERIFY(lines.first().contains(day(0)));
    // The reply waiting comes first, then the commenters, most recent first.
    QVERIFY2(lines.at(1).startsWith(u"1. #1 Ben Ray: answer their reply [open]"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(4).startsWith(u"2. #2 Ann Lee: invite to connect [open]"_s),
             qPrintable(lines.at(4)));
    QVERIFY2(lines.at(5).contains(u"Why: Commented"_s) && lines.at(5).contains(u"not connected"_s),
             qPrintable(lines.at(5)));
    QVERIFY2(lines.at(6).contains(u"Template: "_s), qPrintable(lines.at(6)));
    QCOMPARE(lines.last(), u"0 of 5 done."_s);
    QVERIFY(!r.out.contains(u"Zoe"_s));
}

void tst_CliQueue::storedOrderHolds()
{
    setUpFacts();
    const QJsonArray first = items();
    QCOMPARE(names(first),
             (QStringList{u"Ben Ray"_s, u"Ann Lee"_s, u"Cat Lee"_s, u"Dan Lee"_s, u"Eve Lee"_s}));
    // A newer, better-placed fact does not reorder the day's stored queue...
    ok({u"engage"_s, u"follow"_s, u"Zoe Quiet"_s});
    ok({u"outreach"_s, u"log"_s, u"message"_s, u"Cat Lee"_s, u"--direction"_s, u"in"_s, u"--body"_s,
        u"Thanks!"_s});
    const QJsonArray again = items();
    QCOMPARE(again, first);
    // ...but tomorrow's queue is planned from the facts as they are then.
    QVERIFY(names(items({u"--date"_s, day(1)})).contains(u"Zoe Quiet"_s));
    QCOMPARE(items(), first);
}

void tst_CliQueue::jsonKeys()
{
    setUpFacts();
    const Run r = cli({u"--json"_s, u"queue"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = r.json();
    QCOMPARE(doc.keys(),
             (QStringList{u"date"_s, u"done"_s, u"held_back"_s, u"items"_s, u"total"_s}));
    QCOMPARE(doc.value(u"held_back"_s).toArray().size(), 0);
    QCOMPARE(doc.value(u"date"_s).toString(), day(0));
    QCOMPARE(doc.value(u"done"_s).toInt(), 0);
    QCOMPARE(doc.value(u"total"_s).toInt(), 5);
    const QJsonObject ben = doc.value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(ben.keys(), (QStringList{u"action"_s, u"contact_id"_s, u"name"_s, u"position"_s,
                                      u"reason"_s, u"status"_s, u"template"_s}));
    QCOMPARE(ben.value(u"position"_s).toInt(), 1);
    QCOMPARE(ben.value(u"contact_id"_s).toInteger(), 1);
    QCOMPARE(ben.value(u"action"_s).toString(), u"reply"_s);
    QCOMPARE(ben.value(u"status"_s).toString(), u"open"_s);
    QVERIFY(!ben.value(u"reason"_s).toString().isEmpty());
    const QJsonObject ann = doc.value(u"items"_s).toArray().at(1).toObject();
    QCOMPARE(ann.value(u"action"_s).toString(), u"invite"_s);
    QCOMPARE(ann.value(u"position"_s).toInt(), 2);
}

void tst_CliQueue::limitShowsTheFirstItems()
{
    setUpFacts();
    const Run r = cli({u"--json"_s, u"queue"_s, u"--limit"_s, u"2"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(names(r.json().value(u"items"_s).toArray()),
             (QStringList{u"Ben Ray"_s, u"Ann Lee"_s}));
    QCOMPARE(r.json().value(u"total"_s).toInt(), 5);

    const Run text = cli({u"queue"_s, u"--limit"_s, u"1"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"Ben Ray"_s));
    QVERIFY(!text.out.contains(u"Ann Lee"_s));
    QVERIFY(text.out.contains(u"0 of 5 done."_s));
}

void tst_CliQueue::doneSkipNeverSnooze()
{
    setUpFacts();
    items(); // today's queue is planned by the first look

    Run r = cli({u"queue"_s, u"done"_s, u"Ann Lee"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Done: Ann Lee (#2), invite to connect."_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"1 of 5 done"_s));

    r = cli({u"--json"_s, u"queue"_s, u"skip"_s, u"3"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonObject echo = r.json();
    QCOMPARE(echo.value(u"contact_id"_s).toInteger(), 3);
    QCOMPARE(echo.value(u"name"_s).toString(), u"Cat Lee"_s);
    QCOMPARE(echo.value(u"previous_status"_s).toString(), u"open"_s);
    QCOMPARE(echo.value(u"status"_s).toString(), u"skipped"_s);
    QCOMPARE(echo.value(u"date"_s).toString(), day(0));
    QCOMPARE(echo.value(u"done"_s).toInt(), 1);
    QCOMPARE(echo.value(u"total"_s).toInt(), 5);

    r = cli({u"queue"_s, u"never"_s, u"Dan Lee"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"do-not-contact"_s), qPrintable(r.out));

    r = cli({u"--json"_s, u"queue"_s, u"snooze"_s, u"Eve Lee"_s, u"--until"_s, day(3)});
    QCOMPARE(r.exitCode, 0);
    echo = r.json();
    QCOMPARE(echo.value(u"status"_s).toString(), u"snoozed"_s);
    QCOMPARE(echo.value(u"until"_s).toString(), day(3));

    // The same day: every item stays where it was, with what became of it.
    const Run today = cli({u"--json"_s, u"queue"_s});
    const QJsonArray now = today.json().value(u"items"_s).toArray();
    QCOMPARE(names(now),
             (QStringList{u"Ben Ray"_s, u"Ann Lee"_s, u"Cat Lee"_s, u"Dan Lee"_s, u"Eve Lee"_s}));
    QCOMPARE(statusOf(now, u"Ann Lee"_s), u"done"_s);
    QCOMPARE(statusOf(now, u"Cat Lee"_s), u"skipped"_s);
    QCOMPARE(statusOf(now, u"Dan Lee"_s), u"never"_s);
    QCOMPARE(statusOf(now, u"Eve Lee"_s), u"snoozed"_s);
    QCOMPARE(today.json().value(u"done"_s).toInt(), 1);
    const Run text = cli({u"queue"_s});
    QVERIFY(text.out.contains(u"[snoozed until "_s + day(3) + u']'));
    QVERIFY(text.out.contains(u"1 of 5 done."_s));
    QCOMPARE(statusOf(now, u"Ben Ray"_s), u"open"_s);

    // A reply marked done does not come back tomorrow; the output suggests
    // logging the answer for the numbers.
    r = cli({u"queue"_s, u"done"_s, u"Ben Ray"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"outreach log message 1"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"2 of 5 done"_s));
    QVERIFY(!names(items({u"--date"_s, day(1)})).contains(u"Ben Ray"_s));

    // The next day: done, never and snoozed stay away; skipped comes back.
    const QJsonArray tomorrow = items({u"--date"_s, day(1)});
    QCOMPARE(names(tomorrow), (QStringList{u"Cat Lee"_s}));
    QCOMPARE(statusOf(tomorrow, u"Cat Lee"_s), u"open"_s);
}

void tst_CliQueue::reopenAndAllowBringTheItemBack()
{
    setUpFacts();
    items();
    // A done or a skipped item open again; an open one has nothing to reopen.
    ok({u"queue"_s, u"done"_s, u"Ann Lee"_s});
    ok({u"queue"_s, u"skip"_s, u"Cat Lee"_s});
    Run r = cli({u"queue"_s, u"reopen"_s, u"Ann Lee"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Reopened Ann Lee (#2): open again in the queue of "_s + day(0)),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"0 of 5 done"_s));
    r = cli({u"--json"_s, u"queue"_s, u"reopen"_s, u"Cat Lee"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"previous_status"_s).toString(), u"skipped"_s);
    QCOMPARE(r.json().value(u"status"_s).toString(), u"open"_s);
    r = cli({u"queue"_s, u"reopen"_s, u"Cat Lee"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Cat Lee (#3) is open in the queue of "_s + day(0) +
                            u", not done or skipped"_s),
             qPrintable(r.err));
    // Never, then allow: today's item is open again (the same rule as
    // Keep in Touch… in the window).
    ok({u"queue"_s, u"never"_s, u"Dan Lee"_s});
    QCOMPARE(statusOf(items(), u"Dan Lee"_s), u"never"_s);
    ok({u"queue"_s, u"allow"_s, u"Dan Lee"_s});
    QCOMPARE(statusOf(items(), u"Dan Lee"_s), u"open"_s);
}

void tst_CliQueue::cadenceArchiveAndAllow()
{
    // A connection never in touch since 200 days: a 15-minute call on the
    // default 90-day cadence; not with 400 days of their own; again with a
    // 30-day tag cadence once their own is back to default.
    ok({u"contacts"_s, u"add"_s, u"--first"_s, u"Hal"_s, u"--last"_s, u"Old"_s, u"--degree"_s,
        u"1"_s, u"--connected-on"_s, day(-200), u"--tag"_s, u"clients"_s});
    QVERIFY(names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s));
    ok({u"queue"_s, u"cadence"_s, u"Hal Old"_s, u"400"_s});
    QVERIFY(!names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s));
    ok({u"queue"_s, u"cadence"_s, u"--tag"_s, u"clients"_s, u"30"_s});
    QVERIFY(!names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s)); // their own wins
    ok({u"queue"_s, u"cadence"_s, u"Hal Old"_s, u"default"_s});
    QVERIFY(names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s));
    // Archived: in no queue; unarchived: back.
    ok({u"queue"_s, u"archive"_s, u"Hal Old"_s});
    QVERIFY(!names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s));
    ok({u"queue"_s, u"unarchive"_s, u"Hal Old"_s});
    QVERIFY(names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s));
    // Never, then allow again.
    items();
    ok({u"queue"_s, u"never"_s, u"Hal Old"_s});
    QVERIFY(!names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s));
    ok({u"queue"_s, u"allow"_s, u"Hal Old"_s});
    QVERIFY(names(items({u"--date"_s, day(1)})).contains(u"Hal Old"_s));
    // Bad values and unknown tags.
    QCOMPARE(cli({u"queue"_s, u"cadence"_s, u"Hal Old"_s, u"3"_s}).exitCode, 2);
    QCOMPARE(cli({u"queue"_s, u"cadence"_s, u"--tag"_s, u"nosuch"_s, u"30"_s}).exitCode, 1);
    QCOMPARE(cli({u"queue"_s, u"archive"_s}).exitCode, 2);
}

void tst_CliQueue::snoozeEndsOnItsDay()
{
    setUpFacts();
    items();
    QCOMPARE(cli({u"queue"_s, u"snooze"_s, u"Eve Lee"_s, u"--until"_s, day(3)}).exitCode, 0);
    QVERIFY(!names(items({u"--date"_s, day(2)})).contains(u"Eve Lee"_s));
    QVERIFY(names(items({u"--date"_s, day(3)})).contains(u"Eve Lee"_s));
}

void tst_CliQueue::pastDayWithoutQueue()
{
    setUpFacts();
    const Run r = cli({u"queue"_s, u"--date"_s, day(-5)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"No queue was planned for "_s + day(-5)), qPrintable(r.out));
    // Today's queue, once planned, is still there when asked for by date.
    items();
    QCOMPARE(items({u"--date"_s, day(0)}).size(), 5);
}

void tst_CliQueue::withdrawnInvitationHeldBack()
{
    // Hal's invitation was withdrawn 20 days ago: LinkedIn blocks a new one
    // until tomorrow, so today's queue leaves him out and says until when.
    addContact(u"Hal"_s, u"Moss"_s);
    ok({u"outreach"_s, u"log"_s, u"invitation"_s, u"Hal Moss"_s, u"--date"_s, day(-20)});
    ok({u"outreach"_s, u"outcome"_s, u"1"_s, u"withdrawn"_s, u"--date"_s, day(-20)});
    ok({u"engage"_s, u"comment"_s, u"Hal Moss"_s, u"--date"_s, day(-2)});
    const Run r = cli({u"queue"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"No one to reach out to"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Held back (LinkedIn blocks inviting them again yet):"_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"#1 Hal Moss: Commented on your content 2 days ago; not connected. "
                            "Invitation withdrawn on %1: LinkedIn lets you invite them again "
                            "from %2"_s.arg(day(-20), day(1))),
             qPrintable(r.out));
    const QJsonObject doc = cli({u"--json"_s, u"queue"_s}).json();
    QCOMPARE(doc.value(u"items"_s).toArray().size(), 0);
    const QJsonArray held = doc.value(u"held_back"_s).toArray();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).toObject().value(u"name"_s).toString(), u"Hal Moss"_s);
    QCOMPARE(held.at(0).toObject().value(u"action"_s).toString(), u"invite"_s);
    // Tomorrow (a preview) he is back.
    QVERIFY(names(items({u"--date"_s, day(1)})).contains(u"Hal Moss"_s));
}

void tst_CliQueue::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown subcommand") << QStringList{u"queue"_s, u"frob"_s} << u"frob"_s;
    QTest::newRow("unknown option") << QStringList{u"queue"_s, u"--frob"_s} << u"frob"_s;
    QTest::newRow("limit 0") << QStringList{u"queue"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
    QTest::newRow("bad date") << QStringList{u"queue"_s, u"--date"_s, u"3/4/2024"_s}
                              << u"YYYY-MM-DD"_s;
    QTest::newRow("done nobody") << QStringList{u"queue"_s, u"done"_s} << u"say who"_s;
    QTest::newRow("skip two") << QStringList{u"queue"_s, u"skip"_s, u"Ann"_s, u"Lee"_s}
                              << u"one contact"_s;
    QTest::newRow("done future") << QStringList{u"queue"_s, u"done"_s, u"Ann Lee"_s, u"--date"_s,
                                                day(1)}
                                 << u"future"_s;
    QTest::newRow("never --limit")
        << QStringList{u"queue"_s, u"never"_s, u"Ann Lee"_s, u"--limit"_s, u"2"_s} << u"limit"_s;
    QTest::newRow("snooze no until")
        << QStringList{u"queue"_s, u"snooze"_s, u"Ann Lee"_s} << u"--until"_s;
    QTest::newRow("snooze today") << QStringList{u"queue"_s, u"snooze"_s, u"Ann Lee"_s,
                                                 u"--until"_s, day(0)}
                                  << u"not in the future"_s;
    QTest::newRow("snooze past") << QStringList{u"queue"_s, u"snooze"_s, u"Ann Lee"_s, u"--until"_s,
                                                day(-2)}
                                 << u"not in the future"_s;
    QTest::newRow("snooze --date")
        << QStringList{u"queue"_s, u"snooze"_s, u"Ann Lee"_s, u"--date"_s, day(3)} << u"date"_s;
}

void tst_CliQueue::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    setUpFacts();
    const QJsonArray before = items();
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(items(), before);
}

void tst_CliQueue::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown contact")
        << QStringList{u"queue"_s, u"done"_s, u"Nobody Here"_s} << u"Nobody Here"_s;
    QTest::newRow("unknown id") << QStringList{u"queue"_s, u"skip"_s, u"99"_s} << u"99"_s;
    QTest::newRow("not in the queue")
        << QStringList{u"queue"_s, u"never"_s, u"Zoe Quiet"_s} << u"Zoe Quiet (#6)"_s;
    QTest::newRow("snooze not in the queue")
        << QStringList{u"queue"_s, u"snooze"_s, u"Zoe Quiet"_s, u"--until"_s, day(2)}
        << u"Zoe Quiet"_s;
    QTest::newRow("no queue that day")
        << QStringList{u"queue"_s, u"done"_s, u"Ann Lee"_s, u"--date"_s, day(-3)} << day(-3);
}

void tst_CliQueue::failures()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    setUpFacts();
    const QJsonArray before = items();
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(items(), before);
    // Zoe was not marked never or snoozed on the way: once she follows, she is
    // in tomorrow's queue.
    ok({u"engage"_s, u"follow"_s, u"Zoe Quiet"_s});
    QVERIFY(names(items({u"--date"_s, day(1)})).contains(u"Zoe Quiet"_s));
}

void tst_CliQueue::help()
{
    const Run all = cli({u"--help"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains(u"queue [--date DATE] [--limit N]"_s));
    QVERIFY(all.out.contains(u"queue done|skip|never CONTACT [--date DATE]"_s));
    QVERIFY(all.out.contains(u"queue snooze CONTACT --until DATE"_s));
    QVERIFY(all.out.contains(u"queue reopen CONTACT [--date DATE]"_s));
    const Run one = cli({u"queue"_s, u"--help"_s});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains(u"queue snooze CONTACT --until DATE"_s));
    const Run sub = cli({u"queue"_s, u"snooze"_s, u"--help"_s});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(u"--until DATE"_s));
    const Run brief = cli({u"frob"_s});
    QCOMPARE(brief.exitCode, 2);
    QVERIFY2(brief.err.contains(u"queue [done|skip|never|snooze|reopen]"_s), qPrintable(brief.err));
}

QTEST_GUILESS_MAIN(tst_CliQueue)
#include "tst_cliqueue.moc"
