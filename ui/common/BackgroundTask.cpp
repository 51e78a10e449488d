#include "common/BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace rapport {

BackgroundTask::Outcome BackgroundTask::run(QWidget *parent, const QString &title,
                                            const QString &label, const Work &work, QString *error)
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    bool ok = false;
    QString workError;

    const Progress progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] { ok = work(progress, &workError); }));

    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    // Shown at once: until it is, the window would take clicks that could
    // start a second import or switch databases under the worker.
    dialog.setMinimumDuration(0);
    dialog.show();
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        // Polled rather than signalled: cancel() and Escape do not all emit.
        if (dialog.wasCanceled() && !cancelled.load()) {
            cancelled = true;
            dialog.setLabelText(QCoreApplication::translate(
                "BackgroundTask", "Cancelling; nothing will be changed…"));
        }
        const qint64 t = total.load();
        if (t > 0) {
            // QProgressDialog takes int; scale large byte counts down.
            const int scale = t > 1000000000 ? 1000 : 1;
            dialog.setMaximum(int(t / scale));
            dialog.setValue(int(qMin(done.load(), t) / scale));
        }
    });
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    poll.start();
    thread->start();
    loop.exec();
    poll.stop();
    thread->wait();
    dialog.close();

    if (cancelled.load() && !ok)
        return Outcome::Cancelled;
    if (!ok) {
        if (error)
            *error = workError;
        return Outcome::Failed;
    }
    return Outcome::Finished;
}

} // namespace rapport
