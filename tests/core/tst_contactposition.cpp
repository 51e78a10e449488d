// ContactPosition: a contact's row in every sort order and direction, with
// and without a search and a tag filter, checked against the order
// ContactStore lists the rows in.

#include "db/Database.h"
#include "store/ContactPosition.h"
#include "store/ContactStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactPosition : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_store;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"position.sqlite"_s), &error), qPrintable(error));
        m_store = std::make_unique<ContactStore>(m_db);
        // Ties (same company in another case, empty fields, the same day)
        // so the id decides within a key, as the list does.
        const QStringList firsts = {u"Anna"_s, u"bo"_s,    u"Cem"_s, u"Dana"_s,
                                    u"Eva"_s,  u"Frank"_s, u"Gül"_s, u"Hanna"_s};
        const QStringList companies = {u"Acme"_s, u"acme"_s, QString(), u"Zeta"_s, u"Beta"_s};
        for (int i = 0; i < 40; ++i) {
            Contact c;
            c.firstName = firsts.at(i % firsts.size());
            c.lastName = u"Person%1"_s.arg(i % 7);
            c.company = companies.at(i % companies.size());
            c.position = i % 3 == 0 ? QString() : u"Engineer %1"_s.arg(i % 4);
            c.location = i % 2 == 0 ? u"Berlin"_s : u"berlin"_s;
            c.degree = i % 4;
            if (i % 5 != 0)
                c.connectedOn = QDate(2024, 1 + i % 3, 1);
            if (i % 6 == 0)
                c.tags = {u"vip"_s};
            QVERIFY2(m_store->add(c, &error), qPrintable(error));
        }
    }

    void rowMatchesTheListedOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("tag");
        const ContactSort sorts[] = {
            ContactSort::Name,     ContactSort::Company, ContactSort::Position,
            ContactSort::Location, ContactSort::Degree,  ContactSort::ConnectedOn,
            ContactSort::Created,  ContactSort::Tier,    ContactSort::LastEngaged,
            ContactSort::Id,       ContactSort::Score,
        };
        for (ContactSort sort : sorts) {
            for (bool descending : {false, true}) {
                const QString name =
                    u"sort %1%2"_s.arg(int(sort)).arg(descending ? u" desc"_s : QString());
                QTest::newRow(qPrintable(name))
                    << int(sort) << descending << QString() << QString();
                QTest::newRow(qPrintable(name + u" search"_s))
                    << int(sort) << descending << u"anna"_s << QString();
                QTest::newRow(qPrintable(name + u" tag"_s))
                    << int(sort) << descending << QString() << u"vip"_s;
            }
        }
    }

    void rowMatchesTheListedOrder()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QString, search);
        QFETCH(QString, tag);
        ContactQuery query;
        query.sort = ContactSort(sort);
        query.descending = descending;
        query.search = search;
        query.tag = tag;
        QList<qint64> listed;
        QVERIFY(m_store->forEach(query, [&](const Contact &c) {
            listed << c.id;
            return true;
        }));
        QVERIFY(!listed.isEmpty());
        for (int row = 0; row < listed.size(); ++row) {
            QString error;
            QCOMPARE(ContactPosition::rowOf(m_db, query, listed.at(row), &error), row);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // Listed by the query or not at all.
        const ContactQuery everyone{QString(), QString(), 0, {}, query.sort, descending};
        int outside = 0;
        QVERIFY(m_store->forEach(everyone, [&](const Contact &c) {
            if (!listed.contains(c.id)) {
                ++outside;
                if (ContactPosition::rowOf(m_db, query, c.id) != -1)
                    return false;
            }
            return true;
        }));
        QCOMPARE(outside, int(m_store->totalCount() - listed.size()));
        QCOMPARE(ContactPosition::rowOf(m_db, query, 999999), -1);
    }
};

QTEST_GUILESS_MAIN(tst_ContactPosition)
#include "tst_contactposition.moc"
