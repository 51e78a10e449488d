// Start-up at scale: from the process's start to the Today page painted, as
// the window starts (MainWindow with its Session, opening --db, on the
// offscreen platform), each run a fresh process on a database kept in the
// OS cache by the run before. Tiers and scores are brought up to date after
// that first paint; the time they were done is reported too. Baseline in the
// same run: a fresh process painting an empty main window (what starting Qt
// alone costs here).
//
//   bench_startup --db PATH [--runs R]
//
// PATH must exist (scripts/bench.sh passes its generated dataset); opening
// it may bring tiers and scores up to today, as the window would.

#include "BenchUtil.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "today/TodayPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QElapsedTimer sinceStart;

// Notes the first paint of `page` or anything on it.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *page)
        : m_page(page)
    {}
    double at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (at < 0 && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *w = static_cast<QWidget *>(watched);
            if (w == m_page || m_page->isAncestorOf(w))
                at = BenchUtil::msSince(sinceStart);
        }
        return false;
    }

private:
    QWidget *m_page;
};

// One start-up in this process: prints "STARTUP|paint_ms|derived_ms".
int startOnce(QApplication &app, const QString &path, bool empty)
{
    QTextStream out(stdout);
    if (empty) {
        QMainWindow window;
        window.resize(1280, 720);
        FirstPaint paint(&window);
        app.installEventFilter(&paint);
        window.show();
        while (paint.at < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        out << u"STARTUP|"_s << paint.at << u"|-1"_s << Qt::endl;
        return 0;
    }
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(u"rapport.ini"_s));
    MainWindow window(settings);
    window.resize(1280, 720);
    auto *today = window.findChild<TodayPage *>();
    auto *session = window.findChild<Session *>();
    if (!today || !session) {
        QTextStream(stderr) << "bench_startup: no Today page or session in the window" << Qt::endl;
        return 1;
    }
    FirstPaint paint(today);
    app.installEventFilter(&paint);
    // When tiers and scores were up to date: once a pending refresh is
    // done; with none pending at all, at the first paint (nothing to wait
    // for).
    double derivedAt = -1;
    bool sawPending = false;
    QObject::connect(session, &Session::changed, &app, [&] {
        if (session->isDerivedStatePending())
            sawPending = true;
        else if (sawPending && derivedAt < 0)
            derivedAt = BenchUtil::msSince(sinceStart);
    });
    window.show();
    if (!window.openDatabase(path)) {
        QTextStream(stderr) << "bench_startup: could not open " << path << Qt::endl;
        return 1;
    }
    sawPending = sawPending || session->isDerivedStatePending();
    QElapsedTimer limit;
    limit.start();
    while ((paint.at < 0 || session->isDerivedStatePending()) && limit.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (derivedAt < 0 && !session->isDerivedStatePending())
        derivedAt = sawPending ? BenchUtil::msSince(sinceStart) : paint.at;
    out << u"STARTUP|"_s << paint.at << u'|' << derivedAt << Qt::endl;
    return paint.at < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rapport start-up benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The database to open (must exist)."_s, u"PATH"_s});
    parser.addOption({u"runs"_s, u"Start-ups timed (default 7)."_s, u"R"_s, u"7"_s});
    parser.addOption({u"once"_s, u"Start once in this process and print the times."_s});
    parser.addOption({u"empty"_s, u"With --once: an empty main window (the baseline)."_s});
    parser.process(app);
    const QString path = parser.value(u"db"_s);
    if (parser.isSet(u"once"_s))
        return startOnce(app, path, parser.isSet(u"empty"_s));

    QTextStream out(stdout);
    if (path.isEmpty() || !QFile::exists(path)) {
        QTextStream(stderr) << "bench_startup: --db must name an existing database" << Qt::endl;
        return 2;
    }
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    auto run = [&](bool empty, double *paint, double *derived) {
        QProcess child;
        QStringList args = {u"--once"_s, u"--db"_s, path};
        if (empty)
            args << u"--empty"_s;
        child.start(QCoreApplication::applicationFilePath(), args);
        if (!child.waitForFinished(180000) || child.exitCode() != 0)
            return false;
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (line.startsWith("STARTUP|")) {
                const QList<QByteArray> parts = line.trimmed().split('|');
                *paint = parts.value(1).toDouble();
                *derived = parts.value(2).toDouble();
                return true;
            }
        }
        return false;
    };
    out << u"Rapport start-up benchmark: "_s << path << Qt::endl;
    QList<double> painted, derivedDone, emptyWindow;
    double paint = 0, derived = 0;
    run(false, &paint, &derived); // fills the OS cache; not counted
    for (int i = 0; i < runs; ++i) {
        if (!run(false, &paint, &derived)) {
            QTextStream(stderr) << "bench_startup: a start-up failed" << Qt::endl;
            return 1;
        }
        painted << paint;
        if (derived >= 0)
            derivedDone << derived;
        if (run(true, &paint, &derived))
            emptyWindow << paint;
    }
    const double base = BenchUtil::report(u"baseline: empty main window painted"_s, emptyWindow);
    const double med = BenchUtil::report(u"start-up to the Today page painted"_s, painted);
    BenchUtil::report(u"  tiers and scores up to date (after the paint)"_s, derivedDone);
    out << u"ratio to the empty window: "_s << QString::number(med / base, 'f', 1) << u"x"_s
        << Qt::endl;
    BenchUtil::result(u"start-up to painted Today page"_s, painted, base, 1000, 0);
    bool after = derivedDone.size() == painted.size();
    for (int i = 0; after && i < painted.size(); ++i)
        after = derivedDone.at(i) >= painted.at(i);
    BenchUtil::resultLine(u"start-up: tiers and scores up to date"_s,
                          BenchUtil::median(derivedDone), BenchUtil::percentile(derivedDone, 99),
                          -1, u"after the first paint"_s, after);
    return 0;
}
