// LinkedIn import at scale, against bare SQLite in the same run: writes a
// synthetic Connections.csv of N rows (2024+ era, with the Notes preamble),
// then times `sqlite3 DB ".import --csv --skip 3 FILE t"` into a bare table
// and Rapport's import of the same file into a fresh database (contacts
// created, deduplicated by profile, indexed for search), three runs each.
//
//   bench_import [--rows N]...   (default: 30000 and 1000000)

#include "BenchUtil.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "io/ImportReport.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInImporter.h"
#include "store/ContactStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace rapport;

namespace {

QTextStream out(stdout);

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

double rapportImport(const QString &dir, const QString &csv, int run, ImportReport *report)
{
    const QString path = dir + u"/rapport-%1.sqlite"_s.arg(run);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    QElapsedTimer t;
    t.start();
    Database db;
    QString error;
    LinkedInArchive archive;
    if (!db.open(path, &error) || !archive.open(csv, &error)) {
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
    parser.process(app);
    QList<int> sizes;
    for (const QString &v : parser.values(u"rows"_s))
        sizes << v.toInt();
    if (sizes.isEmpty())
        sizes = {30000, 1000000};
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir tmp;
    for (int rows : std::as_const(sizes)) {
        const QString csv = tmp.filePath(u"Connections-%1.csv"_s.arg(rows));
        if (!writeConnections(csv, rows))
            return 1;
        out << Qt::endl
            << u"Connections.csv with "_s << rows << u" rows ("_s
            << QFile(csv).size() / (1024 * 1024) << u" MiB)"_s << Qt::endl;
        QList<double> bare, ours;
        ImportReport report;
        for (int run = 0; run < runs; ++run) {
            bare << sqliteImport(tmp.path(), csv, run);
            report = ImportReport();
            ours << rapportImport(tmp.path(), csv, run, &report);
        }
        const double bareMedian = BenchUtil::report(u"  baseline sqlite3 .import"_s, bare);
        const double ourMedian = BenchUtil::report(
            u"  Rapport import (created "_s + QString::number(report.contacts.created) + u")"_s,
            ours);
        out << u"  ratio (medians): "_s << QString::number(ourMedian / bareMedian, 'f', 2) << u"x"_s
            << Qt::endl;
    }
    out << Qt::endl
        << u"targets: 1,000,000 rows <= 3x sqlite3 .import; 30,000 rows <= 1 s"_s << Qt::endl;
    return 0;
}
