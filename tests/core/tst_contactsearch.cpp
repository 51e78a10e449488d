#include "db/Database.h"
#include "store/ContactStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

// Search as a person types it: accents, case, prefixes, several words,
// every searchable field, and an index that follows edits and deletes.
class tst_ContactSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_store;
    QHash<QString, qint64> m_ids;

    QStringList namesFor(const QString &text)
    {
        ContactQuery q;
        q.search = text;
        QStringList names;
        const QList<Contact> rows = m_store->page(q, {}, 100);
        for (const Contact &c : rows)
            names << c.fullName();
        names.sort();
        if (m_store->count(q) != names.size())
            names << u"<count mismatch>"_s;
        return names;
    }

    void add(const QString &first, const QString &last, const QString &company,
             const QString &position = {}, const QString &location = {}, const QString &notes = {},
             const QStringList &tags = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.company = company;
        c.position = position;
        c.location = location;
        c.notes = notes;
        c.tags = tags;
        QString error;
        QVERIFY2(m_store->add(c, &error), qPrintable(error));
        m_ids.insert(c.fullName(), c.id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(u"search.sqlite"_s), nullptr));
        m_store = std::make_unique<ContactStore>(m_db);
        add(u"José"_s, u"García"_s, u"Northwind Labs"_s, u"Executive Coach"_s, u"Madrid, Spain"_s);
        add(u"Jürgen"_s, u"Müller"_s, u"Bluepeak GmbH"_s, u"VP of Sales"_s, u"Munich"_s);
        add(u"Zoë"_s, u"O'Connor"_s, u"Acme, Inc."_s, u"Technical Recruiter"_s, u"Dublin"_s,
            u"Met at the spring summit"_s, {u"podcast guest"_s});
        add(u"Jose"_s, u"Watanabe"_s, u"Kestrel Media"_s, u"Data Scientist"_s, u"Tokyo"_s);
        add(u"Ngozi"_s, u"Adeyemi"_s, u"Meridian Health"_s, u"Founder & CEO"_s, u"Lagos"_s, {},
            {u"client"_s});
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.close();
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList bothJose{u"Jose Watanabe"_s, u"José García"_s};
        QTest::newRow("accent-free finds accented") << u"jose"_s << bothJose;
        QTest::newRow("accented finds accent-free") << u"JOSÉ"_s << bothJose;
        QTest::newRow("case") << u"gArCiA"_s << QStringList{u"José García"_s};
        QTest::newRow("umlaut folded") << u"muller"_s << QStringList{u"Jürgen Müller"_s};
        QTest::newRow("prefix") << u"wat"_s << QStringList{u"Jose Watanabe"_s};
        QTest::newRow("one-letter prefix") << u"z"_s << QStringList{u"Zoë O'Connor"_s};
        QTest::newRow("two words, both required") << u"jose gar"_s << QStringList{u"José García"_s};
        QTest::newRow("words in any order") << u"garcia jose"_s << QStringList{u"José García"_s};
        QTest::newRow("company") << u"bluepeak"_s << QStringList{u"Jürgen Müller"_s};
        QTest::newRow("company with punctuation")
            << u"acme, inc"_s << QStringList{u"Zoë O'Connor"_s};
        QTest::newRow("position") << u"recruit"_s << QStringList{u"Zoë O'Connor"_s};
        QTest::newRow("location") << u"lagos"_s << QStringList{u"Ngozi Adeyemi"_s};
        QTest::newRow("notes") << u"summit"_s << QStringList{u"Zoë O'Connor"_s};
        QTest::newRow("tags") << u"podcast"_s << QStringList{u"Zoë O'Connor"_s};
        QTest::newRow("apostrophe") << u"o'connor"_s << QStringList{u"Zoë O'Connor"_s};
        QTest::newRow("ampersand word") << u"founder &"_s << QStringList{u"Ngozi Adeyemi"_s};
        QTest::newRow("no match") << u"xylophone"_s << QStringList{};
        QTest::newRow("quote characters are data")
            << u"\"jose"_s << QStringList{u"Jose Watanabe"_s, u"José García"_s};
        QTest::newRow("fts syntax is not interpreted") << u"jose OR NOT"_s << QStringList{};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(namesFor(text), expected);
    }

    void optimizedIndexFindsTheSame()
    {
        const QStringList before = namesFor(u"jose"_s);
        QString error;
        QVERIFY2(m_store->optimizeSearchIndex(&error), qPrintable(error));
        QCOMPARE(namesFor(u"jose"_s), before);
        QCOMPARE(namesFor(u"muller"_s), QStringList{u"Jürgen Müller"_s});
    }

    void blankSearchShowsEveryone() { QCOMPARE(namesFor(u"   "_s).size(), 5); }

    void indexFollowsEditsAndDeletes()
    {
        auto c = m_store->get(m_ids.value(u"Ngozi Adeyemi"_s));
        QVERIFY(c);
        c->company = u"Saffron Foods"_s;
        c->tags = {u"partner"_s};
        QVERIFY(m_store->update(*c, nullptr));
        QCOMPARE(namesFor(u"meridian"_s), QStringList{});
        QCOMPARE(namesFor(u"saffron"_s), QStringList{u"Ngozi Adeyemi"_s});
        QCOMPARE(namesFor(u"partner"_s), QStringList{u"Ngozi Adeyemi"_s});
        QCOMPARE(namesFor(u"client"_s), QStringList{});

        QVERIFY(m_store->remove(c->id, nullptr));
        QCOMPARE(namesFor(u"saffron"_s), QStringList{});
        QCOMPARE(namesFor(u"ngozi"_s), QStringList{});
    }
};

QTEST_GUILESS_MAIN(tst_ContactSearch)
#include "tst_contactsearch.moc"
