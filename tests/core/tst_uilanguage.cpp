// Which language Rapport speaks: the override from Preferences when it is
// one Rapport has, else the first of the system's languages Rapport has,
// else English; and installing it really translates.

#include "settings/Settings.h"
#include "settings/UiLanguage.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_UiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void choose_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        // Following the system (no override).
        QTest::newRow("German system") << QString() << QStringList{u"de-DE"_s, u"de"_s} << u"de"_s;
        QTest::newRow("Austrian system") << QString() << QStringList{u"de-AT"_s} << u"de"_s;
        QTest::newRow("English system") << QString() << QStringList{u"en-US"_s} << u"en"_s;
        QTest::newRow("C locale") << QString() << QStringList{u"C"_s} << u"en"_s;
        QTest::newRow("nothing") << QString() << QStringList() << u"en"_s;
        // LANGUAGE=fr:de: the first language Rapport has wins.
        QTest::newRow("French then German")
            << QString() << QStringList{u"fr-FR"_s, u"fr"_s, u"de"_s} << u"de"_s;
        // LANGUAGE=en:de: English is wanted before German.
        QTest::newRow("English then German")
            << QString() << QStringList{u"en-GB"_s, u"de-DE"_s} << u"en"_s;
        QTest::newRow("POSIX name") << QString() << QStringList{u"de_CH.UTF-8"_s} << u"de"_s;
        // The override from Preferences.
        QTest::newRow("German chosen on English") << u"de"_s << QStringList{u"en-US"_s} << u"de"_s;
        QTest::newRow("English chosen on German") << u"en"_s << QStringList{u"de-DE"_s} << u"en"_s;
        QTest::newRow("unknown override follows the system")
            << u"xx"_s << QStringList{u"de-DE"_s} << u"de"_s;
    }

    void choose()
    {
        QFETCH(QString, override);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::choose(override, system), expected);
    }

    void namesAreInTheirOwnLanguage()
    {
        QCOMPARE(UiLanguage::available(), (QStringList{u"en"_s, u"de"_s}));
        QCOMPARE(UiLanguage::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(UiLanguage::nativeName(u"en"_s), u"English"_s);
    }

    void theOverrideIsKeptInTheSettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"rapport.ini"_s);
        {
            Settings s(ini);
            QVERIFY(s.uiLanguage().isEmpty()); // follow the system
            s.setUiLanguage(u"de"_s);
            s.sync();
        }
        {
            Settings s(ini);
            QCOMPARE(s.uiLanguage(), u"de"_s);
            s.setUiLanguage(QString());
            s.sync();
        }
        QVERIFY(Settings(ini).uiLanguage().isEmpty());
    }

    void installingGermanTranslates()
    {
#ifndef RAPPORT_QM_DIR
        QSKIP("Built without Qt's Linguist tools: no .qm to install.");
#else
        QCOMPARE(UiLanguage::current(), u"en"_s);
        // English installs nothing.
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), u"en"_s, QString()));
        QCOMPARE(QCoreApplication::translate("rapport::MainMenus", "&File"), u"&File"_s);
        // The .qm the build makes from resources/translations/rapport_de.ts.
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), u"de"_s,
                                    QStringLiteral(RAPPORT_QM_DIR)));
        QCOMPARE(UiLanguage::current(), u"de"_s);
        QCOMPARE(QCoreApplication::translate("rapport::MainMenus", "&File"), u"&Datei"_s);
        // A folder without Rapport's translation (and no built-in one in
        // this test): English, and said so.
        QTemporaryDir empty;
        QVERIFY(!UiLanguage::install(*QCoreApplication::instance(), u"de"_s, empty.path()));
        QCOMPARE(UiLanguage::current(), u"en"_s);
#endif
    }
};

QTEST_GUILESS_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"
