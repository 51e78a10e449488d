#include "domain/TextFold.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_TextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("accents") << u"José Núñez"_s << u"jose nunez"_s;
        QTest::newRow("umlauts") << u"Jürgen MÜLLER"_s << u"jurgen muller"_s;
        QTest::newRow("nordic") << u"Åberg Søren"_s << u"aberg søren"_s;
        QTest::newRow("whitespace") << u"  Ana \t  Silva  "_s << u"ana silva"_s;
        QTest::newRow("ligature") << u"ﬁnn"_s << u"finn"_s;
        QTest::newRow("sharp s kept") << u"Strauß"_s << u"strauß"_s;
        QTest::newRow("cjk unchanged") << u"王伟"_s << u"王伟"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::fold(input), expected);
    }
};

QTEST_GUILESS_MAIN(tst_TextFold)
#include "tst_textfold.moc"
