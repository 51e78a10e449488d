#pragma once

// Runs a GUI test on an offscreen screen of a chosen size (the offscreen
// platform's own screen is 800×800): QT_QPA_PLATFORM=offscreen with a
// configuration file naming one screen, written before the application
// starts. For tests of what fits a 1280×720 laptop.

#include <QApplication>
#include <QByteArray>
#include <QFile>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>

namespace rapport::ScreenTesting {

inline int run(int argc, char **argv, QObject &test, const QSize &screen)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QByteArrayLiteral("{\"screens\":[{\"name\":\"test\",\"x\":0,\"y\":0,\"width\":") +
               QByteArray::number(screen.width()) + QByteArrayLiteral(",\"height\":") +
               QByteArray::number(screen.height()) +
               QByteArrayLiteral(",\"logicalDpi\":96,\"logicalBaseDpi\":96,\"dpr\":1}]}"));
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

} // namespace rapport::ScreenTesting

// QTEST_MAIN on a screen of width × height pixels.
#define RAPPORT_TEST_MAIN_ON_SCREEN(TestObject, width, height)                                     \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        TestObject test;                                                                           \
        return rapport::ScreenTesting::run(argc, argv, test, QSize(width, height));                \
    }
