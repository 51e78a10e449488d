// Value given to contacts, and the timeline that shows it beside outreach
// and engagement.

#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/OutreachStore.h"
#include "store/TimelineStore.h"
#include "store/ValueGivenStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ValueGivenStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    int m_run = 0;
    qint64 m_contact = 0;

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"v%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        ContactStore contacts(m_db);
        Contact c;
        c.firstName = u"Ana"_s;
        QVERIFY(contacts.add(c, &error));
        m_contact = c.id;
    }
    void cleanup() { m_db.close(); }

    void addRemoveRestore()
    {
        ValueGivenStore store(m_db);
        ValueGiven v;
        v.contactId = m_contact;
        v.kind = u"introduction"_s;
        v.date = QDate(2026, 11, 2);
        v.note = u"Introduced to a hiring manager at Northwind"_s;
        QString error;
        QVERIFY2(store.add(v, &error), qPrintable(error));
        QCOMPARE(*store.get(v.id), v);
        QCOMPARE(store.countForContact(m_contact), 1);
        QVERIFY(store.remove(v.id, &error));
        QVERIFY(!store.get(v.id));
        ValueGiven back = v;
        QVERIFY(store.add(back, &error));
        QCOMPARE(back.id, v.id);
        QVERIFY(!store.remove(999, &error));
    }

    void invalidValueIsRefused_data()
    {
        QTest::addColumn<qint64>("contact");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("message");
        QTest::newRow("no contact") << qint64(99) << u"howto"_s << QDate(2026, 1, 1) << u"99"_s;
        QTest::newRow("bad kind") << qint64(-1) << u"gift"_s << QDate(2026, 1, 1) << u"gift"_s;
        QTest::newRow("no date") << qint64(-1) << u"howto"_s << QDate() << u"day"_s;
        QTest::newRow("future") << qint64(-1) << u"howto"_s << QDate::currentDate().addDays(30)
                                << u"future"_s;
    }
    void invalidValueIsRefused()
    {
        QFETCH(qint64, contact);
        QFETCH(QString, kind);
        QFETCH(QDate, date);
        QFETCH(QString, message);
        ValueGivenStore store(m_db);
        ValueGiven v;
        v.contactId = contact < 0 ? m_contact : contact;
        v.kind = kind;
        v.date = date;
        QString error;
        QVERIFY(!store.add(v, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(store.countForContact(m_contact), 0);
    }

    void timelineMixesAllThreeNewestFirst()
    {
        QString error;
        EngagementStore engagement(m_db);
        Engagement like;
        like.contactId = m_contact;
        like.kind = EngagementKind::Like;
        like.date = QDate(2026, 10, 1);
        QVERIFY(engagement.log(like, &error));
        OutreachStore outreach(m_db);
        Outreach msg;
        msg.contactId = m_contact;
        msg.channel = u"message"_s;
        msg.direction = u"out"_s;
        msg.happenedAt = QDateTime(QDate(2026, 10, 5), QTime(9, 0), QTimeZone::utc());
        msg.body = u"Thanks for the like!\nSecond line"_s;
        QVERIFY(outreach.add(msg, &error));
        ValueGivenStore values(m_db);
        ValueGiven v;
        v.contactId = m_contact;
        v.kind = u"howto"_s;
        v.date = QDate(2026, 10, 3);
        QVERIFY(values.add(v, &error));

        const QList<TimelineEntry> t = TimelineStore(m_db).forContact(m_contact);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t[0].source, TimelineEntry::OutreachRecord);
        QCOMPARE(t[0].note, u"Thanks for the like!"_s);
        QCOMPARE(t[0].channel, u"message"_s);
        QCOMPARE(t[1].source, TimelineEntry::ValueGivenRecord);
        QCOMPARE(t[1].valueKind, u"howto"_s);
        QCOMPARE(t[2].source, TimelineEntry::EngagementEvent);
        QCOMPARE(TimelineStore(m_db).forContact(m_contact, 2).size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ValueGivenStore)
#include "tst_valuegivenstore.moc"
