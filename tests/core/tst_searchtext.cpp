#include "store/SearchText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_SearchText : public QObject
{
    Q_OBJECT

private slots:
    void expression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << u"jo"_s << u"\"jo\"*"_s;
        QTest::newRow("two words") << u" jo   smi "_s << u"\"jo\"* \"smi\"*"_s;
        QTest::newRow("quote escaped") << u"o\"neil"_s << u"\"o\"\"neil\"*"_s;
        QTest::newRow("operators are words") << u"a OR b"_s << u"\"a\"* \"OR\"* \"b\"*"_s;
        QTest::newRow("punctuation only dropped") << u"& - \""_s << QString();
        QTest::newRow("blank") << u"   "_s << QString();
    }

    void expression()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SearchText::toMatchExpression(text), expected);
    }
};

QTEST_GUILESS_MAIN(tst_SearchText)
#include "tst_searchtext.moc"
