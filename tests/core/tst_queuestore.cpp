// The stored daily queue (planned and stored by DailyQueue, see
// tst_dailyqueue): what Done, Skip, Never and Snooze do today and on the
// days after, keep-in-touch cadences, and last_contacted_at kept current by
// OutreachStore and backfilled by migration 6.

#include "QueueScenario.h"
#include "planning/DailyQueue.h"
#include "store/KeepInTouchStore.h"
#include "store/QueueStore.h"
#include "store/SettingStore.h"

#include "db/Migrations.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

const QDate today(2026, 6, 30);

QStringList names(const QList<QueueItem> &items)
{
    QStringList out;
    for (const QueueItem &item : items)
        out << item.contactName.section(u' ', 0, 0);
    return out;
}

// A contact's keep-in-touch columns and its queue item of a day, as stored:
// "cadence archived dnc snoozed_until | status snoozed_until done_outreach_id".
QString stateOf(Database &db, qint64 id, const QDate &day)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT coalesce(c.cadence_days, '-'), c.archived, c.do_not_contact, "
              "c.snoozed_until, coalesce(q.status, '-'), coalesce(q.snoozed_until, '-'), "
              "coalesce(q.done_outreach_id, 0) FROM contact c LEFT JOIN queue_item q "
              "ON q.contact_id = c.id AND q.day = ? WHERE c.id = ?"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return u"?"_s;
    QStringList parts;
    for (int i = 0; i < 7; ++i)
        parts << q.value(i).toString();
    parts.insert(4, u"|"_s);
    return parts.join(u' ');
}

QString lastContacted(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT last_contacted_at FROM contact WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : u"?"_s;
}

} // namespace

class tst_QueueStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    QString nextPath() { return m_dir.filePath(u"s%1.sqlite"_s.arg(++m_run)); }

    // Ana and Ben commented, Dee connected, Hal is a connection never in touch.
    static QString baseFacts()
    {
        return u"c Ana deg=2; e Ana comment -3 P; c Ben deg=2; e Ben comment -2 P; "
               "c Dee deg=1 conn=-2; c Hal deg=1 conn=-200"_s;
    }

