// PreferenceSet: the Preferences dialog's save is one change — a refused
// part (the queue, the window) leaves every other preference as it was, and
// the engagement window's cache follows a rollback.

#include "db/Database.h"
#include "settings/PreferenceSet.h"
#include "store/EngagementStore.h"
#include "store/SettingStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_PreferenceSet : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    PreferenceSet current() const
    {
        SettingStore settings(*m_db);
        return {OutreachSettings::load(settings), QueueSettings::load(settings),
                IndustryScope::load(settings), EngagementStore(*m_db).windowDays()};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir->filePath(u"p.sqlite"_s), &error), qPrintable(error));
    }

    void savesEveryPart()
    {
        EngagementStore engagement(*m_db);
        PreferenceSet set = current();
        set.outreach.myName = u"Robin"_s;
        set.queue.capacity = 12;
        set.industries.own = u"Software Development"_s;
        set.windowDays = set.windowDays + 30;
        bool tiers = false;
        QString error;
        QVERIFY2(set.save(*m_db, engagement, &tiers, &error), qPrintable(error));
        QVERIFY(tiers);
        const PreferenceSet read = current();
        QCOMPARE(read.outreach.myName, u"Robin"_s);
        QCOMPARE(read.queue.capacity, 12);
        QCOMPARE(read.industries.own, u"Software Development"_s);
        QCOMPARE(read.windowDays, set.windowDays);
        QCOMPARE(engagement.windowDays(), set.windowDays);

        // The same values again: the window did not change, no re-tiering.
        QVERIFY2(set.save(*m_db, engagement, &tiers, &error), qPrintable(error));
        QVERIFY(!tiers);
    }

    void aRefusedQueueKeepsTheOthersAsTheyWere()
    {
        EngagementStore engagement(*m_db);
        const PreferenceSet before = current();
        PreferenceSet set = before;
        set.outreach.myName = u"Robin"_s; // saved first, then undone
        set.queue.capacity = 100000;      // out of range
        bool tiers = true;
        QString error;
        QVERIFY(!set.save(*m_db, engagement, &tiers, &error));
        QVERIFY(!tiers);
        QVERIFY2(error.contains(u"daily queue"_s), qPrintable(error));
        QCOMPARE(current().outreach.myName, before.outreach.myName);
        QCOMPARE(current().queue.capacity, before.queue.capacity);
    }

    void aRefusedWindowUndoesTheRestAndItsCache()
    {
        EngagementStore engagement(*m_db);
        const PreferenceSet before = current();
        PreferenceSet set = before;
        set.outreach.myName = u"Robin"_s;
        set.queue.capacity = before.queue.capacity + 1;
        set.windowDays = 100000; // out of range: refused after the rest was written
        QString error;
        QVERIFY(!set.save(*m_db, engagement, nullptr, &error));
        QVERIFY2(error.contains(u"engagement window"_s), qPrintable(error));
        const PreferenceSet read = current();
        QCOMPARE(read.outreach.myName, before.outreach.myName);
        QCOMPARE(read.queue.capacity, before.queue.capacity);
        QCOMPARE(engagement.windowDays(), before.windowDays);
    }
};

QTEST_GUILESS_MAIN(tst_PreferenceSet)
#include "tst_preferenceset.moc"
