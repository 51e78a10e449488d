// What changed between two LinkedIn exports of 30,000 connections, against
// reading the same two files without writing, in one run. Writes export A
// (N connections) and export B (A with 1 % gone, 1 % new, 2 % with a new
// company or position), imports A into a template database once, then,
// each run on a fresh copy of it:
//   - read:    parsing A's and B's Connections.csv (LinkedInArchive +
//              LinkedInConnections), nothing written: the baseline;
//   - changes: ExportSnapshotStore::record for B's connections (load what A
//              saw, compare, store the versions and the changes, mark the
//              gone) in one transaction: the changes computed;
//   - import:  the whole LinkedIn import of B (contacts updated, then the
//              changes), as File ▸ Import runs it.
// Prints median and p99 of each and their ratios to the baseline; exits 1
// when the changes take longer than 1 s (median).
//
//   bench_changes [--rows N] [--runs R]   (default: 30000 rows, 5 runs)

#include "BenchUtil.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/ExportChanges.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInConnections.h"
#include "io/LinkedInImporter.h"
#include "store/ExportChangeStore.h"
#include "store/ExportSnapshotStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QTextStream out(stdout);

const char *const preamble =
    "Notes:\n\"When exporting your connection data, you may notice that some of the email "
    "addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
    "Connected On\n";

QByteArray row(int i, const QString &company, const QString &position)
{
    return u"Member%1,Example%2,https://www.linkedin.com/in/member-%1,,\"%3\",%4,%5 Mar 2024\n"_s
        .arg(i)
        .arg(i % 97)
        .arg(company, position)
        .arg(1 + i % 28, 2, 10, QChar(u'0'))
        .toUtf8();
}

