// LinkedIn import at scale, against bare SQLite in the same run: writes a
// synthetic Connections.csv of N rows (2024+ era, with the Notes preamble),
// then times `sqlite3 DB ".import --csv --skip 3 FILE t"` into a bare table
// and Rapport's import of the same file into a fresh database (contacts
// created, deduplicated by profile, indexed for search), three runs each.
// Also times the sqlite3 shell loading the file straight into Rapport's
// schema (tests/bench/load-into-schema.sh: indexes, search index and
// summaries included): the floor SQLite sets.
//
//   bench_import [--rows N]... [--runs R] [--data DIR]   (default: 30000 and 1000000)
// Besides the text, BENCH|measure|median|p99|baseline|target|pass lines for
// scripts/bench.sh.

#include "BenchUtil.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "store/ContactStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QTextStream out(stdout);

// CPU time (user + system) this process, or its finished children, used so
// far, in ms: the wall clock is inflated on a shared machine, CPU time less.
double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool writeConnections(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Notes:\n\"When exporting your connection data, you may notice that some of the "
               "email addresses are missing. You will only see email addresses for connections "
               "who have allowed their connections to see or download their email address "
               "using this setting https://www.linkedin.com/psettings/privacy/email\"\n\n"
               "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    DemoGenerator gen(99);
    const QLocale english(QLocale::English);
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        const Contact c = gen.nextContact(i + 1);
        const QDate date = c.connectedOn.isValid() ? c.connectedOn : QDate(2024, 3, 5);
        const QString line =
            QStringList{csvField(c.firstName),
                        csvField(c.lastName),
                        c.profileUrl.isEmpty() ? u"https://www.linkedin.com/in/member-%1"_s.arg(i)
                                               : c.profileUrl,
                        csvField(c.email),
                        csvField(c.company),
                        csvField(c.position),
                        english.toString(date, u"dd MMM yyyy"_s)}
                .join(u',');
        chunk += line.toUtf8();
        if (i + 1 < rows)
            chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

double sqliteImport(const QString &dir, const QString &csv, int run)
{
    const QString db = dir + u"/bare-%1.sqlite"_s.arg(run);
    QFile::remove(db);
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(u"sqlite3"_s, {db, u".import --csv --skip 3 '%1' t"_s.arg(csv)});
    p.waitForFinished(-1);
    const double ms = BenchUtil::msSince(t);
    if (p.exitCode() != 0)
        out << u"sqlite3 failed: "_s << QString::fromUtf8(p.readAllStandardError()) << Qt::endl;
    QFile::remove(db);
    return ms;
}

// The floor for our schema: tests/bench/load-into-schema.sh, the sqlite3
// shell alone loading the file into a Rapport database that already has the
// schema (indexes and summary triggers set aside and rebuilt, the search
// index filled in one statement; see the script). The empty schema is made
// by Rapport before the clock starts.
double sqliteIntoSchema(const QString &dir, const QString &csv, int run)
{
    const QString path = dir + u"/floor-%1.sqlite"_s.arg(run);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    {
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            out << error << Qt::endl;
            return -1;
        }
        db.close();
    }
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(u"sh"_s,
            {QStringLiteral(RAPPORT_BENCH_DIR) + u"/load-into-schema.sh"_s, path, csv, dir});
    p.waitForFinished(-1);
    const double ms = BenchUtil::msSince(t);
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0 || !err.isEmpty())
        out << u"sqlite3 into the schema failed: "_s << QString::fromUtf8(err) << Qt::endl;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return ms;
}

