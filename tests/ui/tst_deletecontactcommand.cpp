// Deleting a contact in the window and undoing it (DeleteContactCommand on
// an undo stack): a do-not-contact contact comes back with the flag, its
// other keep-in-touch settings and today's queue item; redo deletes it
// again and a second undo still restores all of it.

#include "contacts/DeleteContactCommand.h"
#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/KeepInTouchStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_DeleteContactCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<KeepInTouchStore> m_keep;
    QDate m_today;

    QString queueStatus(qint64 contact)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT status FROM queue_item WHERE day = ? AND contact_id = ?"_s);
        q.addBindValue(m_today.toString(Qt::ISODate));
        q.addBindValue(contact);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    void checkRestored(const Contact &before, const KeepInTouch &settings)
    {
        QString error;
        const auto back = m_keep->get(before.id, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->doNotContact);
        QVERIFY(back->sameSettings(settings));
        QCOMPARE(queueStatus(before.id), u"never"_s);
        const auto contact = m_contacts->get(before.id);
        QVERIFY(contact);
        QCOMPARE(*contact, before);
        QCOMPARE(contact->updatedAt, before.updatedAt);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"d.sqlite"_s), &error), qPrintable(error));
        m_contacts = std::make_unique<ContactStore>(m_db);
        m_keep = std::make_unique<KeepInTouchStore>(m_db);
        m_today = QDate::currentDate();
    }

    void cleanupTestCase()
    {
        m_keep.reset();
        m_contacts.reset();
        m_db.close();
    }

    void undoBringsBackDoNotContactAndTodaysItem()
    {
        QString error;
        Contact dana;
        dana.firstName = u"Dana"_s;
        dana.lastName = u"Nope"_s;
        dana.tags = {u"Former clients"_s};
        QVERIFY2(m_contacts->add(dana, &error), qPrintable(error));
        QSqlQuery plan(m_db.connection());
        plan.prepare(u"INSERT INTO queue_item (day, position, contact_id, action, status) "
                     "VALUES (?, 1, ?, 'reconnect', 'open')"_s);
        plan.addBindValue(m_today.toString(Qt::ISODate));
        plan.addBindValue(dana.id);
        QVERIFY(plan.exec());
        KeepInTouch settings;
        settings.cadenceDays = 45;
        settings.doNotContact = true;
        settings.snoozedUntil = m_today.addDays(7);
        QVERIFY2(m_keep->set(dana.id, settings, m_today, &error), qPrintable(error));
        QCOMPARE(queueStatus(dana.id), u"never"_s);
        const Contact before = *m_contacts->get(dana.id);

        QUndoStack stack;
        auto *command = new DeleteContactCommand(*m_contacts, before);
        QStringList failures;
        command->setErrorHandler([&](const QString &e) { failures << e; });
        QVERIFY2(command->apply(&error), qPrintable(error));
        stack.push(command);
        QCOMPARE(stack.undoText(), u"Delete Dana Nope"_s);
        QVERIFY(!m_contacts->get(dana.id));
        QCOMPARE(queueStatus(dana.id), QString());

        stack.undo();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        checkRestored(before, settings);
        if (QTest::currentTestFailed())
            return;

        stack.redo();
        QVERIFY(!m_contacts->get(dana.id));
        stack.undo();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        checkRestored(before, settings);
    }
};

QTEST_MAIN(tst_DeleteContactCommand)
#include "tst_deletecontactcommand.moc"
