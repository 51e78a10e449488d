// ContactBulkLoad and ContactStore's bulk mode: indexes set aside and rebuilt
// exactly, a rollback restores them, new rows reach the search index at the
// end, and a row of the load can be edited or deleted before it ends.

#include "IndexSchema.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "store/ContactBulkLoad.h"
#include "store/ContactStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactBulkLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;

    QString indexSchema() { return test::indexSchema(*m_db); }
    bool searchIndexIntact()
    {
        QSqlQuery q(m_db->connection());
        const bool ok =
            q.exec(u"INSERT INTO contact_fts(contact_fts, rank) VALUES ('integrity-check', 1)"_s);
        if (!ok)
            qWarning() << q.lastError().text();
        return ok;
    }
    int matches(const QString &search)
    {
        ContactQuery q;
        q.search = search;
        return m_store->count(q);
    }
    QList<Contact> people(const QString &prefix, int n)
    {
        QList<Contact> list;
        for (int i = 0; i < n; ++i) {
            Contact c;
            c.firstName = prefix + QString::number(i);
            c.lastName = u"Okafor"_s;
            c.company = u"Globex"_s;
            list << c;
        }
        return list;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"bulk-%1.sqlite"_s.arg(
                               QString::fromLatin1(QTest::currentTestFunction()))),
                           nullptr));
        m_store = std::make_unique<ContactStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void worthItOnlyForLoadsBiggerThanTheTable()
    {
        QVERIFY(!ContactBulkLoad::worthIt(0, ContactBulkLoad::MinimumRows - 1));
        QVERIFY(ContactBulkLoad::worthIt(0, ContactBulkLoad::MinimumRows));
        QVERIFY(!ContactBulkLoad::worthIt(50000, 30000)); // re-import into a big database
        QVERIFY(ContactBulkLoad::worthIt(50000, 50000));
    }

    void needsATransaction()
    {
        ContactBulkLoad load(*m_db);
        QString error;
        QVERIFY(!load.begin(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!load.isActive());
    }

    void setsIndexesAsideAndRebuildsThemExactly()
    {
        const QString before = indexSchema();
        Transaction tx(*m_db);
        ContactBulkLoad load(*m_db);
        QString error;
        QVERIFY2(load.begin(&error), qPrintable(error));
        QVERIFY(load.isActive());
        QVERIFY(load.droppedIndexes().contains(u"contact_by_company"_s));
        QVERIFY(!load.droppedIndexes().contains(u"contact_by_name"_s)); // looked up during loads
        // A partial index no new contact enters stays (nothing to rebuild).
        QVERIFY(!load.droppedIndexes().contains(u"contact_score_dirty"_s));
        QVERIFY(load.droppedIndexes().contains(u"contact_keep_in_touch"_s)); // new rows enter it
        QVERIFY(indexSchema().contains(u"contact_by_name"_s));
        QVERIFY(!indexSchema().contains(u"contact_by_company"_s));
        QVERIFY2(load.finish(&error), qPrintable(error));
        QVERIFY(!load.isActive());
        QCOMPARE(indexSchema(), before);
        QVERIFY(tx.commit());
        QCOMPARE(indexSchema(), before);
    }

    // A load that says which columns vary keeps the indexes on the others
    // in place (each new row's entry goes at their end) and rebuilds only
    // the rest; every index answers as before and the file is intact.
    void indexesOnColumnsTheLoadLeavesAloneStay()
    {
        QList<Contact> existing = people(u"Ada"_s, 3);
        QVERIFY(m_store->addBatch(existing, nullptr));
        const QString before = indexSchema();
        Transaction tx(*m_db);
        QString error;
        const QStringList varying = {u"first_name"_s, u"last_name"_s, u"sort_name"_s, u"company"_s,
                                     u"connected_on"_s};
        QVERIFY2(m_store->beginBulkLoad(&error, true, varying), qPrintable(error));
        // Set aside: on a varying column (the tier index on the name too).
        QVERIFY(!indexSchema().contains(u"contact_by_company"_s));
        QVERIFY(!indexSchema().contains(u"contact_by_connected"_s));
        QVERIFY(!indexSchema().contains(u"contact_by_tier_name"_s));
        QVERIFY(!indexSchema().contains(u"contact_keep_in_touch"_s));
        // Kept: on what the load leaves alone, and the name index it looks up.
        for (const QString &kept :
             {u"contact_by_industry"_s, u"contact_by_location"_s, u"contact_by_degree"_s,
              u"contact_by_created"_s, u"contact_by_score"_s, u"contact_by_name"_s})
            QVERIFY2(indexSchema().contains(kept), qPrintable(kept));
        QList<Contact> batch = people(u"Bea"_s, 2500);
        for (int i = 0; i < batch.size(); ++i) {
            batch[i].company = u"Company %1"_s.arg(i % 37);
            batch[i].degree = 1;
        }
        QVERIFY2(m_store->addBatch(batch, &error), qPrintable(error));
        QVERIFY2(m_store->endBulkLoad(&error), qPrintable(error));
        QVERIFY(tx.commit(&error));
        QCOMPARE(indexSchema(), before);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        // A kept index holds the new rows: read through it alone.
        QVERIFY(q.exec(u"SELECT count(*) FROM contact INDEXED BY contact_by_degree "
                       "WHERE degree = 1"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2500);
        QVERIFY(q.exec(u"SELECT count(*) FROM contact INDEXED BY contact_by_company "
                       "WHERE company = 'Company 5'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 68);
        QCOMPARE(matches(u"bea"_s), 2500);
        QVERIFY(searchIndexIntact());
    }

    // The indexes are sorted in small runs by worker threads; the
    // connection's page cache and thread settings are as before afterwards.
    void sorterSettingsAreRestored()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA cache_size = -12345"_s));
        QVERIFY(q.exec(u"PRAGMA threads = 0"_s));
        Transaction tx(*m_db);
        ContactBulkLoad load(*m_db);
        QString error;
        QVERIFY2(load.begin(&error), qPrintable(error));
        QVERIFY2(load.finish(&error), qPrintable(error));
        QVERIFY(tx.commit());
        QVERIFY(q.exec(u"PRAGMA cache_size"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), -12345);
        QVERIFY(q.exec(u"PRAGMA threads"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // The search index merges less often while a load fills it, and as
    // before afterwards; a rollback puts it back too.
    void searchIndexMergesLessDuringALoad()
    {
        const auto automerge = [this] {
            QSqlQuery q(m_db->connection());
            if (!q.exec(u"SELECT v FROM contact_fts_config WHERE k = 'automerge'"_s))
                return -1;
            return q.next() ? q.value(0).toInt() : 0; // 0: never set (FTS5's default)
        };
        QCOMPARE(automerge(), 0);
        {
            Transaction tx(*m_db);
            ContactBulkLoad load(*m_db);
            QString error;
            QVERIFY2(load.begin(&error), qPrintable(error));
            QCOMPARE(automerge(), 16);
            QList<Contact> list = people(u"Merge"_s, 50);
            QVERIFY(m_store->addBatch(list, &error));
            QVERIFY2(load.finish(&error), qPrintable(error));
            QCOMPARE(automerge(), 4); // FTS5's default, now written down
            QVERIFY(tx.commit());
        }
        QSqlQuery set(m_db->connection());
        QVERIFY(set.exec(u"INSERT INTO contact_fts (contact_fts, rank) VALUES ('automerge', 8)"_s));
        {
            Transaction tx(*m_db);
            ContactBulkLoad load(*m_db);
            QVERIFY(load.begin(nullptr));
            QCOMPARE(automerge(), 16);
            QVERIFY(load.finish(nullptr));
            QCOMPARE(automerge(), 8);
            QVERIFY(tx.commit());
        }
        {
            Transaction tx(*m_db);
            ContactBulkLoad load(*m_db);
            QVERIFY(load.begin(nullptr));
            QCOMPARE(automerge(), 16);
        } // rolled back
        QCOMPARE(automerge(), 8);
        QVERIFY(searchIndexIntact());
    }

    void withoutNameLookupsTheNameIndexGoesToo()
    {
        const QString before = indexSchema();
        Transaction tx(*m_db);
        ContactBulkLoad load(*m_db);
        QVERIFY(load.begin(nullptr, false));
        QVERIFY(load.droppedIndexes().contains(u"contact_by_name"_s));
        QVERIFY(!indexSchema().contains(u"contact_by_name"_s));
        QVERIFY(load.finish(nullptr));
        QVERIFY(tx.commit());
        QCOMPARE(indexSchema(), before);
    }

    void rollbackRestoresIndexes()
    {
        const QString before = indexSchema();
        ContactBulkLoad load(*m_db);
        {
            Transaction tx(*m_db);
            QVERIFY(load.begin(nullptr));
            QVERIFY(indexSchema() != before);
        }
        QCOMPARE(indexSchema(), before);
        QVERIFY(!load.isActive()); // its transaction is gone
        // A new transaction starts a new load from scratch.
        Transaction tx(*m_db);
        QVERIFY(load.begin(nullptr));
        QVERIFY(load.finish(nullptr));
        QVERIFY(tx.commit());
        QCOMPARE(indexSchema(), before);
    }

    void storeIndexesNewRowsForSearchAtTheEnd()
    {
        QList<Contact> existing = people(u"Ada"_s, 3);
        QVERIFY(m_store->addBatch(existing, nullptr));
        const QString before = indexSchema();
        Transaction tx(*m_db);
        QString error;
        QVERIFY2(m_store->beginBulkLoad(&error), qPrintable(error));
        QVERIFY(m_store->isBulkLoading());
        QList<Contact> first = people(u"Bea"_s, 2500);
        QList<Contact> second = people(u"Cem"_s, 2500);
        QVERIFY2(m_store->addBatch(first, &error), qPrintable(error));
        QVERIFY2(m_store->addBatch(second, &error), qPrintable(error));
        QCOMPARE(matches(u"bea"_s), 0); // not yet in the search index
        QVERIFY2(m_store->endBulkLoad(&error), qPrintable(error));
        QVERIFY(!m_store->isBulkLoading());
        QVERIFY(tx.commit(&error));
        QCOMPARE(matches(u"bea"_s), 2500);
        QCOMPARE(matches(u"cem12"_s), 111);
        QCOMPARE(matches(u"okafor globex"_s), 5003);
        QCOMPARE(indexSchema(), before);
        QVERIFY(searchIndexIntact());
    }

    void rowsOfALoadCanBeEditedAndDeletedBeforeItEnds()
    {
        Transaction tx(*m_db);
        QString error;
        QVERIFY(m_store->beginBulkLoad(&error));
        QList<Contact> batch = people(u"Dov"_s, 10);
        QVERIFY(m_store->addBatch(batch, &error));
        Contact edited = batch.at(3);
        edited.firstName = u"Renamed"_s;
        QVERIFY2(m_store->update(edited, &error), qPrintable(error));
        QVERIFY2(m_store->remove(batch.at(5).id, &error), qPrintable(error));
        QList<Contact> more = people(u"Eli"_s, 4);
        QVERIFY(m_store->addBatch(more, &error));
        QVERIFY2(m_store->endBulkLoad(&error), qPrintable(error));
        QVERIFY(tx.commit(&error));
        QVERIFY(searchIndexIntact());
        QCOMPARE(matches(u"dov"_s), 8);
        QCOMPARE(matches(u"renamed"_s), 1);
        QCOMPARE(matches(u"eli"_s), 4);
    }

    // The search check compares the index with the contact table (rank 1):
    // it fails on a row missing from the index or indexed twice.
    void integrityCheckCatchesUnindexedRows()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO contact (first_name, created_at, updated_at) "
                       "VALUES ('Hidden', '2026-01-01', '2026-01-01')"_s));
        QVERIFY(!searchIndexIntact());
    }

    void failedEditDuringALoadKeepsItsRowsIndexed()
    {
        Transaction tx(*m_db);
        QString error;
        QVERIFY(m_store->beginBulkLoad(&error));
        QList<Contact> batch = people(u"Ida"_s, 30);
        QVERIFY(m_store->addBatch(batch, &error));
        Contact ghost = batch.first();
        ghost.id = batch.last().id + 1000; // not there: the edit fails
        QVERIFY(!m_store->update(ghost, &error));
        QVERIFY(!m_store->remove(ghost.id, &error));
        QList<Contact> more = people(u"Jon"_s, 5);
        QVERIFY(m_store->addBatch(more, &error));
        QVERIFY2(m_store->endBulkLoad(&error), qPrintable(error));
        QVERIFY(tx.commit(&error));
        QVERIFY(searchIndexIntact());
        QCOMPARE(matches(u"ida"_s), 30);
        QCOMPARE(matches(u"jon"_s), 5);
    }

    void cannotCommitWithIndexesSetAside()
    {
        const QString before = indexSchema();
        {
            Transaction tx(*m_db);
            QVERIFY(m_store->beginBulkLoad(nullptr));
            QList<Contact> batch = people(u"Kai"_s, 10);
            QVERIFY(m_store->addBatch(batch, nullptr));
            QString error;
            QVERIFY(!tx.commit(&error)); // endBulkLoad() was not called
            QVERIFY2(error.contains(u"index"_s), qPrintable(error));
        }
        QCOMPARE(indexSchema(), before);
        QCOMPARE(m_store->totalCount(), 0);
        // The next transaction commits normally.
        Transaction tx(*m_db);
        QList<Contact> batch = people(u"Lea"_s, 2);
        QVERIFY(m_store->addBatch(batch, nullptr));
        QVERIFY(tx.commit());
        QCOMPARE(matches(u"lea"_s), 2);
    }

    void cancelWhileIndexingForSearch()
    {
        const QString before = indexSchema();
        {
            Transaction tx(*m_db);
            QVERIFY(m_store->beginBulkLoad(nullptr));
            QList<Contact> batch = people(u"Mo"_s, 100);
            QVERIFY(m_store->addBatch(batch, nullptr));
            QString error;
            QVERIFY(!m_store->endBulkLoad(&error, [] { return false; }));
            QVERIFY(!error.isEmpty());
        }
        QCOMPARE(indexSchema(), before);
        QCOMPARE(m_store->totalCount(), 0);
        QVERIFY(searchIndexIntact());
    }

    void insideASavepointRowsAreIndexedAtOnce()
    {
        const QString before = indexSchema();
        Transaction outer(*m_db);
        Transaction step(*m_db);
        QString error;
        QVERIFY2(m_store->beginBulkLoad(&error), qPrintable(error));
        QVERIFY(!m_store->isBulkLoading());
        QCOMPARE(indexSchema(), before);
        QList<Contact> batch = people(u"Ned"_s, 2500);
        QVERIFY(m_store->addBatch(batch, &error));
        QCOMPARE(matches(u"ned"_s), 2500);
        QVERIFY(m_store->endBulkLoad(&error));
        QVERIFY(step.commit());
        QVERIFY(outer.commit());
        QVERIFY(searchIndexIntact());
    }

    void cancelledLoadLeavesNothing()
    {
        QList<Contact> existing = people(u"Ada"_s, 3);
        QVERIFY(m_store->addBatch(existing, nullptr));
        const QString before = indexSchema();
        {
            Transaction tx(*m_db);
            QVERIFY(m_store->beginBulkLoad(nullptr));
            QList<Contact> batch = people(u"Fay"_s, 3000);
            QVERIFY(m_store->addBatch(batch, nullptr));
        }
        QVERIFY(!m_store->isBulkLoading());
        QCOMPARE(m_store->totalCount(), 3);
        QCOMPARE(matches(u"fay"_s), 0);
        QCOMPARE(indexSchema(), before);
        QVERIFY(searchIndexIntact());
        // Outside a load, a batch is searchable at once.
        QList<Contact> batch = people(u"Gus"_s, 2);
        QVERIFY(m_store->addBatch(batch, nullptr));
        QCOMPARE(matches(u"gus"_s), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ContactBulkLoad)
#include "tst_contactbulkload.moc"
