#include "common/FileDialogs.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_FileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        FileDialogs::setTesting(false);
        FileDialogs::clear();
    }

    void nextPathsAnswerInOrder()
    {
        FileDialogs::setNextPath(u"/tmp/a.csv"_s);
        FileDialogs::setNextPath(u"/tmp/out.vcf"_s);
        FileDialogs::setNextPath(u"/tmp/export"_s);
        QCOMPARE(FileDialogs::openFile(nullptr, u"Import"_s, QString(), QString()),
                 u"/tmp/a.csv"_s);
        QCOMPARE(FileDialogs::saveFile(nullptr, u"Export"_s, QString(), QString()),
                 u"/tmp/out.vcf"_s);
        QCOMPARE(FileDialogs::folder(nullptr, u"Folder"_s, QString()), u"/tmp/export"_s);
        QCOMPARE(FileDialogs::asked(), (QStringList{u"Import"_s, u"Export"_s, u"Folder"_s}));
    }

    void unansweredIsCancelWhileTesting()
    {
        FileDialogs::setTesting(true);
        QVERIFY(FileDialogs::openFile(nullptr, u"Open Database"_s, QString(), QString()).isEmpty());
        QCOMPARE(FileDialogs::asked(), QStringList{u"Open Database"_s});
        FileDialogs::setNextPath(QString());
        FileDialogs::setNextPath(u"/tmp/b.sqlite"_s);
        QVERIFY(FileDialogs::saveFile(nullptr, u"New"_s, QString(), QString()).isEmpty());
        QCOMPARE(FileDialogs::saveFile(nullptr, u"New"_s, QString(), QString()),
                 u"/tmp/b.sqlite"_s);
        FileDialogs::clear();
        QVERIFY(FileDialogs::asked().isEmpty());
    }
};

QTEST_MAIN(tst_FileDialogs)
#include "tst_filedialogs.moc"
