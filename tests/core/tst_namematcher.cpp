#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/NameMatcher.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_NameMatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ContactStore> m_store;
    QHash<QString, qint64> m_ids; // label -> contact id

    void add(const QString &label, const QString &first, const QString &last,
             const QString &company = {}, const QString &url = {})
    {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        c.company = company;
        c.profileUrl = url;
        QString error;
        QVERIFY2(m_store->add(c, &error), qPrintable(error));
        m_ids.insert(label, c.id);
    }

    QList<qint64> ids(const QStringList &labels) const
    {
        QList<qint64> out;
        for (const QString &label : labels)
            out << m_ids.value(label, -1);
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(u"match.sqlite"_s), &error), qPrintable(error));
        m_store = std::make_unique<ContactStore>(m_db);
        add(u"ana"_s, u"Ana"_s, u"Lima"_s, u"Northwind Labs"_s);
        add(u"jose"_s, u"José"_s, u"Núñez"_s);
        add(u"maria"_s, u"Maria"_s, u"Gomez"_s);
        add(u"mariana"_s, u"Mariana"_s, u"Gomez"_s);
        add(u"carlos"_s, u"Carlos Eduardo"_s, u"Pereira"_s);
        add(u"john"_s, u"John"_s, u"Smith Jr."_s);
        add(u"chiara"_s, u"Chiara"_s, u"Valli"_s);
        add(u"priyaK"_s, u"Priya"_s, u"Raman"_s, u"Kestrel Systems"_s);
        add(u"priyaT"_s, u"Priya"_s, u"Raman"_s, u"Tidewater Analytics"_s);
        add(u"priyaKR"_s, u"Priya"_s, u"Raman"_s, u"Kestrel Robotics"_s);
        add(u"tomasz1"_s, u"Tomasz"_s, u"Nowak"_s);
        add(u"tomasz2"_s, u"Tomasz"_s, u"Nowak"_s);
        add(u"lenaUrl"_s, u"Lena"_s, u"Fischer"_s, {},
            u"https://www.linkedin.com/in/lena-fischer-42"_s);
        add(u"lena"_s, u"Lena"_s, u"Fischer"_s);
        add(u"kwame"_s, u"Kwame"_s, u"Boateng"_s, {}, u"https://www.linkedin.com/in/kwame-b"_s);
        add(u"starry"_s, u"Star*"_s, u"Gazer"_s);
        add(u"jeanluc"_s, u"Jean-Luc"_s, u"Marchetti"_s);
        add(u"rui"_s, u"Rui"_s, u"Costa"_s, {}, u"https://www.linkedin.com/in/rui-costa-1"_s);
        add(u"ruiMiddle"_s, u"Rui Pedro"_s, u"Costa"_s);
        add(u"niamh"_s, u"Niamh \"Nia\""_s, u"O'Connell"_s);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_db.close();
    }

    void match_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("how");
        const int none = NameMatch::None;
        const int one = NameMatch::One;
        const int ambiguous = NameMatch::Ambiguous;
        const QString byName = u"name"_s;
        const QString byCompany = u"name and company"_s;
        const QString byUrl = u"profile URL"_s;

        QTest::newRow("exact") << u"Ana Lima"_s << QString() << QString() << one
                               << QStringList{u"ana"_s} << byName;
        QTest::newRow("case and accents")
            << u"JOSE NUNEZ"_s << QString() << QString() << one << QStringList{u"jose"_s} << byName;
        QTest::newRow("accents in the capture")
            << u"Ána Límá"_s << QString() << QString() << one << QStringList{u"ana"_s} << byName;
        QTest::newRow("honorific and emoji") << u"🚀 Dr. Ana Lima ✨"_s << QString() << QString()
                                             << one << QStringList{u"ana"_s} << byName;
        QTest::newRow("honorific and credential")
            << u"Prof. Chiara Valli, PhD"_s << QString() << QString() << one
            << QStringList{u"chiara"_s} << byName;
        QTest::newRow("middle name in the capture")
            << u"Maria Luisa Gomez"_s << QString() << QString() << one << QStringList{u"maria"_s}
            << byName;
        QTest::newRow("middle name in the contact") << u"Carlos Pereira"_s << QString() << QString()
                                                    << one << QStringList{u"carlos"_s} << byName;
        QTest::newRow("different middle names")
            << u"Carlos Alberto Pereira"_s << QString() << QString() << one
            << QStringList{u"carlos"_s} << byName;
        QTest::newRow("accents and a middle name")
            << u"Jose Maria Nunez"_s << QString() << QString() << one << QStringList{u"jose"_s}
            << byName;
        QTest::newRow("hyphen and a middle name")
            << u"Jean-Luc Paul Marchetti"_s << QString() << QString() << one
            << QStringList{u"jeanluc"_s} << byName;
        QTest::newRow("quotes and apostrophes")
            << u"Niamh \"Nia\" Aoife O'Connell"_s << QString() << QString() << one
            << QStringList{u"niamh"_s} << byName;
        QTest::newRow("suffix in the contact")
            << u"John Smith"_s << QString() << QString() << one << QStringList{u"john"_s} << byName;
        QTest::newRow("suffix in the capture") << u"Dr. John Smith III"_s << QString() << QString()
                                               << one << QStringList{u"john"_s} << byName;
        QTest::newRow("wildcard in a stored name") << u"Star* Gazer"_s << QString() << QString()
                                                   << one << QStringList{u"starry"_s} << byName;
        QTest::newRow("wildcard is not a wildcard")
            << u"Star* Ann Gazer"_s << QString() << QString() << one << QStringList{u"starry"_s}
            << byName;
        QTest::newRow("company tells them apart")
            << u"Priya Raman"_s << u"Kestrel Systems"_s << QString() << one
            << QStringList{u"priyaK"_s} << byCompany;
        QTest::newRow("captured company contains the stored one")
            << u"Priya Raman"_s << u"Kestrel Systems Ltd"_s << QString() << one
            << QStringList{u"priyaK"_s} << byCompany;
        QTest::newRow("captured company within the stored one")
            << u"Priya Raman"_s << u"tidewater"_s << QString() << one << QStringList{u"priyaT"_s}
            << byCompany;
        QTest::newRow("company fits several: those first")
            << u"Priya Raman"_s << u"Kestrel"_s << QString() << ambiguous
            << QStringList{u"priyaK"_s, u"priyaKR"_s, u"priyaT"_s} << byCompany;
        QTest::newRow("company fits none")
            << u"Priya Raman"_s << u"Orbital Freight"_s << QString() << ambiguous
            << QStringList{u"priyaK"_s, u"priyaT"_s, u"priyaKR"_s} << byName;
        QTest::newRow("no company")
            << u"Priya Raman"_s << QString() << QString() << ambiguous
            << QStringList{u"priyaK"_s, u"priyaT"_s, u"priyaKR"_s} << byName;
        QTest::newRow("same name, neither has a company")
            << u"Tomasz Nowak"_s << u"Kestrel Systems"_s << QString() << ambiguous
            << QStringList{u"tomasz1"_s, u"tomasz2"_s} << byName;
        QTest::newRow("same name, no company given")
            << u"Tomasz Nowak"_s << QString() << QString() << ambiguous
            << QStringList{u"tomasz1"_s, u"tomasz2"_s} << byName;
        QTest::newRow("URL wins over the name")
            << u"Lena Fischer"_s << QString() << u"https://de.linkedin.com/in/Lena-Fischer-42/"_s
            << one << QStringList{u"lenaUrl"_s} << byUrl;
        QTest::newRow("URL wins over another name")
            << u"Someone Else"_s << QString() << u"linkedin.com/in/kwame-b"_s << one
            << QStringList{u"kwame"_s} << byUrl;
        QTest::newRow("unknown URL: contacts with another profile are other people")
            << u"Lena Fischer"_s << QString() << u"https://www.linkedin.com/in/lena-fischer-99"_s
            << one << QStringList{u"lena"_s} << byName;
        QTest::newRow("unknown URL: the exact name has another profile, a longer one has none")
            << u"Rui Costa"_s << QString() << u"https://www.linkedin.com/in/rui-costa-2"_s << one
            << QStringList{u"ruiMiddle"_s} << byName;
        QTest::newRow("no URL: both of that name")
            << u"Lena Fischer"_s << QString() << QString() << ambiguous
            << QStringList{u"lenaUrl"_s, u"lena"_s} << byName;
        QTest::newRow("unknown person")
            << u"Zed Unknown"_s << QString() << QString() << none << QStringList() << QString();
        QTest::newRow("only the first word is known")
            << u"Maria Lima"_s << QString() << QString() << none << QStringList() << QString();
        QTest::newRow("longer first word is another name")
            << u"Mari Gomez"_s << QString() << QString() << none << QStringList() << QString();
        QTest::newRow("single word")
            << u"Ana"_s << QString() << QString() << none << QStringList() << QString();
        QTest::newRow("only a honorific")
            << u"Dr."_s << QString() << QString() << none << QStringList() << QString();
        QTest::newRow("unknown URL and no name")
            << QString() << QString() << u"https://www.linkedin.com/in/nobody-here"_s << none
            << QStringList() << QString();
        QTest::newRow("not a profile URL")
            << u"Ana Lima"_s << QString() << u"https://www.linkedin.com/company/northwind"_s << one
            << QStringList{u"ana"_s} << byName;
    }

    void match()
    {
        QFETCH(QString, name);
        QFETCH(QString, company);
        QFETCH(QString, url);
        QFETCH(int, status);
        QFETCH(QStringList, candidates);
        QFETCH(QString, how);
        const NameMatcher matcher(*m_store);
        const NameMatch found = matcher.match(name, company, url);
        QCOMPARE(int(found.status), status);
        QCOMPARE(found.candidates, ids(candidates));
        QCOMPARE(found.contactId, status == NameMatch::One ? ids(candidates).first() : 0);
        QCOMPARE(found.how, how);
    }

    void seesContactsAddedLater()
    {
        const NameMatcher matcher(*m_store);
        QCOMPARE(matcher.match(u"Nadia Haddad"_s, {}, {}).status, NameMatch::None);
        add(u"nadia"_s, u"Nadia"_s, u"Haddad"_s);
        const NameMatch found = matcher.match(u"Nadia Haddad"_s, {}, {});
        QCOMPARE(found.status, NameMatch::One);
        QCOMPARE(found.contactId, m_ids.value(u"nadia"_s));
        // Repeated calls reuse the prepared statements.
        QCOMPARE(matcher.match(u"Nadia Q. Haddad"_s, {}, {}).contactId, found.contactId);
        QCOMPARE(matcher.match(u"Ana Lima"_s, {}, {}).contactId, m_ids.value(u"ana"_s));
    }
};

QTEST_GUILESS_MAIN(tst_NameMatcher)
#include "tst_namematcher.moc"
