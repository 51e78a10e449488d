#include "ContactResolver.h"
#include "db/Database.h"
#include "store/ContactStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ContactResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void byId();
    void byUrl_data();
    void byUrl();
    void byName();
    void ambiguousNameListsIds();
    void unknownContactsAreNamed_data();
    void unknownContactsAreNamed();

private:
    qint64 add(const QString &first, const QString &last, const QString &url = {},
               const QString &company = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
};

void tst_ContactResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"test.sqlite"_s), &error), qPrintable(error));
    m_store = std::make_unique<ContactStore>(*m_db);
}

void tst_ContactResolver::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 tst_ContactResolver::add(const QString &first, const QString &last, const QString &url,
                                const QString &company)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.profileUrl = url;
    c.company = company;
    QString error;
    if (!m_store->add(c, &error))
        qWarning("%s", qPrintable(error));
    return c.id;
}

void tst_ContactResolver::byId()
{
    add(u"Jane"_s, u"Doe"_s);
    const qint64 id = add(u"John"_s, u"Roe"_s);
    const ContactResolver resolver(*m_store);
    QString error;
    for (const QString &text :
         {QString::number(id), u"#"_s + QString::number(id), u" %1 "_s.arg(id)}) {
        const auto contact = resolver.resolve(text, &error);
        QVERIFY2(contact, qPrintable(text));
        QCOMPARE(contact->firstName, u"John"_s);
    }
}

void tst_ContactResolver::byUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("canonical") << u"https://www.linkedin.com/in/jane-doe-42"_s;
    QTest::newRow("no scheme") << u"linkedin.com/in/jane-doe-42"_s;
    QTest::newRow("www, no scheme") << u"www.linkedin.com/in/jane-doe-42"_s;
    QTest::newRow("country subdomain") << u"https://de.linkedin.com/in/jane-doe-42"_s;
    QTest::newRow("trailing slash") << u"https://www.linkedin.com/in/jane-doe-42/"_s;
    QTest::newRow("query") << u"https://www.linkedin.com/in/jane-doe-42?trk=people"_s;
    QTest::newRow("upper case") << u"HTTP://UK.LinkedIn.com/in/Jane-Doe-42/"_s;
}

void tst_ContactResolver::byUrl()
{
    QFETCH(QString, url);
    add(u"Other"_s, u"Person"_s, u"linkedin.com/in/other"_s);
    const qint64 id = add(u"Jane"_s, u"Doe"_s, u"https://www.linkedin.com/in/jane-doe-42"_s);
    QString error;
    const auto contact = ContactResolver(*m_store).resolve(url, &error);
    QVERIFY2(contact, qPrintable(error));
    QCOMPARE(contact->id, id);
}

void tst_ContactResolver::byName()
{
    add(u"Jane"_s, u"Doe"_s);
    const qint64 id = add(u"José"_s, u"Núñez"_s);
    QString error;
    const auto contact = ContactResolver(*m_store).resolve(u"josé núñez"_s, &error);
    QVERIFY2(contact, qPrintable(error));
    QCOMPARE(contact->id, id);
}

void tst_ContactResolver::ambiguousNameListsIds()
{
    const qint64 first = add(u"Jane"_s, u"Doe"_s, {}, u"Acme"_s);
    const qint64 second = add(u"Jane"_s, u"Doe"_s, {}, u"Globex"_s);
    QString error;
    QVERIFY(!ContactResolver(*m_store).resolve(u"Jane Doe"_s, &error));
    QVERIFY2(error.contains(u"#%1"_s.arg(first)), qPrintable(error));
    QVERIFY2(error.contains(u"#%1"_s.arg(second)), qPrintable(error));
    QVERIFY2(error.contains(u"Globex"_s), qPrintable(error));
}

void tst_ContactResolver::unknownContactsAreNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("id") << u"999"_s << u"#999"_s;
    QTest::newRow("zero") << u"0"_s << u"#0"_s;
    QTest::newRow("name") << u"Nobody Here"_s << u"Nobody Here"_s;
    QTest::newRow("url") << u"linkedin.com/in/nobody"_s << u"https://www.linkedin.com/in/nobody"_s;
    QTest::newRow("not linkedin") << u"https://example.com/in/jane"_s
                                  << u"https://example.com/in/jane"_s;
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
}

void tst_ContactResolver::unknownContactsAreNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    add(u"Jane"_s, u"Doe"_s, u"linkedin.com/in/jane"_s);
    QString error;
    QVERIFY(!ContactResolver(*m_store).resolve(text, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ContactResolver)
#include "tst_contactresolver.moc"
