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
            q.exec(u"INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')"_s);
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
        QVERIFY(indexSchema().contains(u"contact_by_name"_s));
        QVERIFY(!indexSchema().contains(u"contact_by_company"_s));
        QVERIFY2(load.finish(&error), qPrintable(error));
        QVERIFY(!load.isActive());
        QCOMPARE(indexSchema(), before);
        QVERIFY(tx.commit());
        QCOMPARE(indexSchema(), before);
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
