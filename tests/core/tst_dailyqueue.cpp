// DailyQueue: the day's queue planned once and stored, read back unchanged
// by later calls and other stores; shown but not stored in a read-only
// database; refused for an invalid day.

#include "QueueScenario.h"
#include "planning/DailyQueue.h"
#include "store/QueueStore.h"

#include <QTemporaryDir>
#include <QTest>

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

// Ana and Ben commented, Dee connected, Hal is a connection never in touch.
const QString baseFacts = u"c Ana deg=2; e Ana comment -3 P; c Ben deg=2; e Ben comment -2 P; "
                          "c Dee deg=1 conn=-2; c Hal deg=1 conn=-200"_s;

} // namespace

class tst_DailyQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    QString nextPath() { return m_dir.filePath(u"d%1.sqlite"_s.arg(++m_run)); }

private slots:
    void plannedOnceADay()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        test::QueueScenario s{db, today, {}, {}};
        QVERIFY(s.load(baseFacts));
        QueueStore store(db);
        QVERIFY(!store.hasQueue(today));
        const QList<QueueItem> first = DailyQueue::todayQueue(store, today, {}, &error);
        QCOMPARE(names(first), (QStringList{u"Ben"_s, u"Ana"_s, u"Dee"_s, u"Hal"_s}));
        QVERIFY(store.hasQueue(today));
        // A new comment later in the day does not reorder today's queue.
        QVERIFY(s.load(u"c Cy deg=2; e Cy follow 0"_s));
        const QList<QueueItem> again = DailyQueue::todayQueue(store, today, {}, &error);
        QCOMPARE(names(again), names(first));
        QCOMPARE(again.at(1).reason, first.at(1).reason);
        QCOMPARE(again.at(1).templateName, u"Invitation note"_s);
        QCOMPARE(again.at(1).position, 2);
        // Another store (the CLI) reads the same queue.
        QueueStore other(db);
        QCOMPARE(names(other.items(today)), names(first));
        // The next day is planned afresh, with Cy's follow.
        QVERIFY(
            names(DailyQueue::todayQueue(store, today.addDays(1), {}, &error)).contains(u"Cy"_s));
        QVERIFY(error.isEmpty());
    }

    void readOnlyIsShownNotStored()
    {
        const QString path = nextPath();
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            test::QueueScenario s{db, today, {}, {}};
            QVERIFY(s.load(baseFacts));
        }
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error, Database::Access::ReadOnly), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QueueStore store(db);
        const QList<QueueItem> shown = DailyQueue::todayQueue(store, today, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(names(shown), (QStringList{u"Ben"_s, u"Ana"_s, u"Dee"_s, u"Hal"_s}));
        QVERIFY(!store.hasQueue(today));
    }

    void invalidDayIsRefused()
    {
        Database db;
        QString error;
        QVERIFY(db.open(nextPath(), &error));
        QueueStore store(db);
        QVERIFY(DailyQueue::todayQueue(store, QDate(), {}, &error).isEmpty());
        QCOMPARE(error, u"The queue needs a valid day."_s);
    }
};

QTEST_GUILESS_MAIN(tst_DailyQueue)
#include "tst_dailyqueue.moc"
