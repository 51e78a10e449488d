#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_Transaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    int count()
    {
        QSqlQuery q(m_db.connection());
        q.exec(u"SELECT count(*) FROM tag"_s);
        q.next();
        return q.value(0).toInt();
    }
    bool insert(const QString &name)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO tag (name) VALUES (?)"_s);
        q.addBindValue(name);
        return q.exec();
    }

private slots:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"tx.sqlite"_s), nullptr));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(u"DELETE FROM tag"_s));
    }
    void cleanup() { m_db.close(); }

    void rollsBackUnlessCommitted()
    {
        {
            Transaction tx(m_db);
            QVERIFY(tx.isActive());
            QVERIFY(insert(u"a"_s));
            QCOMPARE(count(), 1);
        }
        QCOMPARE(count(), 0);
        QCOMPARE(m_db.transactionDepth(), 0);
    }

    void commitKeepsWrites()
    {
        Transaction tx(m_db);
        QVERIFY(insert(u"a"_s));
        QVERIFY(tx.commit());
        QVERIFY(!tx.isActive());
        QCOMPARE(count(), 1);
    }

    void nestedRollbackKeepsOuterWork()
    {
        Transaction outer(m_db);
        QVERIFY(insert(u"outer"_s));
        {
            Transaction inner(m_db);
            QVERIFY(inner.isActive());
            QCOMPARE(m_db.transactionDepth(), 2);
            QVERIFY(insert(u"inner"_s));
        }
        QCOMPARE(count(), 1);
        QVERIFY(outer.commit());
        QCOMPARE(count(), 1);
    }

    void outerRollbackUndoesCommittedInner()
    {
        {
            Transaction outer(m_db);
            Transaction inner(m_db);
            QVERIFY(insert(u"inner"_s));
            QVERIFY(inner.commit());
        }
        QCOMPARE(count(), 0);
    }

    void joinedCommitBelongsToOuter()
    {
        {
            Transaction outer(m_db);
            Transaction joined(m_db, Transaction::Nesting::Join);
            QVERIFY(joined.isActive());
            QCOMPARE(m_db.transactionDepth(), 1); // no savepoint
            QVERIFY(insert(u"joined"_s));
            QVERIFY(joined.commit());
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 1);
        {
            Transaction outer(m_db);
            Transaction joined(m_db, Transaction::Nesting::Join);
            QVERIFY(insert(u"again"_s));
            QVERIFY(joined.commit());
        } // outer rolled back: the joined writes go with it
        QCOMPARE(count(), 1);
    }

    void joinedFailureMakesOuterCommitRefuse()
    {
        Transaction outer(m_db);
        QVERIFY(insert(u"outer"_s));
        {
            Transaction joined(m_db, Transaction::Nesting::Join);
            QVERIFY(insert(u"half"_s));
        } // ended without commit: it cannot undo "half" on its own
        QString error;
        QVERIFY(!outer.commit(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(), 0);
        QCOMPARE(m_db.transactionDepth(), 0);
        // The next transaction starts clean.
        Transaction next(m_db);
        QVERIFY(insert(u"next"_s));
        QVERIFY(next.commit());
        QCOMPARE(count(), 1);
    }

    void savepointRollbackUndoesJoinedFailure()
    {
        Transaction outer(m_db);
        QVERIFY(insert(u"outer"_s));
        {
            Transaction step(m_db);
            Transaction joined(m_db, Transaction::Nesting::Join);
            QVERIFY(insert(u"half"_s));
        } // joined failed, then the savepoint rolled back: "half" is gone
        QCOMPARE(count(), 1);
        QVERIFY(outer.commit());
        QCOMPARE(count(), 1);
    }

    void releasedSavepointPassesFailureOutward()
    {
        Transaction outer(m_db);
        {
            Transaction step(m_db);
            {
                Transaction joined(m_db, Transaction::Nesting::Join);
                QVERIFY(insert(u"half"_s));
            }
            QVERIFY(step.commit()); // the half-written rows move to outer
        }
        QVERIFY(!outer.commit());
        QCOMPARE(count(), 0);
    }

    void joinWithoutOuterIsAnOrdinaryTransaction()
    {
        {
            Transaction tx(m_db, Transaction::Nesting::Join);
            QVERIFY(tx.isActive());
            QCOMPARE(m_db.transactionDepth(), 1);
            QVERIFY(insert(u"a"_s));
        }
        QCOMPARE(count(), 0);
    }

    void secondWriterWaitsThenFails()
    {
        Database other;
        QVERIFY(other.open(m_dir.filePath(u"tx.sqlite"_s), nullptr));
        QSqlQuery shortTimeout(other.connection());
        QVERIFY(shortTimeout.exec(u"PRAGMA busy_timeout = 50"_s));
        Transaction mine(m_db);
        QVERIFY(mine.isActive());
        Transaction theirs(other);
        QVERIFY(!theirs.isActive()); // BEGIN IMMEDIATE: only one writer at a time
        QVERIFY(!theirs.errorText().isEmpty());
        QString error;
        QVERIFY(!theirs.commit(&error));
    }

    void startedSaysTheDatabaseIsBusy()
    {
        Database other;
        QVERIFY(other.open(m_dir.filePath(u"tx.sqlite"_s), nullptr));
        QSqlQuery shortTimeout(other.connection());
        QVERIFY(shortTimeout.exec(u"PRAGMA busy_timeout = 50"_s));
        Transaction mine(m_db);
        QString error = u"untouched"_s;
        QVERIFY(mine.started(&error));
        QCOMPARE(error, u"untouched"_s);
        Transaction theirs(other);
        QVERIFY(!theirs.started(nullptr)); // no error wanted: no crash
        QVERIFY(!theirs.started(&error));
        // A sentence naming the file and what to do, not SQLite's own words.
        QVERIFY2(error.contains(u"tx.sqlite"_s), qPrintable(error));
        QVERIFY2(error.contains(u"busy"_s) && error.contains(u"Try again"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"database is locked"_s), qPrintable(error));
        QVERIFY(error.endsWith(u'.'));
    }
};

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