double rapportImport(const QString &dir, const QString &csv, int run, ImportReport *report)
{
    const QString path = dir + u"/rapport-%1.sqlite"_s.arg(run);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    // The database exists before the clock starts, as for the shell's load
    // (a person imports into the database the window has open).
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        out << error << Qt::endl;
        return -1;
    }
    QElapsedTimer t;
    t.start();
    LinkedInArchive archive;
    if (!archive.open(csv, &error)) {
        out << error << Qt::endl;
        return -1;
    }
    LinkedInImporter importer(db);
    if (!importer.run(archive, report, &error)) {
        out << error << Qt::endl;
        return -1;
    }
    const double ms = BenchUtil::msSince(t);
    // Searchable: a prefix search answers from the index just built.
    ContactStore store(db);
    ContactQuery q;
    q.search = u"ma"_s;
    if (store.countUpTo(q, 10) == 0)
        out << u"warning: search found nothing after the import"_s << Qt::endl;
    db.close();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rapport LinkedIn import benchmark"_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows of Connections.csv (repeatable)."_s, u"N"_s});
    parser.addOption({u"runs"_s, u"Runs of each (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"data"_s,
                      u"Folder for the generated Connections-N.csv, reused when present "
                      "(default: a temporary folder)."_s,
                      u"DIR"_s});
    parser.process(app);
    QList<int> sizes;
    for (const QString &v : parser.values(u"rows"_s))
        sizes << v.toInt();
    if (sizes.isEmpty())
        sizes = {30000, 1000000};
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir tmp;
    const QString data = parser.isSet(u"data"_s) ? parser.value(u"data"_s) : tmp.path();
    if (!QDir().mkpath(data)) {
        out << u"Could not create the folder %1 for the generated files."_s.arg(data) << Qt::endl;
        return 1;
    }
    bool allMet = true;
    for (int rows : std::as_const(sizes)) {
        const QString csv = data + u"/Connections-%1.csv"_s.arg(rows);
        if (!QFile::exists(csv) && !writeConnections(csv, rows))
            return 1;
        out << Qt::endl
            << u"Connections.csv with "_s << rows << u" rows ("_s
            << QFile(csv).size() / (1024 * 1024) << u" MiB)"_s << Qt::endl;
        QList<double> bare, floor, ours, bareCpu, floorCpu, ourCpu;
        ImportReport report;
        for (int run = 0; run < runs; ++run) {
            double cpu = cpuMs(RUSAGE_CHILDREN);
            bare << sqliteImport(tmp.path(), csv, run);
            bareCpu << cpuMs(RUSAGE_CHILDREN) - cpu;
            cpu = cpuMs(RUSAGE_CHILDREN);
            floor << sqliteIntoSchema(tmp.path(), csv, run);
            floorCpu << cpuMs(RUSAGE_CHILDREN) - cpu;
            report = ImportReport();
            cpu = cpuMs(RUSAGE_SELF);
            ours << rapportImport(tmp.path(), csv, run, &report);
            ourCpu << cpuMs(RUSAGE_SELF) - cpu;
        }
        const double bareMedian = BenchUtil::report(u"  baseline sqlite3 .import"_s, bare);
        const double floorMedian =
            BenchUtil::report(u"  sqlite3 alone into Rapport's schema (indexes, search)"_s, floor);
        const double ourMedian = BenchUtil::report(
            u"  Rapport import (created "_s + QString::number(report.contacts.created) + u")"_s,
            ours);
        const double ourCpuMedian = BenchUtil::percentile(ourCpu, 50);
        const double floorCpuMedian = BenchUtil::percentile(floorCpu, 50);
        out << u"  CPU time (medians): sqlite3 .import "_s
            << QString::number(BenchUtil::percentile(bareCpu, 50), 'f', 0)
            << u" ms; sqlite3 into the schema "_s << QString::number(floorCpuMedian, 'f', 0)
            << u" ms; Rapport "_s << QString::number(ourCpuMedian, 'f', 0) << u" ms ("_s
            << QString::number(ourCpuMedian / floorCpuMedian, 'f', 2) << u"x)"_s << Qt::endl;
        out << u"  ratio (medians): "_s << QString::number(ourMedian / bareMedian, 'f', 2) << u"x"_s
            << u"; SQLite alone into the schema: "_s
            << QString::number(floorMedian / bareMedian, 'f', 2) << u"x; Rapport against that: "_s
            << QString::number(ourMedian / floorMedian, 'f', 2) << u"x"_s << Qt::endl;
        // Targets (issue 21): 30,000 rows (LinkedIn's cap) within 0.5 s; a
        // million within 20 s, 12x a bare .import and 1.1x the shell's load.
        const QString size = rows >= 1000000 ? u"%1M"_s.arg(rows / 1000000)
                             : rows >= 1000  ? u"%1k"_s.arg(rows / 1000)
                                             : QString::number(rows);
        const double p99 = runs > 1 ? BenchUtil::percentile(ours, 99) : -1;
        const auto benchLine = [&](const QString &measure, double baseline, const QString &target,
                                   bool ok) {
            BenchUtil::resultLine(measure, ourMedian, p99, baseline, target, ok);
            allMet = allMet && ok;
        };
        const double limit = rows <= 30000 ? 500 : 20000;
        benchLine(u"import %1 connections (vs sqlite3 .import)"_s.arg(size), bareMedian,
                  rows <= 30000 ? u"median<=500 ms, <=12x"_s : u"<=%1 ms, <=12x"_s.arg(limit),
                  ourMedian <= limit && ourMedian <= 12 * bareMedian);
        benchLine(u"import %1 connections (vs sqlite3 shell load into schema)"_s.arg(size),
                  floorMedian, u"<=1.1x"_s, ourMedian <= 1.1 * floorMedian);
    }
    out << Qt::endl
        << u"targets: 1,000,000 rows <= 20 s, <= 12x sqlite3 .import and <= 1.1x the sqlite3 "
           "shell's load into the schema; 30,000 rows <= 0.5 s"_s
        << Qt::endl;
    return allMet ? 0 : 2;
}
