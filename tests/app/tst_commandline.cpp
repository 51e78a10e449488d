// The rapport window's command line: --version and --help print and exit
// without a display (over ssh, in a package check, in CI), where a
// QApplication would abort for want of a windowing system.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void printsWithoutDisplay_data();
    void printsWithoutDisplay();

private:
    static QProcessEnvironment noDisplay();
};

QProcessEnvironment tst_CommandLine::noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    return env;
}

void tst_CommandLine::printsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString version = u"Rapport %1\n"_s.arg(QStringLiteral(RAPPORT_VERSION));
    QTest::newRow("--version") << QStringList{u"--version"_s} << version;
    QTest::newRow("-v") << QStringList{u"-v"_s} << version;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"--read-only"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"--db <path>"_s;
    // Qt's own window options, which a QApplication would take, are not
    // "Unknown option" when only printing.
    QTest::newRow("-platform offscreen --help")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"--help"_s} << u"--read-only"_s;
    QTest::newRow("--version -style=fusion -reverse")
        << QStringList{u"--version"_s, u"-style=fusion"_s, u"-reverse"_s} << version;
    QTest::newRow("-qwindowgeometry 800x600 -v")
        << QStringList{u"-qwindowgeometry"_s, u"800x600"_s, u"-v"_s} << version;
}

void tst_CommandLine::printsWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    process.setProcessEnvironment(noDisplay());
    process.start(QStringLiteral(RAPPORT_EXE), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (expected == u"Rapport %1\n"_s.arg(QStringLiteral(RAPPORT_VERSION)))
        QCOMPARE(out, expected);
    else
        QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