private slots:
    void settingsRoundTripAndValidation()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        SettingStore store(db);
        QueueSettings s = QueueSettings::load(store);
        QCOMPARE(s.capacity, 15);
        QCOMPARE(s.cooldownDays, 7);
        QCOMPARE(s.defaultCadenceDays, 90);
        s.capacity = 8;
        s.cooldownDays = 3;
        s.defaultCadenceDays = 60;
        QVERIFY2(s.save(store, &error), qPrintable(error));
        const QueueSettings back = QueueSettings::load(store);
        QCOMPARE(back.capacity, 8);
        QCOMPARE(back.cooldownDays, 3);
        QCOMPARE(back.defaultCadenceDays, 60);
        s.capacity = 0;
        QVERIFY(!s.save(store, &error));
        QVERIFY2(error.contains(u"between 1 and 100"_s), qPrintable(error));
        QCOMPARE(QueueSettings::load(store).capacity, 8);
    }

    void doneDoesNotComeBack()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore store(db);
        QCOMPARE(DailyQueue::todayQueue(store, today, {}, &error).size(), 4);
        // Ana's invitation is logged (the compose dialog) and the item done.
        OutreachStore outreach(db);
        Outreach o;
        o.contactId = s.ids.value(u"Ana"_s);
        o.channel = u"invitation"_s;
        o.direction = u"out"_s;
        o.happenedAt = QDateTime(today, QTime(9, 0), QTimeZone::utc());
        QVERIFY2(outreach.add(o, &error), qPrintable(error));
        QCOMPARE(lastContacted(db, o.contactId), u"2026-06-30T09:00:00Z"_s);
        QVERIFY2(store.markDone(today, o.contactId, o.id, &error), qPrintable(error));
        // Dee done without an outreach logged: the done item itself holds her back.
        QVERIFY(store.markDone(today, s.ids.value(u"Dee"_s), 0, &error));
        const QList<QueueItem> now = store.items(today);
        QCOMPARE(now.at(1).status, QueueItem::Status::Done);
        QCOMPARE(now.at(1).doneOutreachId, o.id);
        QCOMPARE(now.at(2).status, QueueItem::Status::Done);
        QCOMPARE(now.at(0).status, QueueItem::Status::Open);
        // Tomorrow and through the cool-down neither comes back.
        for (int d = 1; d <= 6; ++d)
            QCOMPARE(names(DailyQueue::todayQueue(store, today.addDays(d), {}, &error)),
                     (QStringList{u"Ben"_s, u"Hal"_s}));
        // Ana's invitation is pending: she is not invited again after it.
        QVERIFY(
            !names(DailyQueue::todayQueue(store, today.addDays(8), {}, &error)).contains(u"Ana"_s));
    }

    void keepInTouchSettings()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(u"c Ana deg=1 conn=-400 tag=Clients tag=Friends; c Ben deg=1 conn=-400; "
                       "t Clients 30; t Friends 60"_s));
        const qint64 ana = s.ids.value(u"Ana"_s);
        KeepInTouchStore store(db);

        // Nothing of her own; the shortest tag cadence is what she inherits.
        std::optional<KeepInTouch> k = store.get(ana, &error);
        QVERIFY2(k, qPrintable(error));
        QVERIFY(!k->cadenceDays);
        QCOMPARE(k->tagCadenceDays, std::optional<int>(30));
        QCOMPARE(k->cadenceTag, u"Clients"_s);
        QVERIFY(!k->archived && !k->doNotContact && !k->snoozedUntil.isValid());

        // Ana is in today's queue (reconnect); do-not-contact retires her item.
        QueueStore queue(db);
        QVERIFY(names(DailyQueue::todayQueue(queue, today, {}, &error)).contains(u"Ana"_s));
        KeepInTouch changed = *k;
        changed.cadenceDays = 14;
        changed.archived = true;
        changed.doNotContact = true;
        changed.snoozedUntil = today.addDays(3);
        QueueRestorePoint before;
        QVERIFY2(store.set(ana, changed, today, &error, &before), qPrintable(error));
        QVERIFY(before.settings && before.settings->sameSettings(KeepInTouch()));
        QVERIFY(before.item(today) && before.item(today)->status == QueueItem::Status::Open);
        k = store.get(ana);
        QVERIFY(k->sameSettings(changed));
        for (const QueueItem &item : queue.items(today)) {
            if (item.contactId == ana)
                QCOMPARE(item.status, QueueItem::Status::Never);
        }
        // And back (an undo): inherit, not archived, allowed, not snoozed,
        // and today's item open again.
        QVERIFY2(store.restore(before, &error), qPrintable(error));
        QVERIFY(store.get(ana)->sameSettings(KeepInTouch()));
        for (const QueueItem &item : queue.items(today)) {
            if (item.contactId == ana)
                QCOMPARE(item.status, QueueItem::Status::Open);
        }

        // Bad input changes nothing.
        changed.cadenceDays = 0;
        QVERIFY(!store.set(ana, changed, today, &error));
        QVERIFY2(error.contains(u"above zero"_s), qPrintable(error));
        QVERIFY(store.get(ana)->sameSettings(KeepInTouch()));
        QVERIFY(!store.set(9999, KeepInTouch(), today, &error));
        QVERIFY2(error.contains(u"#9999"_s), qPrintable(error));
        QVERIFY(!store.get(9999, &error));
    }

    void tagCadences()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(u"c Ana deg=1 tag=Clients tag=Friends; c Ben deg=1 tag=Clients; "
                       "t Clients 30"_s));
        KeepInTouchStore store(db);
        const QList<TagCadence> before = store.tagCadences(&error);
        QCOMPARE(before, (QList<TagCadence>{{u"Clients"_s, 30, 2}, {u"Friends"_s, {}, 1}}));
        QVERIFY2(store.setTagCadences({{u"Clients"_s, {}, 0}, {u"Friends"_s, 45, 0}}, &error),
                 qPrintable(error));
        QCOMPARE(store.tagCadences(),
                 (QList<TagCadence>{{u"Clients"_s, {}, 2}, {u"Friends"_s, 45, 1}}));
        // All or nothing: an unknown tag or a bad number leaves every tag as it was.
        QVERIFY(!store.setTagCadences({{u"Clients"_s, 10, 0}, {u"Nobody"_s, 10, 0}}, &error));
        QVERIFY2(error.contains(u"Nobody"_s), qPrintable(error));
        QVERIFY(!store.setTagCadences({{u"Clients"_s, 10, 0}, {u"Friends"_s, -1, 0}}, &error));
        QVERIFY2(error.contains(u"Friends"_s), qPrintable(error));
        QCOMPARE(store.tagCadences(),
                 (QList<TagCadence>{{u"Clients"_s, {}, 2}, {u"Friends"_s, 45, 1}}));
    }

    void todaysSnoozeAndKeepInTouchSnoozeAgree()
    {
        // Hal snoozed with Today's S, Dee from Keep in Touch…: the same
        // stored state, and clearing either snooze puts the item back.
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore queue(db);
        KeepInTouchStore keep(db);
        DailyQueue::todayQueue(queue, today, {}, &error);
        const qint64 hal = s.ids.value(u"Hal"_s), dee = s.ids.value(u"Dee"_s);
        const QDate until = today.addDays(7);
        QVERIFY2(queue.snooze(today, hal, until, &error), qPrintable(error));
        KeepInTouch k = *keep.get(dee);
        k.snoozedUntil = until;
        QVERIFY2(keep.set(dee, k, today, &error), qPrintable(error));
        QCOMPARE(stateOf(db, dee, today), u"- 0 0 2026-07-07 | snoozed 2026-07-07 0"_s);
        QCOMPARE(stateOf(db, hal, today), stateOf(db, dee, today));

        // The snooze cleared (Keep in Touch…): both back in today's queue.
        for (qint64 id : {hal, dee}) {
            KeepInTouch cleared = *keep.get(id);
            cleared.snoozedUntil = QDate();
            QVERIFY2(keep.set(id, cleared, today, &error), qPrintable(error));
            QCOMPARE(stateOf(db, id, today), u"- 0 0  | open  0"_s);
        }
    }

    void neverIsDoNotContactEverywhere()
    {
        // Hal marked Never on Today, Dee do-not-contact in Keep in Touch…:
        // the same state; lifting it (Keep in Touch…, or the CLI's allow)
        // brings either back into today's queue.
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore queue(db);
        KeepInTouchStore keep(db);
        DailyQueue::todayQueue(queue, today, {}, &error);
        const qint64 hal = s.ids.value(u"Hal"_s), dee = s.ids.value(u"Dee"_s);
        QVERIFY2(queue.never(today, hal, &error), qPrintable(error));
        KeepInTouch k = *keep.get(dee);
        k.doNotContact = true;
        QVERIFY2(keep.set(dee, k, today, &error), qPrintable(error));
        QCOMPARE(stateOf(db, dee, today), u"- 0 1  | never  0"_s);
        QCOMPARE(stateOf(db, hal, today), stateOf(db, dee, today));
        // Never on a snoozed item: never, the snooze kept on the contact.
        const qint64 ben = s.ids.value(u"Ben"_s);
        QVERIFY(queue.snooze(today, ben, today.addDays(3), &error));
        QVERIFY(queue.never(today, ben, &error));
        QCOMPARE(stateOf(db, ben, today), u"- 0 1 2026-07-03 | never  0"_s);
        for (qint64 id : {hal, dee}) {
            KeepInTouch allowed = *keep.get(id);
            allowed.doNotContact = false;
            QVERIFY2(keep.set(id, allowed, today, &error), qPrintable(error));
            QCOMPARE(stateOf(db, id, today), u"- 0 0  | open  0"_s);
        }
        // Allowed while still snoozed: snoozed, not open.
        k = *keep.get(ben);
        k.doNotContact = false;
        QVERIFY(keep.set(ben, k, today, &error));
        QCOMPARE(stateOf(db, ben, today), u"- 0 0 2026-07-03 | snoozed 2026-07-03 0"_s);
    }

    void neverOnAnEarlierDayReachesToday()
    {
        // Never on yesterday's queue (rapport-cli queue never --date): the
        // contact is do-not-contact, so today's item is not suggested
        // either; undo puts both back. Done touches its own day only.
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore queue(db);
        const QDate yesterday = today.addDays(-1);
        QVERIFY(names(DailyQueue::todayQueue(queue, yesterday, {}, &error)).contains(u"Hal"_s));
        QVERIFY(names(DailyQueue::todayQueue(queue, today, {}, &error)).contains(u"Hal"_s));
        const qint64 hal = s.ids.value(u"Hal"_s);
        QueueRestorePoint before;
        QVERIFY2(queue.never(yesterday, hal, &error, &before), qPrintable(error));
        QCOMPARE(before.items.size(), 2);
        QCOMPARE(stateOf(db, hal, yesterday), u"- 0 1  | never  0"_s);
        QCOMPARE(stateOf(db, hal, today), u"- 0 1  | never  0"_s);
        QVERIFY2(queue.restore(before, &error), qPrintable(error));
        QCOMPARE(stateOf(db, hal, yesterday), u"- 0 0  | open  0"_s);
        QCOMPARE(stateOf(db, hal, today), u"- 0 0  | open  0"_s);
        QVERIFY(queue.markDone(yesterday, hal, 0, &error, &before));
        QCOMPARE(before.items.size(), 1);
        QCOMPARE(before.items.first().day, yesterday);
        QCOMPARE(stateOf(db, hal, today), u"- 0 0  | open  0"_s);
    }

    void doneAndSkippedStayAsTheUserLeftThem()
    {
        // A keep-in-touch change never overrides Done or Skip; a snooze that
        // has already ended (today or before) holds nothing back.
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore queue(db);
        KeepInTouchStore keep(db);
        DailyQueue::todayQueue(queue, today, {}, &error);
        const qint64 ana = s.ids.value(u"Ana"_s), ben = s.ids.value(u"Ben"_s);
        const qint64 dee = s.ids.value(u"Dee"_s);
        QVERIFY(queue.markDone(today, ana, 0, &error));
        QVERIFY(queue.skip(today, ben, &error));
        for (qint64 id : {ana, ben}) {
            KeepInTouch k = *keep.get(id);
            k.doNotContact = true;
            k.snoozedUntil = today.addDays(5);
            QVERIFY(keep.set(id, k, today, &error));
        }
        QCOMPARE(stateOf(db, ana, today), u"- 0 1 2026-07-05 | done  0"_s);
        QCOMPARE(stateOf(db, ben, today), u"- 0 1 2026-07-05 | skipped  0"_s);
        KeepInTouch k = *keep.get(dee);
        k.snoozedUntil = today;
        QVERIFY(keep.set(dee, k, today, &error));
        QCOMPARE(stateOf(db, dee, today), u"- 0 0 2026-06-30 | open  0"_s);
    }

    void everyActionCanBeUndoneExactly()
    {
        // Done (with its outreach), Skip, Snooze, Never and Reopen each hand
        // back what they changed; restore() puts exactly that back, contact
        // columns included.
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts() + u"; c Ivy deg=1 conn=-300 cad=30 snooze=+2"_s));
        QueueStore queue(db);
        KeepInTouchStore keep(db);
        DailyQueue::todayQueue(queue, today, {}, &error);
        const qint64 ana = s.ids.value(u"Ana"_s), ben = s.ids.value(u"Ben"_s);
        const qint64 dee = s.ids.value(u"Dee"_s), hal = s.ids.value(u"Hal"_s);
        OutreachStore outreach(db);
        Outreach o;
        o.contactId = ana;
        o.channel = u"invitation"_s;
        o.direction = u"out"_s;
        o.happenedAt = QDateTime(today, QTime(9, 0), QTimeZone::utc());
        QVERIFY2(outreach.add(o, &error), qPrintable(error));

        using Action = std::function<bool(QueueRestorePoint *)>;
        const QList<std::pair<qint64, Action>> actions{
            {ana,
             [&](QueueRestorePoint *b) {
                 return queue.markDone(today, ana, o.id, &error, b);
             }},
            {ben,
             [&](QueueRestorePoint *b) {
                 return queue.skip(today, ben, &error, b);
             }},
            {dee,
             [&](QueueRestorePoint *b) {
                 return queue.snooze(today, dee, today.addDays(7), &error, b);
             }},
            {hal,
             [&](QueueRestorePoint *b) {
                 return queue.never(today, hal, &error, b);
             }},
        };
        for (const auto &[id, act] : actions) {
            const QString was = stateOf(db, id, today);
            QueueRestorePoint before;
            QVERIFY2(act(&before), qPrintable(error));
            const QString done = stateOf(db, id, today);
            QVERIFY2(done != was, qPrintable(done));
            QVERIFY2(queue.restore(before, &error), qPrintable(error));
            QCOMPARE(stateOf(db, id, today), was);
            // Redo: the same action again gives the same state.
            QVERIFY2(act(&before), qPrintable(error));
            QCOMPARE(stateOf(db, id, today), done);
        }
        QCOMPARE(stateOf(db, ana, today), u"- 0 0  | done  %1"_s.arg(o.id));
        // Done and Skip leave the contact alone: their undo does not write it.
        QueueRestorePoint point;
        QVERIFY(queue.reopen(today, ben, &error, &point));
        QVERIFY(!point.settings);
        // Never on a snoozed item, undone: snoozed again, the snooze and the
        // cadence as they were.
        QCOMPARE(stateOf(db, dee, today), u"- 0 0 2026-07-07 | snoozed 2026-07-07 0"_s);
        QVERIFY(queue.never(today, dee, &error, &point));
        QVERIFY(point.settings);
        QVERIFY(queue.restore(point, &error));
        QCOMPARE(stateOf(db, dee, today), u"- 0 0 2026-07-07 | snoozed 2026-07-07 0"_s);
        // A restore point of a contact deleted since: refused, in words.
        QVERIFY(queue.markDone(today, hal, 0, &error, &point));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"DELETE FROM contact WHERE id = %1"_s.arg(hal)));
        QVERIFY(!queue.restore(point, &error));
        QVERIFY2(error.contains(u"#%1"_s.arg(hal)), qPrintable(error));
    }

    void reopenDoneAndSkipped()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore queue(db);
        KeepInTouchStore keep(db);
        DailyQueue::todayQueue(queue, today, {}, &error);
        const qint64 ana = s.ids.value(u"Ana"_s), ben = s.ids.value(u"Ben"_s);
        const qint64 dee = s.ids.value(u"Dee"_s);
        OutreachStore outreach(db);
        Outreach o;
        o.contactId = ana;
        o.channel = u"invitation"_s;
        o.direction = u"out"_s;
        o.happenedAt = QDateTime(today, QTime(9, 0), QTimeZone::utc());
        QVERIFY2(outreach.add(o, &error), qPrintable(error));
        QVERIFY(queue.markDone(today, ana, o.id, &error));
        QVERIFY(queue.skip(today, ben, &error));

        // Done, with its outreach: open again, the outreach still logged.
        QueueRestorePoint before;
        QVERIFY2(queue.reopen(today, ana, &error, &before), qPrintable(error));
        QCOMPARE(stateOf(db, ana, today), u"- 0 0  | open  0"_s);
        QCOMPARE(outreach.list({}, -1).size(), 1);
        QVERIFY(queue.restore(before, &error));
        QCOMPARE(stateOf(db, ana, today), u"- 0 0  | done  %1"_s.arg(o.id));
        QVERIFY(queue.reopen(today, ben, &error));
        QCOMPARE(stateOf(db, ben, today), u"- 0 0  | open  0"_s);

        // Only done and skipped items reopen.
        QVERIFY(!queue.reopen(today, dee, &error));
        QVERIFY2(error.contains(u"open, not done or skipped"_s), qPrintable(error));
        QVERIFY(!queue.reopen(today.addDays(-1), dee, &error));
        QVERIFY2(error.contains(u"2026-06-29"_s), qPrintable(error));

        // Skipped, then snoozed from Keep in Touch…: reopening keeps the hold.
        QVERIFY(queue.skip(today, dee, &error));
        KeepInTouch k = *keep.get(dee);
        k.snoozedUntil = today.addDays(2);
        QVERIFY(keep.set(dee, k, today, &error));
        QVERIFY(queue.reopen(today, dee, &error));
        QCOMPARE(stateOf(db, dee, today), u"- 0 0 2026-07-02 | snoozed 2026-07-02 0"_s);
    }

    void skipIsForToday()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore store(db);
        DailyQueue::todayQueue(store, today, {}, &error);
        QVERIFY(store.skip(today, s.ids.value(u"Ben"_s), &error));
        QCOMPARE(store.items(today).at(0).status, QueueItem::Status::Skipped);
        QCOMPARE(names(DailyQueue::todayQueue(store, today.addDays(1), {}, &error)).first(),
                 u"Ben"_s);
    }

    void neverHidesForGood()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore store(db);
        DailyQueue::todayQueue(store, today, {}, &error);
        QVERIFY(store.never(today, s.ids.value(u"Hal"_s), &error));
        QCOMPARE(store.items(today).at(3).status, QueueItem::Status::Never);
        for (int d : {1, 30, 365})
            QVERIFY(!names(DailyQueue::todayQueue(store, today.addDays(d), {}, &error))
                         .contains(u"Hal"_s));
        QVERIFY(!store.never(today, 99999, &error));
        QVERIFY(error.contains(u"99999"_s));
    }

    void snoozeSurvivesNewDays()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore store(db);
        DailyQueue::todayQueue(store, today, {}, &error);
        const qint64 hal = s.ids.value(u"Hal"_s);
        QVERIFY(store.snooze(today, hal, today.addDays(7), &error));
        const QueueItem item = store.items(today).at(3);
        QCOMPARE(item.status, QueueItem::Status::Snoozed);
        QCOMPARE(item.snoozedUntil, today.addDays(7));
        for (int d = 1; d <= 6; ++d)
            QVERIFY(!names(DailyQueue::todayQueue(store, today.addDays(d), {}, &error))
                         .contains(u"Hal"_s));
        QVERIFY(
            names(DailyQueue::todayQueue(store, today.addDays(7), {}, &error)).contains(u"Hal"_s));
        QVERIFY(!store.snooze(today, hal, QDate(), &error));
        QVERIFY(!store.snooze(today, hal, today, &error)); // a snooze ends after the day
    }

    void actionsOnMissingItemsFail()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts()));
        QueueStore store(db);
        QVERIFY(!store.markDone(today, s.ids.value(u"Ana"_s), 0, &error));
        QVERIFY(error.contains(u"2026-06-30"_s));
        QVERIFY(!store.skip(today, 12345, &error));
        QVERIFY(!store.reopen(today, s.ids.value(u"Ana"_s), &error));
        QVERIFY(!store.setTagCadence(u"nobody"_s, 30, &error));
    }

    void lastContactedFollowsOutreach()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(u"c Ana deg=1; c Ben deg=1; o Ana message out -10; o Ana message in -3"_s));
        const qint64 ana = s.ids.value(u"Ana"_s), ben = s.ids.value(u"Ben"_s);
        QCOMPARE(lastContacted(db, ana), u"2026-06-27T10:00:00Z"_s);
        OutreachStore outreach(db);
        const QList<Outreach> rows = outreach.list({}, -1);
        Outreach latest = rows.first();
        QCOMPARE(latest.direction, u"in"_s);
        // Moved to Ben: both contacts follow.
        latest.contactId = ben;
        QVERIFY2(outreach.update(latest, &error), qPrintable(error));
        QCOMPARE(lastContacted(db, ana), u"2026-06-20T10:00:00Z"_s);
        QCOMPARE(lastContacted(db, ben), u"2026-06-27T10:00:00Z"_s);
        QVERIFY(outreach.remove(latest.id, &error));
        QCOMPARE(lastContacted(db, ben), u""_s);
    }

    void migrationBackfillsLastContacted()
    {
        // A version-5 file with outreach in it, as the outreach release left it.
        const QString path = nextPath();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (int v = 1; v <= 5; ++v) {
                for (const QString &sql : Migrations::statements(v))
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = 5"_s));
            QVERIFY(q.exec(u"INSERT INTO contact (id, first_name, created_at, updated_at) VALUES "
                           "(1, 'Ana', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
                           "(2, 'Ben', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
            QVERIFY(q.exec(u"INSERT INTO outreach (contact_id, channel, direction, happened_at) "
                           "VALUES (1, 'message', 'out', '2026-06-20T10:00:00Z'), "
                           "(1, 'message', 'in', '2026-06-27T10:00:00Z'), "
                           "(1, 'invitation', 'out', '2026-05-01T10:00:00Z')"_s));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v5"_s);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(lastContacted(db, 1), u"2026-06-27T10:00:00Z"_s);
        QCOMPARE(lastContacted(db, 2), u""_s);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT do_not_contact, archived, cadence_days, snoozed_until "
                       "FROM contact WHERE id = 2"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(1).toInt(), 0);
        QVERIFY(q.value(2).isNull());
        QCOMPARE(q.value(3).toString(), u""_s);
    }

    void migrationKeepsQueueAndAllowsInMail()
    {
        // A version-6 file with a day's queue: migration 7 rebuilds the table
        // to allow the InMail action and keeps every row and id.
        const QString path = nextPath();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v6"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (int v = 1; v <= 6; ++v) {
                for (const QString &sql : Migrations::statements(v))
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = 6"_s));
            QVERIFY(q.exec(u"INSERT INTO contact (id, first_name, created_at, updated_at) VALUES "
                           "(1, 'Ana', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s));
            QVERIFY(q.exec(u"INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')"_s));
            QVERIFY(q.exec(u"INSERT INTO queue_item (id, day, position, contact_id, action, "
                           "reason, status, snoozed_until) VALUES (7, '2026-06-30', 1, 1, "
                           "'invite', 'Commented', 'snoozed', '2026-07-02')"_s));
            QVERIFY(!q.exec(u"INSERT INTO queue_item (day, position, contact_id, action) "
                            "VALUES ('2026-07-01', 1, 1, 'inmail')"_s));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v6"_s);
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id, action, reason, status, snoozed_until FROM queue_item"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 7);
        QCOMPARE(q.value(1).toString(), u"invite"_s);
        QCOMPARE(q.value(2).toString(), u"Commented"_s);
        QCOMPARE(q.value(3).toString(), u"snoozed"_s);
        QCOMPARE(q.value(4).toString(), u"2026-07-02"_s);
        QVERIFY(!q.next());
        QVERIFY2(q.exec(u"INSERT INTO queue_item (day, position, contact_id, action) "
                        "VALUES ('2026-07-01', 1, 1, 'inmail')"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"INSERT INTO queue_item (day, position, contact_id, action) "
                        "VALUES ('2026-07-02', 1, 1, 'spam')"_s));
        // Deleting the contact still takes its queue with it.
        QVERIFY(q.exec(u"DELETE FROM contact WHERE id = 1"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM queue_item"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void plannerReadsIndexes()
    {
        // The hot candidate queries read an index in order, never a table scan.
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        const QStringList queries = {
            u"SELECT id FROM engagement WHERE kind = 'comment' AND happened_on >= '2026-06-01' "
            "AND happened_on <= '2026-06-30' ORDER BY happened_on DESC, id DESC LIMIT 10"_s,
            u"SELECT id FROM contact WHERE degree = 1 AND do_not_contact = 0 AND archived = 0 "
            "AND last_contacted_at < '2026-04-01' ORDER BY last_contacted_at, connected_on, id "
            "LIMIT 10"_s,
            u"SELECT id FROM outreach WHERE channel = 'invitation' AND direction = 'out' "
            "AND outcome = '' AND happened_at < '2026-06-01' ORDER BY happened_at, id LIMIT 10"_s,
        };
        for (const QString &sql : queries) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"EXPLAIN QUERY PLAN "_s + sql));
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            const QString text = plan.join(u" / "_s);
            QVERIFY2(text.contains(u" INDEX "_s) && !text.startsWith(u"SCAN"_s) &&
                         !text.contains(u"TEMP B-TREE"_s),
                     qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_QueueStore)
#include "tst_queuestore.moc"
