#include "db/SqlErrorText.h"

#include <QDir>
#include <QSqlError>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_SqlErrorText : public QObject
{
    Q_OBJECT

private slots:
    void namesFileAndSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("nativeCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full") << u"13"_s << u"no space left on the disk holding"_s;
        QTest::newRow("read-only") << u"8"_s << u"read-only"_s;
        QTest::newRow("read-only, extended") << u"776"_s << u"read-only"_s;
        QTest::newRow("busy") << u"5"_s << u"busy"_s;
        QTest::newRow("locked") << u"6"_s << u"busy"_s;
        QTest::newRow("corrupt") << u"11"_s << u"damaged"_s;
        QTest::newRow("not a database") << u"26"_s << u"damaged"_s;
        QTest::newRow("disk i/o") << u"10"_s << u"read or write error"_s;
        QTest::newRow("disk i/o, extended") << u"266"_s << u"read or write error"_s;
        QTest::newRow("constraint") << u"19"_s << u"Rapport's mistake"_s;
        QTest::newRow("unknown") << u"99"_s << u"SQLite error 99"_s;
    }

    void namesFileAndSaysWhatToDo()
    {
        QFETCH(QString, nativeCode);
        QFETCH(QString, expected);
        const QSqlError error(u"driver text"_s, u"database or disk is full"_s,
                              QSqlError::StatementError, nativeCode);
        const QString path = QDir::temp().filePath(u"people.sqlite"_s);
        const QString text = SqlErrorText::describe(error, path);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
        QVERIFY2(!text.contains(u"database or disk is full"_s), "no raw SQLite text");
        QVERIFY2(!text.contains(u"driver text"_s), "no raw driver text");
    }

    void sentenceCapitalisesAndEnds()
    {
        QCOMPARE(SqlErrorText::sentence(u"there is no space left"_s), u"There is no space left."_s);
        QCOMPARE(SqlErrorText::sentence(u"Done."_s), u"Done."_s);
        QCOMPARE(SqlErrorText::sentence(QString()), QString());
    }

    void classifies()
    {
        const auto make = [](const QString &code) {
            return QSqlError(QString(), QString(), QSqlError::StatementError, code);
        };
        QVERIFY(SqlErrorText::isDiskFull(make(u"13"_s)));
        QVERIFY(SqlErrorText::isReadOnly(make(u"1032"_s))); // SQLITE_READONLY_DBMOVED
        QVERIFY(SqlErrorText::isBusy(make(u"517"_s)));      // SQLITE_BUSY_SNAPSHOT
        QVERIFY(!SqlErrorText::isBusy(make(u"13"_s)));
        QCOMPARE(SqlErrorText::primaryCode(QSqlError()), -1);
    }
};

QTEST_GUILESS_MAIN(tst_SqlErrorText)
#include "tst_sqlerrortext.moc"
