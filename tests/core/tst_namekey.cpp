#include "domain/NameKey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_NameKey : public QObject
{
    Q_OBJECT

private slots:
    void clean_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Jane Doe"_s << u"Jane Doe"_s;
        QTest::newRow("trimmed, whitespace collapsed") << u"  Jane \t  Doe  "_s << u"Jane Doe"_s;
        QTest::newRow("accents kept") << u"José Núñez"_s << u"José Núñez"_s;
        QTest::newRow("Dr. with dot") << u"Dr. Jane Doe"_s << u"Jane Doe"_s;
        QTest::newRow("Prof without dot") << u"Prof Anna Schmidt"_s << u"Anna Schmidt"_s;
        QTest::newRow("honorific lower case") << u"mrs. Ana Lima"_s << u"Ana Lima"_s;
        QTest::newRow("two honorifics") << u"Prof. Dr. Anna Schmidt"_s << u"Anna Schmidt"_s;
        QTest::newRow("Sir") << u"Sir Kofi Mensah"_s << u"Kofi Mensah"_s;
        QTest::newRow("comma PhD") << u"Jane Doe, PhD"_s << u"Jane Doe"_s;
        QTest::newRow("comma credentials") << u"Jane Doe, MBA, PMP"_s << u"Jane Doe"_s;
        QTest::newRow("Ph.D. as last token") << u"Jane Doe Ph.D."_s << u"Jane Doe"_s;
        QTest::newRow("Jr.") << u"John Smith Jr."_s << u"John Smith"_s;
        QTest::newRow("III") << u"Jean-Luc Picard III"_s << u"Jean-Luc Picard"_s;
        QTest::newRow("several suffixes") << u"John Smith Jr. MD"_s << u"John Smith"_s;
        QTest::newRow("honorific and credential")
            << u"Dr. Chiara Valli, PhD"_s << u"Chiara Valli"_s;
        QTest::newRow("emoji before and after") << u"🚀 Ana Lima ✨"_s << u"Ana Lima"_s;
        QTest::newRow("flag") << u"Ana Lima 🇧🇷"_s << u"Ana Lima"_s;
        QTest::newRow("emoji with variation selector") << u"Ana ❤️ Lima"_s << u"Ana Lima"_s;
        QTest::newRow("joined emoji with skin tone")
            << u"Ana Lima 👩🏽‍💻"_s << u"Ana Lima"_s;
        QTest::newRow("pipe headline") << u"Jane Doe | Helping founders hire"_s << u"Jane Doe"_s;
        QTest::newRow("pipe without spaces") << u"Jane Doe|Talent Partner"_s << u"Jane Doe"_s;
        QTest::newRow("dash headline") << u"Jane Doe - Talent Partner"_s << u"Jane Doe"_s;
        QTest::newRow("hyphenated name kept") << u"Ana Lima-Souza"_s << u"Ana Lima-Souza"_s;
        QTest::newRow("pronouns in brackets") << u"Jane Doe (she/her)"_s << u"Jane Doe"_s;
        QTest::newRow("stylised letters") << u"𝐉𝐚𝐧𝐞 𝐃𝐨𝐞"_s << u"Jane Doe"_s;
        QTest::newRow("invisible marks") << u"\u200EJane Doe\u200B"_s << u"Jane Doe"_s;
        QTest::newRow("particles kept") << u"Ludwig van Beethoven"_s << u"Ludwig van Beethoven"_s;
        QTest::newRow("single word") << u"Madonna"_s << u"Madonna"_s;
        QTest::newRow("suffix alone is kept") << u"PhD"_s << u"PhD"_s;
        QTest::newRow("only a honorific") << u"Dr."_s << QString();
        QTest::newRow("only honorifics") << u"Dr. Prof"_s << QString();
        QTest::newRow("only emoji") << u"🚀✨"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void clean()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(NameKey::clean(input), expected);
    }

    void key_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents") << u"José Núñez"_s << u"jose nunez"_s;
        QTest::newRow("case") << u"ANA lima"_s << u"ana lima"_s;
        QTest::newRow("honorific") << u"Dr. Jane Doe"_s << u"jane doe"_s;
        QTest::newRow("credential") << u"Jane Doe, PhD"_s << u"jane doe"_s;
        QTest::newRow("emoji") << u"🚀 Ana Lima ✨"_s << u"ana lima"_s;
        QTest::newRow("suffix") << u"Jean-Luc Picard III"_s << u"jean-luc picard"_s;
        QTest::newRow("stylised letters") << u"𝐉𝐚𝐧𝐞 𝐃𝐨𝐞"_s << u"jane doe"_s;
        QTest::newRow("already a key") << u"jane doe"_s << u"jane doe"_s;
        QTest::newRow("only a honorific") << u"Dr."_s << QString();
    }

    void key()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(NameKey::key(input), expected);
    }

    void firstLastKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("middle name") << u"maria luisa gomez"_s << u"maria gomez"_s;
        QTest::newRow("two middle names")
            << u"carlos eduardo jose pereira"_s << u"carlos pereira"_s;
        QTest::newRow("two words") << u"maria gomez"_s << u"maria gomez"_s;
        QTest::newRow("one word") << u"madonna"_s << u"madonna"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void firstLastKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(NameKey::firstLastKey(key), expected);
    }

    void split_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("two words") << u"Jane Doe"_s << u"Jane"_s << u"Doe"_s;
        QTest::newRow("middle name") << u"Maria Luisa Gomez"_s << u"Maria Luisa"_s << u"Gomez"_s;
        QTest::newRow("van") << u"Ludwig van Beethoven"_s << u"Ludwig"_s << u"van Beethoven"_s;
        QTest::newRow("two particles") << u"Maria de la Cruz"_s << u"Maria"_s << u"de la Cruz"_s;
        QTest::newRow("particle capitalised")
            << u"Pieter Van Dijk"_s << u"Pieter"_s << u"Van Dijk"_s;
        QTest::newRow("al") << u"Omar al Rashid"_s << u"Omar"_s << u"al Rashid"_s;
        QTest::newRow("middle name and particle")
            << u"Anna Maria von Trapp"_s << u"Anna Maria"_s << u"von Trapp"_s;
        QTest::newRow("first word stays first name")
            << u"Van Morrison"_s << u"Van"_s << u"Morrison"_s;
        QTest::newRow("single word") << u"Madonna"_s << u"Madonna"_s << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void split()
    {
        QFETCH(QString, name);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const auto parts = NameKey::split(name);
        QCOMPARE(parts.first, first);
        QCOMPARE(parts.second, last);
    }
};

QTEST_GUILESS_MAIN(tst_NameKey)
#include "tst_namekey.moc"
