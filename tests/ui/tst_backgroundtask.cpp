#include "common/BackgroundTask.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_BackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void finishesAndKeepsTheWindowLive()
    {
        QWidget window;
        window.show();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(10);
        const Qt::HANDLE guiThread = QThread::currentThreadId();
        Qt::HANDLE workThread = nullptr;
        QString error;
        const auto outcome = BackgroundTask::run(
            &window, u"Work"_s, u"Working…"_s,
            [&](const BackgroundTask::Progress &progress, QString *) {
                workThread = QThread::currentThreadId();
                for (int i = 0; i < 40; ++i) {
                    QThread::msleep(5);
                    if (!progress(i, 40))
                        return false;
                }
                return true;
            },
            &error);
        QCOMPARE(outcome, BackgroundTask::Outcome::Finished);
        QVERIFY(workThread != guiThread);
        QVERIFY2(ticks > 0, "the event loop ran while the work did");
    }

    void reportsFailure()
    {
        QString error;
        const auto outcome = BackgroundTask::run(
            nullptr, u"Work"_s, u"Working…"_s,
            [](const BackgroundTask::Progress &, QString *e) {
                *e = u"row 7: no name"_s;
                return false;
            },
            &error);
        QCOMPARE(outcome, BackgroundTask::Outcome::Failed);
        QCOMPARE(error, u"row 7: no name"_s);
    }

    void cancelStopsTheWork()
    {
        QWidget window;
        window.show();
        // Press Cancel as soon as the dialog exists.
        QTimer presser;
        connect(&presser, &QTimer::timeout, this, [&] {
            if (auto *dialog = window.findChild<QProgressDialog *>(u"backgroundTaskDialog"_s))
                dialog->cancel();
        });
        presser.start(20);
        int steps = 0;
        QString error;
        const auto outcome = BackgroundTask::run(
            &window, u"Work"_s, u"Working…"_s,
            [&](const BackgroundTask::Progress &progress, QString *) {
                for (steps = 0; steps < 100000; ++steps) {
                    QThread::msleep(1);
                    if (!progress(steps, 100000))
                        return false;
                }
                return true;
            },
            &error);
        QCOMPARE(outcome, BackgroundTask::Outcome::Cancelled);
        QVERIFY(steps < 100000);
    }
};

QTEST_MAIN(tst_BackgroundTask)
#include "tst_backgroundtask.moc"
