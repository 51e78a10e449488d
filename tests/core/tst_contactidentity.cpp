// ContactIdentity: UIDs are RFC 9562 version-8 UUIDs, stable per contact
// and database, read back to the contact only by the database that wrote
// them; the database's id is stored once.

#include "db/Database.h"
#include "io/ContactIdentity.h"
#include "store/SettingStore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactIdentity : public QObject
{
    Q_OBJECT

private slots:
    void uidForm()
    {
        const ContactIdentity id = ContactIdentity::fromDatabaseUid(u"db-one"_s);
        const QString uid = id.uid(42);
        static const QRegularExpression form(
            u"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QVERIFY2(form.match(uid).hasMatch(), qPrintable(uid));
        QCOMPARE(id.uid(42), uid);
        QVERIFY(id.uid(43) != uid);
        QVERIFY(ContactIdentity::fromDatabaseUid(u"db-two"_s).uid(42) != uid);
    }

    void readBackOnlyByItsDatabase()
    {
        const ContactIdentity one = ContactIdentity::fromDatabaseUid(u"db-one"_s);
        const ContactIdentity two = ContactIdentity::fromDatabaseUid(u"db-two"_s);
        for (const qint64 contact : {qint64(1), qint64(7), qint64(123456789012)}) {
            const QString uid = one.uid(contact);
            QCOMPARE(one.contactId(uid), std::optional<qint64>(contact));
            QVERIFY(one.isOurs(uid));
            QCOMPARE(two.contactId(uid), std::nullopt);
            QVERIFY(!two.isOurs(uid));
            // Case and the urn prefix do not matter.
            QCOMPARE(one.contactId(uid.toUpper().mid(9)), std::optional<qint64>(contact));
            QCOMPARE(ContactIdentity::key(uid), ContactIdentity::key(uid.toUpper().mid(9)));
        }
        for (const QString &other :
             {u""_s, u"garbage"_s, u"urn:uuid:1234"_s, u"5f1d3a2e-8a55-4b0e-9c3e-2f7d8c6b1a00"_s}) {
            QCOMPARE(one.contactId(other), std::nullopt);
            QVERIFY(!one.isOurs(other));
        }
    }

    void databaseIdIsStoredOnce()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"i.sqlite"_s), &error), qPrintable(error));
        QVERIFY(SettingStore(db).value(u"database_uid"_s).isEmpty());
        const QString first = ContactIdentity::forDatabase(db).uid(5);
        const QString stored = SettingStore(db).value(u"database_uid"_s);
        QVERIFY(!stored.isEmpty());
        QCOMPARE(ContactIdentity::forDatabase(db).uid(5), first);
        QCOMPARE(ContactIdentity::fromDatabaseUid(stored).uid(5), first);

        Database other;
        QVERIFY2(other.open(dir.filePath(u"j.sqlite"_s), &error), qPrintable(error));
        QVERIFY(ContactIdentity::forDatabase(other).uid(5) != first);
    }
};

QTEST_GUILESS_MAIN(tst_ContactIdentity)
#include "tst_contactidentity.moc"
