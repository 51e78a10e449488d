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
        QTest::newRow("ascii") << u"  Mary-Ann O'NEIL \r\n  & Co.  "_s
                               << u"mary-ann o'neil & co."_s;
        QTest::newRow("ascii controls kept") << u"A\x1f\x7fZ"_s << u"a\x1f\x7fz"_s;
        QTest::newRow("only spaces") << u" \t\v\f "_s << QString();
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::fold(input), expected);
    }

    // Plain ASCII takes a shortcut: for it, folding is collapsing the
    // whitespace (the same characters QString::simplified() takes) and
    // folding the case, as the Unicode path does. Every ASCII character,
    // alone and between letters and spaces.
    void asciiShortcutAgreesWithUnicode()
    {
        for (char16_t u = 0; u < 0x80; ++u) {
            const QString c(QChar{u});
            for (const QString &text : {c, u"Ab"_s + c + u" Cd"_s, c + u"  x "_s + c}) {
                QCOMPARE(TextFold::fold(text), text.simplified().toCaseFolded());
                // One non-ASCII letter that folds to itself sends the same
                // text down the Unicode path.
                QCOMPARE(TextFold::fold(text + u" \u00e6"_s),
                         (text + u" \u00e6"_s).simplified().toCaseFolded());
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_TextFold)
#include "tst_textfold.moc"
