// Deleting a contact and putting it back: every row that hangs on the
// contact (keep-in-touch columns, tags with their cadences, events and
// their summary, outreach with reply links and outcomes, value given, queue
// items of every day) comes back exactly, in one transaction.

#include "TableDump.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/ContentPiece.h"
#include "store/ContactRemoval.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/ImportJournal.h"
#include "store/KeepInTouchStore.h"
#include "store/OutreachStore.h"
#include "store/ScoreStore.h"
#include "store/ValueGivenStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

int countRows(const Database &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class tst_ContactRemoval : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_contacts;
    int m_run = 0;
    QDate m_today;

    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    qint64 addContact(const QString &first, const QString &last, const QStringList &tags = {},
                      const QString &url = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.company = u"Acme"_s;
        c.profileUrl = url;
        c.tags = tags;
        c.degree = 1;
        c.connectedOn = QDate(2025, 3, 1);
        QString error;
        if (!m_contacts->add(c, &error))
            qWarning() << error;
        return c.id;
    }

    // The database's change mark, as an import records it.
    qint64 changeMark()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT "_s + ImportJournal::changeMarkSql()) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    // What an import writes, through the journal's hooks as every importer
    // calls them: a contact, and optionally one outreach row of theirs.
    qint64 importContact(const QString &first, const QString &last, const QString &url,
                         const QString &sourceKey = {})
    {
        QString error;
        ImportJournal journal(m_db);
        if (!journal.prepare(u"linkedin"_s, m_dir.filePath(u"export.zip"_s), &error))
            return 0;
        Transaction tx(m_db);
        if (!tx.isActive() || !journal.begin(&error))
            return 0;
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.profileUrl = url;
        if (!m_contacts->add(c, &error))
            return 0;
        if (!sourceKey.isEmpty()) {
            Outreach o;
            o.contactId = c.id;
            o.channel = u"invitation"_s;
            o.direction = u"out"_s;
            o.happenedAt = at(u"2025-02-20T08:00:00Z"_s);
            o.sourceKey = sourceKey;
            if (!OutreachStore(m_db).add(o, &error))
                return 0;
        }
        if (!journal.finish(&error) || !tx.commit(&error)) {
            qWarning() << error;
            return 0;
        }
        return c.id;
    }

    // A queue item as the planner writes it.
    bool addQueueItem(const QDate &day, qint64 contact, const QString &status,
                      const QVariant &relatedOutreach = {}, const QVariant &relatedEvent = {},
                      const QVariant &doneOutreach = {})
    {
        return exec(
            u"INSERT INTO queue_item (day, position, contact_id, action, reason, "
            "template, status, related_outreach_id, related_engagement_id, "
            "done_outreach_id) VALUES (?, 1, ?, 'reconnect', 'Keep in touch', '', ?, "
            "?, ?, ?)"_s,
            {day.toString(Qt::ISODate), contact, status,
             relatedOutreach.isValid() ? relatedOutreach : QVariant(QMetaType(QMetaType::LongLong)),
             relatedEvent.isValid() ? relatedEvent : QVariant(QMetaType(QMetaType::LongLong)),
             doneOutreach.isValid() ? doneOutreach : QVariant(QMetaType(QMetaType::LongLong))});
    }

    bool dirtyScore(qint64 contact)
    {
        return countRows(m_db, u"SELECT score_dirty FROM contact WHERE id = ?"_s, contact) == 1;
    }

    QString queueStatus(const QDate &day, qint64 contact)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT status FROM queue_item WHERE day = ? AND contact_id = ?"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(contact);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    struct Rich
    {
        qint64 zelda = 0;
        qint64 other = 0;
        qint64 sent = 0;
        qint64 reply = 0;
        qint64 invitation = 0;
        qint64 comment = 0;
        qint64 piece = 0;
        qint64 othersReply = 0;
    };

    // Zelda with everything that can hang on a contact, and Oscar, who
    // shares one of her tags and whose rows point at hers.
    Rich makeRich()
    {
        Rich r;
        QString error;
        r.zelda = addContact(u"Zelda"_s, u"Quist"_s, {u"mentor"_s, u"berlin"_s},
                             u"https://www.linkedin.com/in/zelda-quist"_s);
        r.other = addContact(u"Oscar"_s, u"Lind"_s, {u"berlin"_s});
        KeepInTouchStore keep(m_db);
        if (!keep.setTagCadences({{u"mentor"_s, 14, 0}, {u"berlin"_s, 60, 0}}, &error))
            qWarning() << error;
        KeepInTouch settings;
        settings.cadenceDays = 30;
        settings.archived = true;
        settings.snoozedUntil = m_today.addDays(10);
        if (!keep.set(r.zelda, settings, m_today, &error))
            qWarning() << error;

        ContentStore content(m_db);
        ContentPiece piece;
        piece.title = u"On mentoring"_s;
        piece.publishedOn = m_today.addDays(-20);
        if (!content.add(piece, &error))
            qWarning() << error;
        r.piece = piece.id;

        EngagementStore engagement(m_db);
        engagement.setToday(m_today);
        Engagement follow;
        follow.contactId = r.zelda;
        follow.kind = EngagementKind::Follow;
        follow.date = m_today.addDays(-40);
        Engagement comment;
        comment.contactId = r.zelda;
        comment.kind = EngagementKind::Comment;
        comment.date = m_today.addDays(-5);
        comment.contentId = piece.id;
        comment.note = u"Great read"_s;
        if (!engagement.log(follow, &error) || !engagement.log(comment, &error))
            qWarning() << error;
        r.comment = comment.id;

        OutreachStore outreach(m_db);
        Outreach sent;
        sent.contactId = r.zelda;
        sent.channel = u"message"_s;
        sent.direction = u"out"_s;
        sent.happenedAt = at(u"2026-11-01T09:00:00Z"_s);
        sent.body = u"Coffee?"_s;
        sent.templateName = u"Catch up"_s;
        Outreach reply = sent;
        reply.direction = u"in"_s;
        reply.happenedAt = at(u"2026-11-02T10:00:00Z"_s);
        reply.body = u"Sure"_s;
        reply.templateName.clear();
        Outreach invitation;
        invitation.contactId = r.zelda;
        invitation.channel = u"invitation"_s;
        invitation.direction = u"out"_s;
        invitation.happenedAt = at(u"2025-02-20T08:00:00Z"_s);
        invitation.outcome = u"accepted"_s;
        invitation.outcomeAt = at(u"2025-03-01T08:00:00Z"_s);
        invitation.sourceKey = u"inv:zelda"_s;
        if (!outreach.add(invitation, &error) || !outreach.add(sent, &error) ||
            !outreach.add(reply, &error))
            qWarning() << error;
        r.sent = sent.id;
        r.reply = reply.id;
        r.invitation = invitation.id;
        // Oscar's message, oddly filed as answering Zelda's (a merge gone
        // wrong): the link is Oscar's row, but points at hers.
        Outreach odd = reply;
        odd.id = 0;
        odd.contactId = r.other;
        odd.replyTo = sent.id;
        odd.happenedAt = at(u"2026-11-03T10:00:00Z"_s);
        if (!outreach.add(odd, &error))
            qWarning() << error;
        r.othersReply = odd.id;

        ValueGivenStore values(m_db);
        ValueGiven intro;
        intro.contactId = r.zelda;
        intro.kind = u"introduction"_s;
        intro.date = m_today.addDays(-3);
        intro.note = u"To Oscar"_s;
        if (!values.add(intro, &error))
            qWarning() << error;

        addQueueItem(m_today.addDays(-2), r.zelda, u"done"_s, r.reply, r.comment, r.sent);
        addQueueItem(m_today, r.zelda, u"snoozed"_s, {}, r.comment);
        addQueueItem(m_today, r.other, u"open"_s, r.sent);

        ScoreStore scores(m_db);
        if (!scores.refresh(m_today, &error))
            qWarning() << error;
        return r;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_contacts = std::make_unique<ContactStore>(m_db);
        m_today = QDate::currentDate();
    }

    void cleanup()
    {
        m_contacts.reset();
        m_db.close();
    }

    void doNotContactAndTodaysItemComeBack()
    {
        const qint64 id = addContact(u"Dana"_s, u"Nope"_s);
        QVERIFY(addQueueItem(m_today, id, u"open"_s));
        KeepInTouchStore keep(m_db);
        KeepInTouch settings;
        settings.doNotContact = true;
        QString error;
        QVERIFY2(keep.set(id, settings, m_today, &error), qPrintable(error));
        QCOMPARE(queueStatus(m_today, id), u"never"_s);

        ContactRemoval removal(*m_contacts);
        const auto snapshot = removal.remove(id, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(!m_contacts->get(id));
        QCOMPARE(queueStatus(m_today, id), QString());

        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        const auto back = keep.get(id, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->doNotContact);
        QCOMPARE(queueStatus(m_today, id), u"never"_s);
    }

    void everythingComesBackIdentical()
    {
        const Rich r = makeRich();
        const auto contactBefore = m_contacts->get(r.zelda);
        QVERIFY(contactBefore);
        QVERIFY(contactBefore->score > 0);
        const auto before = test::dumpTables(m_db);
        const QList<qint64> foundBefore = test::searchIds(m_db, u"quist"_s);
        QCOMPARE(foundBefore, QList<qint64>{r.zelda});

        QString error;
        ContactRemoval removal(*m_contacts);
        const auto snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(!m_contacts->get(r.zelda));
        for (const QString &table : {u"engagement"_s, u"engagement_summary"_s, u"outreach"_s,
                                     u"value_given"_s, u"queue_item"_s, u"contact_tag"_s}) {
            QCOMPARE(countRows(m_db, u"SELECT count(*) FROM %1 WHERE contact_id = ?"_s.arg(table),
                               r.zelda),
                     0);
        }
        // "mentor" was hers alone and went with her; "berlin" stays for Oscar.
        QCOMPARE(m_contacts->allTags(), QStringList{u"berlin"_s});
        QCOMPARE(countRows(m_db,
                           u"SELECT count(*) FROM outreach WHERE id = ? AND reply_to IS NULL"_s,
                           r.othersReply),
                 1);
        QVERIFY(test::searchIds(m_db, u"quist"_s).isEmpty());
        QCOMPARE(m_contacts->totalCount(), 1);

        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        QVERIFY(!dirtyScore(r.zelda));
        // Oscar's message lost and regained its link: his score is marked
        // for recomputing, which gives what it was.
        QVERIFY(dirtyScore(r.other));
        QVERIFY2(ScoreStore(m_db).refresh(m_today, &error), qPrintable(error));
        QString difference;
        QVERIFY2(test::sameTables(before, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
        QCOMPARE(test::searchIds(m_db, u"quist"_s), foundBefore);
        QCOMPARE(test::searchIds(m_db, u"mentor"_s), foundBefore);
        const auto contactAfter = m_contacts->get(r.zelda);
        QVERIFY(contactAfter);
        QCOMPARE(*contactAfter, *contactBefore);
        QCOMPARE(contactAfter->updatedAt, contactBefore->updatedAt);
        QCOMPARE(contactAfter->score, contactBefore->score);
        QCOMPARE(m_contacts->totalCount(), 2);
    }

    void removeAgainAfterRestore()
    {
        // Redo after undo: the restored contact deletes and restores again.
        const Rich r = makeRich();
        const auto before = test::dumpTables(m_db);
        ContactRemoval removal(*m_contacts);
        QString error;
        auto snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        QVERIFY2(ScoreStore(m_db).refresh(m_today, &error), qPrintable(error));
        QString difference;
        QVERIFY2(test::sameTables(before, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
    }

    void restoreIsOneTransaction()
    {
        const Rich r = makeRich();
        ContactRemoval removal(*m_contacts);
        QString error;
        const auto snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        // The queue items go back last but one: make them fail, after the
        // contact, tags, events and outreach are in.
        QVERIFY(exec(u"CREATE TEMP TRIGGER refuse_queue BEFORE INSERT ON main.queue_item "
                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
        const auto afterRemove = test::dumpTables(m_db);
        error.clear();
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY(error.contains(u"Zelda Quist"_s));
        QString difference;
        QVERIFY2(test::sameTables(afterRemove, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
        QVERIFY(!m_contacts->get(r.zelda));
        QVERIFY(test::searchIds(m_db, u"quist"_s).isEmpty());
        QCOMPARE(m_contacts->totalCount(), 1);
        QCOMPARE(m_db.transactionDepth(), 0);

        // Once nothing stands in the way, the same snapshot restores.
        QVERIFY(exec(u"DROP TRIGGER temp.refuse_queue"_s));
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        QVERIFY(m_contacts->get(r.zelda));
    }

    void restoreWithoutWhatWasDeletedMeanwhile()
    {
        // The piece she commented on, and Oscar with the message that
        // pointed at hers, are deleted while she is gone: she comes back
        // with the comment on no particular piece.
        const Rich r = makeRich();
        ContactRemoval removal(*m_contacts);
        QString error;
        const auto snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        ContentStore content(m_db);
        QVERIFY2(content.remove(r.piece, &error), qPrintable(error));
        QVERIFY2(m_contacts->remove(r.other, &error), qPrintable(error));
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        EngagementStore engagement(m_db);
        const auto comment = engagement.get(r.comment);
        QVERIFY(comment);
        QCOMPARE(comment->contentId, 0);
        QCOMPARE(countRows(m_db, u"SELECT count(*) FROM outreach WHERE contact_id = ?"_s, r.zelda),
                 3);
    }

    void restoreRefusesAProfileTakenMeanwhile()
    {
        const Rich r = makeRich();
        ContactRemoval removal(*m_contacts);
        QString error;
        const auto snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const qint64 again =
            addContact(u"Zelda"_s, u"Q."_s, {}, u"https://www.linkedin.com/in/zelda-quist"_s);
        QVERIFY(again > 0);
        const auto afterRemove = test::dumpTables(m_db);
        const qint64 mark = changeMark();
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY2(error.contains(u"zelda-quist"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Zelda Q. (#%1)"_s.arg(again)), qPrintable(error));
        QVERIFY2(!error.contains(u"import"_s), qPrintable(error)); // added by hand
        QVERIFY2(error.contains(u"Nothing was changed"_s), qPrintable(error));
        QString difference;
        QVERIFY2(test::sameTables(afterRemove, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
        QCOMPARE(changeMark(), mark);
    }

    void restoreRefusesAContactAnImportAddedAgain()
    {
        const Rich r = makeRich();
        ContactRemoval removal(*m_contacts);
        QString error;
        const auto snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const qint64 again =
            importContact(u"Zelda"_s, u"Quist"_s, u"https://www.linkedin.com/in/zelda-quist"_s);
        QVERIFY(again > 0);
        const auto afterImport = test::dumpTables(m_db);
        const qint64 mark = changeMark();
        error.clear();
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY2(error.contains(u"Could not bring back Zelda Quist"_s), qPrintable(error));
        QVERIFY2(error.contains(u"an import since has added Zelda Quist again (#%1)"_s.arg(again)),
                 qPrintable(error));
        QVERIFY2(error.contains(u"Nothing was changed"_s), qPrintable(error));
        QVERIFY2(error.contains(u"not merged"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"report"_s), qPrintable(error));
        QString difference;
        QVERIFY2(test::sameTables(afterImport, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
        QCOMPARE(changeMark(), mark);
        QCOMPARE(m_db.transactionDepth(), 0);
    }

    void restoreRefusesOutreachAnImportBroughtBack()
    {
        // The import did not know her profile: it added "Zed Quist" and
        // filed her invitation (same source key) under him.
        const Rich r = makeRich();
        ContactRemoval removal(*m_contacts);
        QString error;
        const auto snapshot = removal.remove(r.zelda, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const qint64 zed = importContact(u"Zed"_s, u"Quist"_s, {}, u"inv:zelda"_s);
        QVERIFY(zed > 0);
        const auto afterImport = test::dumpTables(m_db);
        error.clear();
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY2(error.contains(u"Could not bring back Zelda Quist"_s), qPrintable(error));
        QVERIFY2(error.contains(u"import"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Zed Quist (#%1)"_s.arg(zed)), qPrintable(error));
        QVERIFY2(error.contains(u"Nothing was changed"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"report"_s), qPrintable(error));
        QString difference;
        QVERIFY2(test::sameTables(afterImport, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
        QVERIFY(!m_contacts->get(r.zelda));
    }

    void restoreMovesTheChangeMark()
    {
        // Put back under its old id, the contact moves no counter by itself.
        const qint64 plain = addContact(u"Pia"_s, u"Plain"_s);
        const Rich r = makeRich();
        ContactRemoval removal(*m_contacts);
        QString error;
        for (const qint64 id : {plain, r.zelda}) {
            const auto snapshot = removal.remove(id, &error);
            QVERIFY2(snapshot, qPrintable(error));
            const qint64 before = changeMark();
            QVERIFY(before >= 0);
            QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
            QVERIFY2(changeMark() > before, qPrintable(u"contact #%1"_s.arg(id)));
        }
    }

    void removeUnknownContact()
    {
        ContactRemoval removal(*m_contacts);
        QString error;
        QVERIFY(!removal.remove(4711, &error));
        QVERIFY(error.contains(u"4711"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ContactRemoval)
#include "tst_contactremoval.moc"