// A: members 0..rows-1. B: without every 100th, with rows/100 new members,
// and every 50th (offset 7) at another company or in another position.
bool writeExports(const QString &dirA, const QString &dirB, int rows, int *expected)
{
    QDir().mkpath(dirA);
    QDir().mkpath(dirB);
    QFile a(dirA + u"/Connections.csv"_s);
    QFile b(dirB + u"/Connections.csv"_s);
    if (!a.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        return false;
    a.write(preamble);
    b.write(preamble);
    int changes = 0;
    for (int i = 0; i < rows; ++i) {
        const QString company = u"Company %1, Inc."_s.arg(i % 500);
        const QString position = u"Position %1"_s.arg(i % 40);
        a.write(row(i, company, position));
        if (i % 100 == 0) {
            ++changes; // gone
            continue;
        }
        if (i % 50 == 7) {
            ++changes;
            if (i % 100 == 7)
                b.write(row(i, u"Company %1, Inc."_s.arg((i + 1) % 500), position));
            else
                b.write(row(i, company, u"Senior "_s + position));
        } else {
            b.write(row(i, company, position));
        }
    }
    for (int i = rows; i < rows + rows / 100; ++i) {
        b.write(row(i, u"New Co"_s, u"Coach"_s));
        ++changes;
    }
    *expected = changes;
    return true;
}

// Every row of the folder's Connections.csv, parsed; nothing written.
QList<LinkedInConnections::Row> readRows(const QString &folder, QString *error)
{
    QList<LinkedInConnections::Row> rows;
    LinkedInArchive archive;
    if (!archive.open(folder, error))
        return rows;
    auto device = archive.device(LinkedInArchive::Part::Connections, error);
    if (!device)
        return rows;
    LinkedInConnections reader(device.get(), u"Connections.csv"_s);
    if (!reader.readHeader(error))
        return rows;
    LinkedInConnections::Row r;
    while (reader.next(&r))
        rows << r;
    return rows;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Connections in each export."_s, u"N"_s, u"30000"_s});
    parser.addOption({u"runs"_s, u"Runs of each measure."_s, u"R"_s, u"5"_s});
    parser.process(app);
    const int rows = qMax(100, parser.value(u"rows"_s).toInt());
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    const QString dirA = dir.filePath(u"export-a"_s);
    const QString dirB = dir.filePath(u"export-b"_s);
    int expected = 0;
    if (!writeExports(dirA, dirB, rows, &expected)) {
        out << "Could not write the exports in " << dir.path() << Qt::endl;
        return 1;
    }
    // The template: export A imported once (its database closed, so copies
    // are whole files).
    const QString templatePath = dir.filePath(u"template.sqlite"_s);
    {
        Database db;
        QString error;
        LinkedInArchive archive;
        ImportReport report;
        if (!db.open(templatePath, &error) || !archive.open(dirA, &error) ||
            !LinkedInImporter(db).run(archive, &report, &error)) {
            out << "Import of export A failed: " << error << Qt::endl;
            return 1;
        }
        QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    out << "Two exports of " << rows << " connections; " << expected
        << " changes expected between them; " << runs << " runs each" << Qt::endl;

    QList<double> read, changes, import;
    bool wrong = false;
    for (int run = 0; run < runs; ++run) {
        QString error;
        QElapsedTimer t;
        t.start();
        const QList<LinkedInConnections::Row> rowsA = readRows(dirA, &error);
        const QList<LinkedInConnections::Row> rowsB = readRows(dirB, &error);
        read << BenchUtil::msSince(t);
        if (rowsA.size() != rows || !error.isEmpty()) {
            out << "Reading failed: " << error << Qt::endl;
            return 1;
        }

        // The changes alone: B's rows as the importer hands them over (the
        // contact each matched), recorded against A.
        const QString path = dir.filePath(u"run-%1.sqlite"_s.arg(run));
        if (!copyDatabase(templatePath, path)) {
            out << "Could not copy the template database" << Qt::endl;
            return 1;
        }
        {
            Database db;
            if (!db.open(path, &error)) {
                out << error << Qt::endl;
                return 1;
            }
            QHash<QString, qint64> ids;
            QSqlQuery q(db.connection());
            q.exec(u"SELECT slug, id FROM contact WHERE slug IS NOT NULL"_s);
            while (q.next())
                ids.insert(q.value(0).toString(), q.value(1).toLongLong());
            q.finish();
            QList<ExportSighting> seen;
            for (const LinkedInConnections::Row &r : rowsB) {
                ExportSighting s;
                const QString slug = r.url.section(u'/', -1);
                s.contactId = ids.value(slug, 0);
                if (s.contactId == 0)
                    continue; // new: the importer would create it first
                s.firstName = r.firstName;
                s.lastName = r.lastName;
                s.url = r.url;
                s.company = r.company;
                s.position = r.position;
                s.connectedOn = r.connectedOn;
                seen << s;
            }
            t.restart();
            Transaction tx(db);
            ExportSnapshotStore store(db);
            if (!tx.started(&error) ||
                !store.record(0, dirB, true, seen, {}, store.outreachMark(), &error) ||
                !tx.commit(&error)) {
                out << "Recording the changes failed: " << error << Qt::endl;
                return 1;
            }
            changes << BenchUtil::msSince(t);
        }

        // The whole import of B.
        if (!copyDatabase(templatePath, path)) {
            out << "Could not copy the template database" << Qt::endl;
            return 1;
        }
        {
            Database db;
            if (!db.open(path, &error)) {
                out << error << Qt::endl;
                return 1;
            }
            LinkedInArchive archive;
            ImportReport report;
            t.restart();
            if (!archive.open(dirB, &error) ||
                !LinkedInImporter(db).run(archive, &report, &error)) {
                out << "Import of export B failed: " << error << Qt::endl;
                return 1;
            }
            import << BenchUtil::msSince(t);
            const int found = ExportChangeStore(db).latestCount();
            if (found != expected) {
                out << "Wrong: " << found << " changes found, " << expected << " expected"
                    << Qt::endl;
                wrong = true;
            }
        }
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }

    const double base = BenchUtil::report(u"read A and B (baseline, nothing written)"_s, read);
    const double diff = BenchUtil::report(u"changes of B against A (record)"_s, changes);
    const double whole = BenchUtil::report(u"whole import of B (with its changes)"_s, import);
    out << QString::asprintf(
               "ratio to the baseline: changes %.2fx (p99 %.2fx), whole import "
               "%.2fx (p99 %.2fx)",
               diff / base, BenchUtil::percentile(changes, 99) / BenchUtil::percentile(read, 99),
               whole / base, BenchUtil::percentile(import, 99) / BenchUtil::percentile(read, 99))
        << Qt::endl;
    out << "peak memory: " << QString::number(BenchUtil::peakRssMiB(), 'f', 1) << " MiB"
        << Qt::endl;
    // For scripts/bench.sh (protocol in BenchUtil.h).
    BenchUtil::result(u"export changes of %1 connections (vs reading both exports)"_s.arg(rows),
                      changes, base, 1000, 0);
    const bool fast = diff <= 1000.0;
    out << (fast ? "PASS" : "FAIL") << ": the changes take " << QString::number(diff, 'f', 1)
        << " ms (median), the goal is at most 1000 ms" << Qt::endl;
    return fast && !wrong ? 0 : 1;
}
