#include "domain/ContactQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactCursor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        for (const QVariant &key :
             {QVariant(u"müller, jürgen \"x\""_s), QVariant(2), QVariant(u""_s)}) {
            ContactCursor c{key, 123456, u"company"_s};
            bool ok = false;
            const ContactCursor back = ContactCursor::fromString(c.toString(), &ok);
            QVERIFY(ok);
            QCOMPARE(back.id, 123456);
            QCOMPARE(back.order, u"company"_s);
            QCOMPARE(back.key.toString(), key.toString());
        }
    }

    void keyTypeMustFitTheSort()
    {
        QVERIFY((ContactCursor{u"x"_s, 1, {}}).fits(ContactSort::Name));
        QVERIFY(!(ContactCursor{u"x"_s, 1, {}}).fits(ContactSort::Degree));
        QVERIFY((ContactCursor{2, 1, {}}).fits(ContactSort::Degree));
        QVERIFY(!(ContactCursor{QVariant(), 1, {}}).fits(ContactSort::Company));
        bool ok = false;
        const ContactCursor fromJson = ContactCursor::fromString(
            ContactCursor{QVariantMap{{u"a"_s, 1}}, 1, {}}.toString(), &ok);
        QVERIFY(!fromJson.fits(ContactSort::Name));
    }

    void garbageIsRejected()
    {
        for (const QString &text : {u""_s, u"!!!"_s, u"bm90IGpzb24"_s, u"WzFd"_s}) {
            bool ok = true;
            QVERIFY(!ContactCursor::fromString(text, &ok).isValid());
            QVERIFY(!ok);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ContactCursor)
#include "tst_contactcursor.moc"
