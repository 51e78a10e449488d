#include "domain/ProfileUrl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ProfileUrl : public QObject
{
    Q_OBJECT

private slots:
    void slug_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("slug");
        QTest::newRow("canonical") << u"https://www.linkedin.com/in/jane-doe"_s << u"jane-doe"_s;
        QTest::newRow("http") << u"http://www.linkedin.com/in/jane-doe"_s << u"jane-doe"_s;
        QTest::newRow("no scheme") << u"linkedin.com/in/jane-doe"_s << u"jane-doe"_s;
        QTest::newRow("no scheme www") << u"www.linkedin.com/in/jane-doe"_s << u"jane-doe"_s;
        QTest::newRow("country subdomain")
            << u"https://de.linkedin.com/in/jane-doe"_s << u"jane-doe"_s;
        QTest::newRow("mobile subdomain")
            << u"https://mobile.linkedin.com/in/jane-doe"_s << u"jane-doe"_s;
        QTest::newRow("trailing slash")
            << u"https://www.linkedin.com/in/jane-doe/"_s << u"jane-doe"_s;
        QTest::newRow("query") << u"https://www.linkedin.com/in/jane-doe?trk=public_profile"_s
                               << u"jane-doe"_s;
        QTest::newRow("slash and query")
            << u"https://www.linkedin.com/in/jane-doe/?originalSubdomain=uk"_s << u"jane-doe"_s;
        QTest::newRow("fragment") << u"https://www.linkedin.com/in/jane-doe#about"_s
                                  << u"jane-doe"_s;
        QTest::newRow("sub-page") << u"https://www.linkedin.com/in/jane-doe/details/skills/"_s
                                  << u"jane-doe"_s;
        QTest::newRow("upper case")
            << u"HTTPS://WWW.LinkedIn.COM/in/Jane-DOE-1a2B3c"_s << u"jane-doe-1a2b3c"_s;
        QTest::newRow("spaces around") << u"  linkedin.com/in/jane-doe \n"_s << u"jane-doe"_s;
        QTest::newRow("percent-encoded")
            << u"https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-12/"_s << u"josé-garcía-12"_s;
        QTest::newRow("double slash")
            << u"https://www.linkedin.com//in//jane-doe"_s << u"jane-doe"_s;
        QTest::newRow("not linkedin") << u"https://example.com/in/jane-doe"_s << QString();
        QTest::newRow("lookalike host")
            << u"https://linkedin.com.evil.example/in/jane"_s << QString();
        QTest::newRow("company page") << u"https://www.linkedin.com/company/acme"_s << QString();
        QTest::newRow("no slug") << u"https://www.linkedin.com/in/"_s << QString();
        QTest::newRow("ftp scheme") << u"ftp://linkedin.com/in/jane"_s << QString();
        QTest::newRow("a name") << u"Jane Doe"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void slug()
    {
        QFETCH(QString, url);
        QFETCH(QString, slug);
        QCOMPARE(ProfileUrl::slug(url), slug);
    }

    void canonical()
    {
        QCOMPARE(ProfileUrl::canonical(u"jane-doe"_s), u"https://www.linkedin.com/in/jane-doe"_s);
        QCOMPARE(ProfileUrl::slug(ProfileUrl::canonical(u"jane-doe"_s)), u"jane-doe"_s);
        QVERIFY(ProfileUrl::canonical(QString()).isEmpty());
    }

    void looksLikeUrl()
    {
        QVERIFY(ProfileUrl::looksLikeUrl(u"linkedin.com/in/x"_s));
        QVERIFY(!ProfileUrl::looksLikeUrl(u"Jane Doe"_s));
        QVERIFY(!ProfileUrl::looksLikeUrl(u"42"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileUrl)
#include "tst_profileurl.moc"
