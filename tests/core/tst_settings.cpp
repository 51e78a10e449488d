#include "settings/Settings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void valuesPersistInTheFile()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"rapport.ini"_s);
        {
            Settings s(ini);
            s.setLastDatabase(u"/data/a.sqlite"_s);
            s.setWindowGeometry("geometry-bytes");
            s.setSplitterState(u"contacts"_s, "splitter-bytes");
            s.setHeaderState(u"contacts"_s, "header-bytes");
            s.setCsvMapping(u"abc123"_s, u"first_name,ignore,company"_s);
            s.sync();
        }
        Settings s(ini);
        QCOMPARE(s.lastDatabase(), u"/data/a.sqlite"_s);
        QCOMPARE(s.windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(s.splitterState(u"contacts"_s), QByteArray("splitter-bytes"));
        QCOMPARE(s.headerState(u"contacts"_s), QByteArray("header-bytes"));
        QVERIFY(s.splitterState(u"other"_s).isEmpty());
        QCOMPARE(s.csvMapping(u"abc123"_s), u"first_name,ignore,company"_s);
        QVERIFY(s.csvMapping(u"other"_s).isEmpty());
    }

    void recentDatabasesMostRecentFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(u"r.ini"_s));
        for (int i = 0; i < Settings::maxRecentDatabases + 3; ++i)
            s.addRecentDatabase(dir.filePath(u"db%1.sqlite"_s.arg(i)));
        s.addRecentDatabase(dir.filePath(u"db5.sqlite"_s));
        const QStringList recent = s.recentDatabases();
        QCOMPARE(recent.size(), Settings::maxRecentDatabases);
        QCOMPARE(recent.first(), QDir::cleanPath(dir.filePath(u"db5.sqlite"_s)));
        QCOMPARE(recent.count(QDir::cleanPath(dir.filePath(u"db5.sqlite"_s))), 1);
        QVERIFY(!recent.contains(QDir::cleanPath(dir.filePath(u"db0.sqlite"_s))));
        s.removeRecentDatabase(recent.first());
        QCOMPARE(s.recentDatabases().size(), Settings::maxRecentDatabases - 1);
    }
};

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
