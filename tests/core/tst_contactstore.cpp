#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "store/ContactStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

Contact person(const QString &first, const QString &last, const QString &url = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.profileUrl = url;
    return c;
}

QList<qint64> ids(const QList<Contact> &contacts)
{
    QList<qint64> out;
    for (const Contact &c : contacts)
        out << c.id;
    return out;
}

} // namespace

class tst_ContactStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_store;
    int m_run = 0;

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_run)), &error),
                 qPrintable(error));
        m_store = std::make_unique<ContactStore>(m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.close();
    }

    void addAndGetRoundTrip()
    {
        Contact c = person(u"  Zoë "_s, u"Okafor-Ångström"_s,
                           u"https://de.linkedin.com/in/Zoe-Okafor/?trk=abc"_s);
        c.position = u"Head of Talent | Coach"_s;
        c.company = u"Acme, Inc."_s;
        c.industry = u"Staffing and Recruiting"_s;
        c.location = u"Lagos, Nigeria"_s;
        c.email = u"zoe@example.com"_s;
        c.degree = 2;
        c.connectedOn = QDate(2024, 2, 29);
        c.followsMe = true;
        c.notes = u"Line one\nline \"two\" 🙂"_s;
        c.tags = {u"speaker"_s, u"client"_s, u"Client"_s};
        QString error;
        QVERIFY2(m_store->add(c, &error), qPrintable(error));
        QVERIFY(c.id > 0);
        QCOMPARE(c.firstName, u"Zoë"_s);
        QCOMPARE(c.slug, u"zoe-okafor"_s);
        QCOMPARE(c.profileUrl, u"https://www.linkedin.com/in/zoe-okafor"_s);
        QCOMPARE(c.tags, (QStringList{u"client"_s, u"speaker"_s}));
        QVERIFY(c.createdAt.isValid());
        QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);

        const auto stored = m_store->get(c.id);
        QVERIFY(stored);
        QCOMPARE(*stored, c);
        QCOMPARE(stored->createdAt, c.createdAt);
        QCOMPARE(m_store->findBySlug(u"zoe-okafor"_s)->id, c.id);
        QCOMPARE(m_store->allTags(), (QStringList{u"client"_s, u"speaker"_s}));
    }

    void cleansTextLikeTheWindowForm()
    {
        Contact c = person(u" Ada "_s, u" Lovelace "_s);
        c.company = u"  Acme  "_s;
        c.position = u"\tCoach "_s;
        c.email = u" ada@example.com "_s;
        c.tags = {u"x,y"_s, u" z "_s, u","_s};
        QVERIFY(m_store->add(c, nullptr));
        const Contact stored = *m_store->get(c.id);
        QCOMPARE(stored.company, u"Acme"_s);
        QCOMPARE(stored.position, u"Coach"_s);
        QCOMPARE(stored.email, u"ada@example.com"_s);
        QCOMPARE(stored.tags, (QStringList{u"x"_s, u"y"_s, u"z"_s}));
    }

    void refusesEmptyFirstName()
    {
        Contact c = person(u"   "_s, u"Nobody"_s);
        QString error;
        QVERIFY(!m_store->add(c, &error));
        QVERIFY2(error.contains(u"first name"_s), qPrintable(error));
        QCOMPARE(m_store->totalCount(), 0);
    }

    void refusesNonLinkedInUrl()
    {
        Contact c = person(u"Ada"_s, u"Lovelace"_s, u"https://example.com/ada"_s);
        QString error;
        QVERIFY(!m_store->add(c, &error));
        QVERIFY2(error.contains(u"example.com/ada"_s), qPrintable(error));
        QCOMPARE(m_store->totalCount(), 0);
    }

    void refusesDuplicateProfileUrl()
    {
        Contact a = person(u"Ada"_s, u"Lovelace"_s, u"linkedin.com/in/ada"_s);
        QVERIFY(m_store->add(a, nullptr));
        Contact b = person(u"Augusta"_s, u"King"_s, u"https://www.linkedin.com/in/ADA/"_s);
        QString error;
        QVERIFY(!m_store->add(b, &error));
        QVERIFY2(error.contains(u"#%1"_s.arg(a.id)), qPrintable(error));
        QVERIFY2(error.contains(u"Ada Lovelace"_s), qPrintable(error));
        QCOMPARE(m_store->totalCount(), 1);

        Contact c = person(u"Charles"_s, u"Babbage"_s, u"linkedin.com/in/charles"_s);
        QVERIFY(m_store->add(c, nullptr));
        c.profileUrl = u"linkedin.com/in/ada"_s;
        QVERIFY(!m_store->update(c, &error));
        QCOMPARE(m_store->get(c.id)->slug, u"charles"_s);
    }

    void updateChangesFieldsAndTags()
    {
        Contact c = person(u"Ada"_s, u"Lovelace"_s);
        c.tags = {u"old"_s};
        QVERIFY(m_store->add(c, nullptr));
        const QDateTime created = c.createdAt;
        c.company = u"Analytical Engines"_s;
        c.tags = {u"new"_s};
        c.degree = 1;
        QString error;
        QVERIFY2(m_store->update(c, &error), qPrintable(error));
        const auto stored = m_store->get(c.id);
        QCOMPARE(stored->company, u"Analytical Engines"_s);
        QCOMPARE(stored->tags, QStringList{u"new"_s});
        QCOMPARE(stored->createdAt, created);
        QVERIFY(stored->updatedAt >= created);
        QCOMPARE(m_store->allTags(), QStringList{u"new"_s}); // unused tag dropped
    }

    void updateOfMissingContactFails()
    {
        Contact c = person(u"Ghost"_s, {});
        c.id = 999;
        QString error;
        QVERIFY(!m_store->update(c, &error));
        QVERIFY2(error.contains(u"999"_s), qPrintable(error));
    }

    void removeAndRestoreWithSameId()
    {
        Contact c = person(u"Ada"_s, u"Lovelace"_s, u"linkedin.com/in/ada"_s);
        c.tags = {u"vip"_s};
        QVERIFY(m_store->add(c, nullptr));
        QString error;
        QVERIFY2(m_store->remove(c.id, &error), qPrintable(error));
        QVERIFY(!m_store->get(c.id));
        QVERIFY(m_store->allTags().isEmpty());
        QVERIFY(!m_store->remove(c.id, &error));
        QVERIFY2(error.contains(QString::number(c.id)), qPrintable(error));

        Contact restored = c;
        QVERIFY2(m_store->add(restored, &error), qPrintable(error));
        QCOMPARE(restored.id, c.id);
        QCOMPARE(*m_store->get(c.id), c);
    }

    void removeManyDropsContactsTheirTagsAndSearchEntries()
    {
        QList<Contact> batch;
        for (const QString &name : {u"Ana"_s, u"Ben"_s, u"Cai"_s, u"Dee"_s}) {
            Contact c = person(name, u"Tester"_s);
            c.tags = {name == u"Ana"_s ? u"keep"_s : u"gone"_s};
            batch << c;
        }
        QVERIFY(m_store->addBatch(batch, nullptr));
        QString error;
        QVERIFY2(m_store->removeMany({batch.at(1).id, batch.at(2).id, batch.at(3).id}, &error),
                 qPrintable(error));
        QCOMPARE(m_store->totalCount(), 1);
        QCOMPARE(m_store->allTags(), QStringList{u"keep"_s});
        ContactQuery q;
        q.search = u"tester"_s;
        QCOMPARE(m_store->count(q), 1);
    }

    void findByFullName()
    {
        Contact a = person(u"José"_s, u"García"_s);
        Contact b = person(u"Jose"_s, u"Garcia"_s);
        Contact c = person(u"Ana"_s, u"Silva"_s);
        QVERIFY(m_store->add(a, nullptr) && m_store->add(b, nullptr) && m_store->add(c, nullptr));
        QCOMPARE(m_store->findByFullName(u"josé garcía"_s), QList<qint64>{a.id});
        QCOMPARE(m_store->findByFullName(u"Ana  Silva"_s), QList<qint64>{c.id});
        QVERIFY(m_store->findByFullName(u"Nobody"_s).isEmpty());
    }

    void tagFilter()
    {
        Contact a = person(u"A"_s, {});
        a.tags = {u"client"_s};
        Contact b = person(u"B"_s, {});
        b.tags = {u"prospect"_s};
        Contact c = person(u"C"_s, {});
        c.tags = {u"Client"_s, u"prospect"_s};
        QVERIFY(m_store->add(a, nullptr) && m_store->add(b, nullptr) && m_store->add(c, nullptr));
        ContactQuery q;
        q.tag = u"CLIENT"_s;
        QCOMPARE(m_store->count(q), 2);
        QCOMPARE(ids(m_store->page(q, {}, 10)), (QList<qint64>{a.id, c.id}));
        q.search = u"b"_s;
        QCOMPARE(m_store->count(q), 0);
    }

    void addBatchIsAllOrNothing()
    {
        QList<Contact> batch{person(u"One"_s, {}), person(u""_s, u"Broken"_s),
                             person(u"Three"_s, {})};
        QString error;
        QVERIFY(!m_store->addBatch(batch, &error));
        QVERIFY2(error.contains(u"Contact 2"_s), qPrintable(error));
        QCOMPARE(m_store->totalCount(), 0);
        QCOMPARE(batch.at(0).id, 0);

        batch = {person(u"One"_s, {}, u"linkedin.com/in/one"_s),
                 person(u"Two"_s, {}, u"linkedin.com/in/one/"_s)};
        QVERIFY(!m_store->addBatch(batch, &error));
        QCOMPARE(m_store->totalCount(), 0);

        batch = {person(u"One"_s, {}), person(u"Two"_s, {})};
        QVERIFY(m_store->addBatch(batch, &error));
        QCOMPARE(m_store->totalCount(), 2);
        QVERIFY(batch.at(1).id > batch.at(0).id);
    }

    void keysetPagingVisitsEveryRowOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        const QList<QPair<ContactSort, const char *>> sorts{{ContactSort::Name, "name"},
                                                            {ContactSort::Company, "company"},
                                                            {ContactSort::Position, "position"},
                                                            {ContactSort::Location, "location"},
                                                            {ContactSort::Industry, "industry"},
                                                            {ContactSort::ConnectedOn, "connected"},
                                                            {ContactSort::Degree, "degree"},
                                                            {ContactSort::Created, "created"},
                                                            // One big group: no engagement yet.
                                                            {ContactSort::Tier, "tier"},
                                                            {ContactSort::LastEngaged, "engaged"},
                                                            {ContactSort::Id, "id"}};
        for (const auto &s : sorts) {
            QTest::newRow((QByteArray(s.second) + " asc").constData()) << int(s.first) << false;
            QTest::newRow((QByteArray(s.second) + " desc").constData()) << int(s.first) << true;
        }
    }

    void keysetPagingVisitsEveryRowOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        DemoGenerator demo(7);
        QString error;
        QVERIFY2(demo.fill(*m_store, 300, &error), qPrintable(error));

        ContactQuery q;
        q.sort = ContactSort(sort);
        q.descending = descending;
        const QList<Contact> all = m_store->page(q, {}, 1000);
        QCOMPARE(all.size(), 300);

        // Forward in pages of 37 by cursor.
        QList<qint64> walked;
        ContactCursor cursor;
        for (;;) {
            const QList<Contact> page = m_store->page(q, cursor, 37);
            if (page.isEmpty())
                break;
            walked += ids(page);
            cursor = ContactStore::cursorFor(page.last(), q.sort);
        }
        QCOMPARE(walked, ids(all));

        // Backwards from the end gives the same rows reversed.
        const QList<Contact> tail = m_store->page(q, {}, 10, 0, true);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(tail.at(i).id, all.at(all.size() - 1 - i).id);

        // Offsets from an anchor in the middle.
        const ContactCursor mid = ContactStore::cursorFor(all.at(99), q.sort);
        QCOMPARE(m_store->page(q, mid, 1, 50).first().id, all.at(150).id);
        QCOMPARE(m_store->page(q, mid, 1, 9, true).first().id, all.at(89).id);
    }

    void pagingByCompanyIgnoresCase()
    {
        // Companies equal but for case form one group, in both directions.
        QString error;
        for (const QString &company : {u"beta"_s, u"Acme"_s, u"ACME"_s, u"acme"_s, u"Beta"_s}) {
            Contact c = person(u"P"_s, company);
            c.company = company;
            QVERIFY2(m_store->add(c, &error), qPrintable(error));
        }
        for (bool descending : {false, true}) {
            ContactQuery q;
            q.sort = ContactSort::Company;
            q.descending = descending;
            const QList<Contact> all = m_store->page(q, {}, 10);
            QList<qint64> walked;
            ContactCursor cursor;
            for (int guard = 0; guard < 10; ++guard) {
                const QList<Contact> one = m_store->page(q, cursor, 1);
                if (one.isEmpty())
                    break;
                walked << one.first().id;
                cursor = ContactStore::cursorFor(one.first(), q.sort);
            }
            QCOMPARE(walked, ids(all));
            QCOMPARE(all.first().company.toLower(), descending ? u"beta"_s : u"acme"_s);
        }
    }

    void searchResultsInEveryOrderPageCleanly_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("company") << int(ContactSort::Company) << false;
        QTest::newRow("name desc") << int(ContactSort::Name) << true;
        QTest::newRow("newest first") << int(ContactSort::Id) << true;
        QTest::newRow("oldest first") << int(ContactSort::Id) << false;
    }

    void searchResultsInEveryOrderPageCleanly()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        DemoGenerator demo(11);
        QVERIFY(demo.fill(*m_store, 3000, nullptr));
        ContactQuery q;
        q.search = u"a"_s;
        q.sort = ContactSort(sort);
        q.descending = descending;
        const int n = m_store->count(q);
        QVERIFY(n > 500 && n < 3000);
        QCOMPARE(m_store->countUpTo(q, 100), 100);
        QCOMPARE(m_store->countUpTo(q, 100000), n);
        const QList<Contact> all = m_store->page(q, {}, 5000);
        QCOMPARE(all.size(), n);
        if (q.sort == ContactSort::Id) {
            for (int i = 1; i < all.size(); ++i)
                QVERIFY(descending ? all.at(i - 1).id > all.at(i).id
                                   : all.at(i - 1).id < all.at(i).id);
        }
        QList<qint64> walked;
        ContactCursor cursor;
        for (;;) {
            const QList<Contact> page = m_store->page(q, cursor, 97);
            if (page.isEmpty())
                break;
            walked += ids(page);
            cursor = ContactStore::cursorFor(page.last(), q.sort);
        }
        QCOMPARE(walked, ids(all));
        const QList<Contact> tail = m_store->page(q, {}, 5, 0, true);
        QCOMPARE(tail.first().id, all.last().id);
        QCOMPARE(m_store->page(q, cursor, 5).size(), 0);
        QCOMPARE(m_store->page(q, cursor, 1, 0, true).first().id, all.at(all.size() - 2).id);
        const ContactCursor mid = ContactStore::cursorFor(all.at(200), q.sort);
        QCOMPARE(m_store->page(q, mid, 1, 10).first().id, all.at(211).id);
        QCOMPARE(m_store->page(q, mid, 1, 10, true).first().id, all.at(189).id);
    }

    void countsFollowWritesFromAnotherConnection()
    {
        Contact a = person(u"Ada"_s, u"Lovelace"_s);
        QVERIFY(m_store->add(a, nullptr));
        ContactQuery q;
        q.search = u"ada"_s;
        QCOMPARE(m_store->count(q), 1);
        QCOMPARE(m_store->totalCount(), 1);
        Database other;
        QVERIFY(other.open(m_db.path(), nullptr));
        ContactStore otherStore(other);
        Contact b = person(u"Adam"_s, u"Smith"_s);
        QVERIFY(otherStore.add(b, nullptr));
        QCOMPARE(m_store->count(q), 2);
        QCOMPARE(m_store->totalCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ContactStore)
#include "tst_contactstore.moc"
