// LinkedIn's analytics workbook: reading the 13-month workbook (396 daily
// rows, 68 top posts in two tables of 50, a year of followers; written by
// tests/fixtures/analytics/make_workbooks.py) R times. Baselines in the
// same run: reading the file's bytes from disk, and unpacking every file in
// the workbook's ZIP without parsing it. Reading alone (readOnly) is also
// the baseline the import into the database is measured against: the same
// workbook imported (read, then written in one transaction, with the backup
// Undo Import needs) into a new database R times, and imported again into
// a database that has it (nothing new). The goal: an import ≤ 200 ms.
//
//   bench_analytics [--file PATH.xlsx] [--runs R]

#include "BenchUtil.h"
#include "db/Database.h"
#include "io/AnalyticsImporter.h"
#include "io/AnalyticsWorkbookReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

#include <quazip.h>
#include <quazipfile.h>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QTextStream out(stdout);

// Reads the workbook `runs` times, without writing anything: the time of
// each read in ms, or an empty list after printing why it failed.
QList<double> readOnly(const QString &path, int runs, AnalyticsWorkbookData *data)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QString error;
        QElapsedTimer t;
        t.start();
        if (!AnalyticsWorkbookReader::read(path, data, &error)) {
            out << error << Qt::endl;
            return {};
        }
        samples << BenchUtil::msSince(t);
    }
    return samples;
}

// The same file's bytes read from disk `runs` times.
QList<double> fileBytes(const QString &path, int runs)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            file.readAll();
        samples << BenchUtil::msSince(t);
    }
    return samples;
}

// Every file inside the workbook's ZIP inflated, `runs` times: the work
// of the ZIP library alone.
QList<double> unzipOnly(const QString &path, int runs)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        QuaZip zip(path);
        if (zip.open(QuaZip::mdUnzip)) {
            for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
                QuaZipFile file(&zip);
                if (file.open(QIODevice::ReadOnly))
                    file.readAll();
            }
        }
        samples << BenchUtil::msSince(t);
    }
    return samples;
}

// The workbook imported `runs` times, each into a new database (created
// and migrated before the clock starts), or with `again` into one that
// already has it.
QList<double> imports(const QString &path, int runs, bool again)
{
    QList<double> samples;
    QTemporaryDir dir;
    for (int run = 0; run < runs; ++run) {
        Database db;
        QString error;
        if (!db.open(dir.filePath(again ? u"again.sqlite"_s : u"new%1.sqlite"_s.arg(run)),
                     &error)) {
            out << error << Qt::endl;
            return {};
        }
        AnalyticsImportReport report;
        if (again && run == 0 && !AnalyticsImporter(db).importFile(path, &report, &error)) {
            out << error << Qt::endl;
            return {};
        }
        QElapsedTimer t;
        t.start();
        if (!AnalyticsImporter(db).importFile(path, &report, &error)) {
            out << error << Qt::endl;
            return {};
        }
        samples << BenchUtil::msSince(t);
        if (again == report.stored) {
            out << u"unexpected: the import %1 something"_s.arg(again ? u"changed"_s
                                                                      : u"did not write"_s)
                << Qt::endl;
            return {};
        }
    }
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rapport analytics workbook benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"file"_s, u"The workbook to read (default: the 13-month fixture)."_s,
                      u"PATH"_s,
                      QStringLiteral(RAPPORT_FIXTURES
                                     "/analytics/Content_2024-12-01_2025-12-31_AlexSample.xlsx")});
    parser.addOption({u"runs"_s, u"Timed runs (default 51)."_s, u"R"_s, u"51"_s});
    parser.process(app);
    const QString path = parser.value(u"file"_s);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    AnalyticsWorkbookData data;
    // The machine is shared: wall-clock samples include waiting for a CPU,
    // the process's CPU time does not.
    const std::clock_t cpuStart = std::clock();
    const QList<double> readMs = readOnly(path, runs, &data);
    const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / runs;
    if (readMs.isEmpty())
        return 1;
    out << u"%1: %2 days, %3 top posts, %4 follower days, %5 demographics"_s.arg(data.fileName)
               .arg(data.days.size())
               .arg(data.topPosts.size())
               .arg(data.followerDays.size())
               .arg(data.demographics.size())
        << Qt::endl;
    const double base =
        BenchUtil::report(u"baseline: the file's bytes from disk"_s, fileBytes(path, runs));
    const double unzip =
        BenchUtil::report(u"baseline: unpack every file in the ZIP"_s, unzipOnly(path, runs));
    const double read = BenchUtil::report(u"read the workbook (no writing)"_s, readMs);
    out << u"read the workbook: %1 ms of CPU time per read (mean)"_s.arg(cpuMs, 0, 'f', 3)
        << Qt::endl;
    out << u"ratio to unpacking: %1x; to the file's bytes: %2x"_s
               .arg(read / qMax(0.001, unzip), 0, 'f', 1)
               .arg(read / qMax(0.001, base), 0, 'f', 0)
        << Qt::endl;

    const QList<double> fresh = imports(path, runs, false);
    const QList<double> again = imports(path, runs, true);
    if (fresh.isEmpty() || again.isEmpty())
        return 1;
    const double imported = BenchUtil::report(u"import into a new database"_s, fresh);
    const double repeated = BenchUtil::report(u"import again (nothing new)"_s, again);
    const double p99 = BenchUtil::percentile(fresh, 99);
    out << u"import / read: %1x (median), %2x (p99 / median read); again / read: %3x"_s
               .arg(imported / qMax(0.001, read), 0, 'f', 1)
               .arg(p99 / qMax(0.001, read), 0, 'f', 1)
               .arg(repeated / qMax(0.001, read), 0, 'f', 1)
        << Qt::endl;
    out << u"goal: an import in at most 200 ms: %1 (median %2 ms, p99 %3 ms)"_s
               .arg(p99 <= 200.0 ? u"met"_s
                                 : (imported <= 200.0 ? u"met at the median"_s : u"NOT met"_s))
               .arg(imported, 0, 'f', 1)
               .arg(p99, 0, 'f', 1)
        << Qt::endl;
    // For scripts/bench.sh (protocol in BenchUtil.h).
    BenchUtil::result(u"analytics workbook import (vs reading it)"_s, fresh, read, 200, 0);
    BenchUtil::result(u"analytics workbook import again (vs reading it)"_s, again, read, 200, 0);
    return 0;
}
