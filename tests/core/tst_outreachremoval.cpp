// Deleting one outreach and putting it back: its replies point at it again,
// the message it answered gets back the outcome its delete took, queue items
// find it again, nothing gets attached that was not, in one transaction.

#include "TableDump.h"
#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "store/OutreachRemoval.h"
#include "store/OutreachStore.h"

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

} // namespace

class tst_OutreachRemoval : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<OutreachStore> m_store;
    int m_run = 0;
    qint64 m_ana = 0;
    qint64 m_sent = 0;   // Ana's message
    qint64 m_reply = 0;  // her answer, which marked m_sent replied
    qint64 m_second = 0; // a second answer to m_sent

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

    Outreach make(const QString &direction, const QString &when, const QString &body)
    {
        Outreach o;
        o.contactId = m_ana;
        o.channel = u"message"_s;
        o.direction = direction;
        o.happenedAt = at(when);
        o.body = body;
        return o;
    }

    // The database's change mark, as an import records it.
    qint64 changeMark()
    {
        QSqlQuery q(m_db.connection());
        return q.exec(u"SELECT "_s + ImportJournal::changeMarkSql()) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    QString lastContacted()
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT last_contacted_at FROM contact WHERE id = ?"_s);
        q.addBindValue(m_ana);
        return q.exec() && q.next() ? q.value(0).toString() : u"?"_s;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"o%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_contacts = std::make_unique<ContactStore>(m_db);
        m_store = std::make_unique<OutreachStore>(m_db);
        Contact ana;
        ana.firstName = u"Ana"_s;
        ana.lastName = u"Berg"_s;
        QVERIFY2(m_contacts->add(ana, &error), qPrintable(error));
        m_ana = ana.id;
        Outreach sent = make(u"out"_s, u"2026-10-01T09:00:00Z"_s, u"Hello"_s);
        QVERIFY2(m_store->add(sent, &error), qPrintable(error));
        m_sent = sent.id;
        Outreach reply = make(u"in"_s, u"2026-10-02T09:00:00Z"_s, u"Hi!"_s);
        QVERIFY2(m_store->add(reply, &error), qPrintable(error));
        m_reply = reply.id;
        QCOMPARE(reply.replyTo, m_sent);
        Outreach second = make(u"in"_s, u"2026-10-03T09:00:00Z"_s, u"And also"_s);
        QVERIFY2(m_store->add(second, &error), qPrintable(error));
        m_second = second.id;
        QCOMPARE(second.replyTo, m_sent);
        QCOMPARE(m_store->get(m_sent)->outcome, u"replied"_s);
        QCOMPARE(m_store->get(m_sent)->outcomeAt, reply.happenedAt);
        // Today's queue item was done by sending m_sent.
        QVERIFY(exec(u"INSERT INTO queue_item (day, position, contact_id, action, status, "
                     "related_outreach_id, done_outreach_id) VALUES ('2026-10-01', 1, ?, "
                     "'reconnect', 'done', ?, ?)"_s,
                     {m_ana, m_sent, m_sent}));
    }

    void cleanup()
    {
        m_store.reset();
        m_contacts.reset();
        m_db.close();
    }

    void messageWithRepliesComesBack()
    {
        const auto before = test::dumpTables(m_db);
        OutreachRemoval removal(m_db, *m_store);
        QString error;
        const auto snapshot = removal.remove(m_sent, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(!m_store->get(m_sent));
        QCOMPARE(m_store->get(m_reply)->replyTo, 0);
        QCOMPARE(m_store->get(m_second)->replyTo, 0);

        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        QCOMPARE(m_store->get(m_reply)->replyTo, m_sent);
        QCOMPARE(m_store->get(m_second)->replyTo, m_sent);
        QString difference;
        QVERIFY2(test::sameTables(before, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
    }

    void replyComesBackWithTheOutcomeItSet()
    {
        // Only one answer, so deleting it takes the "replied" it gave.
        QString error;
        QVERIFY2(m_store->remove(m_second, &error), qPrintable(error));
        const auto before = test::dumpTables(m_db);
        const QString contactedBefore = lastContacted();
        OutreachRemoval removal(m_db, *m_store);
        const auto snapshot = removal.remove(m_reply, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(m_store->get(m_sent)->outcome, QString());
        QVERIFY(lastContacted() != contactedBefore);

        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        const auto reply = m_store->get(m_reply);
        QVERIFY(reply);
        QCOMPARE(reply->replyTo, m_sent);
        QCOMPARE(m_store->get(m_sent)->outcome, u"replied"_s);
        QCOMPARE(m_store->get(m_sent)->outcomeAt, reply->happenedAt);
        QCOMPARE(lastContacted(), contactedBefore);
        QString difference;
        QVERIFY2(test::sameTables(before, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
    }

    void outcomeChangedMeanwhileIsKept()
    {
        QString error;
        QVERIFY2(m_store->remove(m_second, &error), qPrintable(error));
        OutreachRemoval removal(m_db, *m_store);
        const auto snapshot = removal.remove(m_reply, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const QDateTime when = at(u"2026-10-05T12:00:00Z"_s);
        QVERIFY2(m_store->setOutcome(m_sent, u"not-interested"_s, when, &error), qPrintable(error));
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        QCOMPARE(m_store->get(m_sent)->outcome, u"not-interested"_s);
        QCOMPARE(m_store->get(m_sent)->outcomeAt, when);
        QCOMPARE(m_store->get(m_reply)->replyTo, m_sent);
    }

    void unattachedMessageStaysUnattached()
    {
        // An answer the user detached: on its way back it is not attached
        // to the latest message sent, as adding it anew would.
        QString error;
        auto detached = *m_store->get(m_second);
        detached.replyTo = 0;
        QVERIFY2(m_store->update(detached, &error), qPrintable(error));
        const auto before = test::dumpTables(m_db);
        OutreachRemoval removal(m_db, *m_store);
        const auto snapshot = removal.remove(m_second, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        QCOMPARE(m_store->get(m_second)->replyTo, 0);
        QString difference;
        QVERIFY2(test::sameTables(before, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
    }

    void restoreIsOneTransaction()
    {
        QString error;
        QVERIFY2(m_store->remove(m_second, &error), qPrintable(error));
        OutreachRemoval removal(m_db, *m_store);
        const auto snapshot = removal.remove(m_sent, &error);
        QVERIFY2(snapshot, qPrintable(error));
        // Linking the reply back fails, after the row itself is in.
        QVERIFY(exec(u"CREATE TEMP TRIGGER refuse_link BEFORE UPDATE OF reply_to ON "
                     "main.outreach BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
        const auto afterRemove = test::dumpTables(m_db);
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY(!error.isEmpty());
        QString difference;
        QVERIFY2(test::sameTables(afterRemove, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
        QCOMPARE(m_db.transactionDepth(), 0);
        QVERIFY(exec(u"DROP TRIGGER temp.refuse_link"_s));
        QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
        QCOMPARE(m_store->get(m_reply)->replyTo, m_sent);
    }

    void restoreAfterTheContactWentFails()
    {
        OutreachRemoval removal(m_db, *m_store);
        QString error;
        const auto snapshot = removal.remove(m_reply, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY2(m_contacts->remove(m_ana, &error), qPrintable(error));
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY2(error.contains(u"#%1"_s.arg(m_ana)), qPrintable(error));
    }

    void restoreMovesTheChangeMark()
    {
        // A message nothing points at and that answered nothing: putting it
        // back under its old id moves no counter by itself, yet the
        // database changed (an import undone later must see that).
        Outreach note = make(u"out"_s, u"2026-10-04T09:00:00Z"_s, u"One more thing"_s);
        QString error;
        QVERIFY2(m_store->add(note, &error), qPrintable(error));
        OutreachRemoval removal(m_db, *m_store);
        for (const qint64 id : {note.id, m_second, m_sent}) {
            const auto snapshot = removal.remove(id, &error);
            QVERIFY2(snapshot, qPrintable(error));
            const qint64 before = changeMark();
            QVERIFY(before >= 0);
            QVERIFY2(removal.restore(*snapshot, &error), qPrintable(error));
            QVERIFY2(changeMark() > before, qPrintable(u"outreach #%1"_s.arg(id)));
        }
    }

    void restoreRefusesAMessageAnImportBroughtBack()
    {
        // An imported message, deleted, then imported again (same source
        // key, new id): undoing the delete must not fail on the key.
        Outreach imported = make(u"in"_s, u"2026-10-06T09:00:00Z"_s, u"From LinkedIn"_s);
        imported.sourceKey = u"linkedin:message:ana:1"_s;
        QString error;
        QVERIFY2(m_store->add(imported, &error), qPrintable(error));
        OutreachRemoval removal(m_db, *m_store);
        const auto snapshot = removal.remove(imported.id, &error);
        QVERIFY2(snapshot, qPrintable(error));
        Outreach again = imported;
        again.id = 0;
        again.replyTo = 0;
        QVERIFY2(m_store->add(again, &error), qPrintable(error));
        QVERIFY(again.id != imported.id);

        const auto before = test::dumpTables(m_db);
        const qint64 mark = changeMark();
        error.clear();
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY2(error.contains(u"message from Ana Berg"_s), qPrintable(error));
        QVERIFY2(error.contains(u"import"_s), qPrintable(error));
        QVERIFY2(error.contains(u"#%1"_s.arg(again.id)), qPrintable(error));
        QVERIFY2(error.contains(u"Nothing was changed"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"report"_s), qPrintable(error));
        QString difference;
        QVERIFY2(test::sameTables(before, test::dumpTables(m_db), &difference),
                 qPrintable(difference));
        QCOMPARE(changeMark(), mark);
        QCOMPARE(m_db.transactionDepth(), 0);
    }

    void refusedMessageNamesWhoHasItNow()
    {
        // The import filed the message under another contact.
        Outreach imported = make(u"out"_s, u"2026-10-06T09:00:00Z"_s, u"Invitation"_s);
        imported.channel = u"invitation"_s;
        imported.sourceKey = u"linkedin:invitation:ana"_s;
        QString error;
        QVERIFY2(m_store->add(imported, &error), qPrintable(error));
        OutreachRemoval removal(m_db, *m_store);
        const auto snapshot = removal.remove(imported.id, &error);
        QVERIFY2(snapshot, qPrintable(error));
        Contact other;
        other.firstName = u"Anna"_s;
        other.lastName = u"Berg-Lund"_s;
        QVERIFY2(m_contacts->add(other, &error), qPrintable(error));
        Outreach again = imported;
        again.id = 0;
        again.contactId = other.id;
        QVERIFY2(m_store->add(again, &error), qPrintable(error));
        QVERIFY(!removal.restore(*snapshot, &error));
        QVERIFY2(error.contains(u"invitation to Ana Berg"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Anna Berg-Lund"_s), qPrintable(error));
        QVERIFY2(error.contains(u"#%1"_s.arg(again.id)), qPrintable(error));
    }

    void removeUnknownOutreach()
    {
        OutreachRemoval removal(m_db, *m_store);
        QString error;
        QVERIFY(!removal.remove(4711, &error));
        QVERIFY(error.contains(u"4711"_s));
    }
};

QTEST_GUILESS_MAIN(tst_OutreachRemoval)
#include "tst_outreachremoval.moc"
