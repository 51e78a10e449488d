#include "db/Database.h"
#include "db/WalCheckpointer.h"
#include "store/ContactStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

// Checkpoints on a worker connection: the writing connection stops
// checkpointing itself, every committed write reaches the database file
// (not only the log), nothing is lost, and the connection gets its
// automatic checkpoint back afterwards.
class tst_WalCheckpointer : public QObject
{
    Q_OBJECT

    static int pragma(const Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toInt() : -1;
    }

    // Contacts in the main file alone, read from a copy without its log.
    static int contactsInMainFile(const QString &path, const QString &copy)
    {
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return -1;
        int n = -1;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"copy"_s);
            raw.setDatabaseName(copy);
            if (raw.open()) {
                QSqlQuery q(raw);
                if (q.exec(u"SELECT count(*) FROM contact"_s) && q.next())
                    n = q.value(0).toInt();
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"copy"_s);
        return n;
    }

private slots:
    void writesReachTheFileFromTheWorker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        Database db;
        QVERIFY(db.open(path, nullptr));
        QCOMPARE(pragma(db, u"wal_autocheckpoint"_s), 1000);
        const int writes = 300;
        {
            WalCheckpointer checkpointer(db, 10, 20);
            QVERIFY(checkpointer.isRunning());
            // The writing connection never checkpoints while it runs.
            QCOMPARE(pragma(db, u"wal_autocheckpoint"_s), 0);
            ContactStore store(db);
            for (int i = 0; i < writes; ++i) {
                Contact c;
                c.firstName = u"Person %1"_s.arg(i);
                QString error;
                QVERIFY2(store.add(c, &error), qPrintable(error));
            }
            // Once writing pauses the log is copied.
            QTRY_COMPARE_WITH_TIMEOUT(contactsInMainFile(path, dir.filePath(u"copy.sqlite"_s)),
                                      writes, 10000);
            QVERIFY(checkpointer.completeCheckpoints() > 0);
            // Writes after the worker's last run are checkpointed as it stops.
            Contact late;
            late.firstName = u"Late"_s;
            QString error;
            QVERIFY2(store.add(late, &error), qPrintable(error));
        }
        QCOMPARE(contactsInMainFile(path, dir.filePath(u"copy2.sqlite"_s)), writes + 1);
        QCOMPARE(pragma(db, u"wal_autocheckpoint"_s), 1000);
        db.close();
        // Reopened: every write is there.
        Database again;
        QVERIFY(again.open(path, nullptr));
        QCOMPARE(ContactStore(again).totalCount(), writes + 1);
    }

    // While commits keep coming the worker leaves the log alone (its
    // flushes would compete with the commits'), and copies it once they
    // pause.
    void waitsForAPauseInWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.sqlite"_s);
        Database db;
        QVERIFY(db.open(path, nullptr));
        // Polls every 5 ms; a pause is 3 s without a commit (far longer than
        // any gap between two adds, even on a loaded machine).
        WalCheckpointer checkpointer(db, 5, 3000, 600000);
        ContactStore store(db);
        QElapsedTimer burst;
        burst.start();
        int writes = 0;
        while (burst.elapsed() < 600) {
            Contact c;
            c.firstName = u"Burst %1"_s.arg(writes++);
            QString error;
            QVERIFY2(store.add(c, &error), qPrintable(error));
            QTest::qWait(2);
        }
        QCOMPARE(checkpointer.checkpoints(), 0);
        QVERIFY(contactsInMainFile(path, dir.filePath(u"copy.sqlite"_s)) < writes);
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.completeCheckpoints() == 1, 15000);
        QCOMPARE(contactsInMainFile(path, dir.filePath(u"copy2.sqlite"_s)), writes);
        // Nothing new: no further checkpoint.
        QTest::qWait(100);
        QCOMPARE(checkpointer.checkpoints(), 1);
    }

    // A burst longer than the longest delay is checkpointed while it lasts:
    // the log never grows without end.
    void checkpointsAnEndlessBurst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.sqlite"_s);
        Database db;
        QVERIFY(db.open(path, nullptr));
        WalCheckpointer checkpointer(db, 5, 600000, 100);
        ContactStore store(db);
        QElapsedTimer burst;
        burst.start();
        int writes = 0;
        while (checkpointer.completeCheckpoints() == 0 && burst.elapsed() < 15000) {
            Contact c;
            c.firstName = u"Endless %1"_s.arg(writes++);
            QString error;
            QVERIFY2(store.add(c, &error), qPrintable(error));
            QTest::qWait(2);
        }
        QVERIFY(checkpointer.completeCheckpoints() > 0);
        QVERIFY(contactsInMainFile(path, dir.filePath(u"copy.sqlite"_s)) > 0);
    }

    void readOnlyDatabaseNeedsNoWorker()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(path, nullptr));
        }
        Database db;
        QVERIFY(db.open(path, nullptr, Database::Access::ReadOnly));
        WalCheckpointer checkpointer(db, 10);
        QVERIFY(!checkpointer.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_WalCheckpointer)
#include "tst_walcheckpointer.moc"
