#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "store/ContactStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_DemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSamePeople()
    {
        DemoGenerator a(42);
        DemoGenerator b(42);
        DemoGenerator c(43);
        bool anyDifferent = false;
        for (int i = 1; i <= 50; ++i) {
            const Contact x = a.nextContact(i);
            QCOMPARE(x, b.nextContact(i));
            anyDifferent = anyDifferent || x != c.nextContact(i);
        }
        QVERIFY(anyDifferent);
    }

    void peopleAreVariedAndValid()
    {
        DemoGenerator gen(1);
        QSet<QString> lastNames, companies, locations, industries;
        int withUrl = 0, firstDegree = 0;
        for (int i = 1; i <= 2000; ++i) {
            const Contact c = gen.nextContact(i);
            QVERIFY(!c.firstName.isEmpty());
            QVERIFY(!c.lastName.isEmpty());
            lastNames << c.lastName;
            companies << c.company;
            locations << c.location;
            industries << c.industry;
            withUrl += c.profileUrl.isEmpty() ? 0 : 1;
            if (c.degree == 1) {
                ++firstDegree;
                QVERIFY(c.connectedOn.isValid());
                QVERIFY(c.connectedOn <= QDate::currentDate());
            }
        }
        QVERIFY(lastNames.size() > 100);
        QVERIFY(companies.size() > 200);
        QVERIFY(locations.size() > 50);
        QVERIFY(industries.size() > 10);
        QVERIFY(withUrl > 1500 && withUrl < 2000);
        QVERIFY(firstDegree > 1200 && firstDegree < 1600);
    }

    void fillAddsExactlyAndTwiceWorks()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"demo.sqlite"_s), nullptr));
        ContactStore store(db);
        DemoGenerator gen;
        QString error;
        int lastProgress = 0;
        QVERIFY2(gen.fill(store, 1500, &error,
                          [&](int done) {
                              lastProgress = done;
                              return true;
                          }),
                 qPrintable(error));
        QCOMPARE(lastProgress, 1500);
        QCOMPARE(store.totalCount(), 1500);
        DemoGenerator again; // same seed, same names: slugs must still be unique
        QVERIFY2(again.fill(store, 500, &error), qPrintable(error));
        QCOMPARE(store.totalCount(), 2000);
    }

    void cancelledFillAddsNothing()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(u"cancel.sqlite"_s), nullptr));
        ContactStore store(db);
        DemoGenerator gen;
        QVERIFY(gen.fill(store, 10, nullptr));
        QString error;
        // Cancelled after the first batch of 20,000 was written: none stays.
        QVERIFY(!gen.fill(store, 30000, &error, [](int done) { return done < 20000; }));
        QVERIFY2(error.contains(u"Cancelled"_s), qPrintable(error));
        QCOMPARE(store.totalCount(), 10);
    }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"
