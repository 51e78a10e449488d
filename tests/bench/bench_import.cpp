// LinkedIn import at scale, against bare SQLite in the same run: writes a
// synthetic Connections.csv of N rows (2024+ era, with the Notes preamble),
// then times `sqlite3 DB ".import --csv --skip 3 FILE t"` into a bare table
// and Rapport's import of the same file into a fresh database (contacts
// created, deduplicated by profile, indexed for search), three runs each.
// Also times the sqlite3 shell loading the file straight into Rapport's
// schema (indexes and search index included): the floor SQLite sets.
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
#include <QSqlQuery>
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

// The floor for our schema: the sqlite3 shell itself loads the file into a
// fresh Rapport database the fastest way SQLite offers — into a bare table,
// then one INSERT ... SELECT into contact with the sort indexes set aside and
// rebuilt, and the search index filled in one statement, in one transaction.
// No parsing of dates or URLs, no deduplication: what SQLite alone costs.
double sqliteIntoSchema(const QString &dir, const QString &csv, int run)
{
    const QString path = dir + u"/floor-%1.sqlite"_s.arg(run);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    QStringList drops, creates;
    {
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            out << error << Qt::endl;
            return -1;
        }
        QSqlQuery q(db.connection());
        q.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'contact' "
               "AND sql IS NOT NULL"_s);
        while (q.next()) {
            drops << u"DROP INDEX %1;"_s.arg(q.value(0).toString());
            creates << q.value(1).toString() + u';';
        }
        q.finish();
        db.close();
    }
    const QString script =
        u"PRAGMA cache_size = -65536;\n"
        "PRAGMA temp_store = MEMORY;\n"
        "CREATE TEMP TABLE raw (fn, ln, url, email, company, position, connected);\n"
        ".import --csv --skip 4 '%1' raw\n"
        "BEGIN;\n%2\n"
        "INSERT INTO contact (first_name, last_name, sort_name, profile_url, slug, email, "
        "company, position, degree, connected_on, created_at, updated_at) "
        "SELECT fn, ln, lower(fn || ' ' || ln), url, url, email, company, position, 1, "
        "connected, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM raw;\n%3\n"
        "INSERT INTO contact_fts (rowid, first_name, last_name, company, position, location, "
        "notes, tags_text) SELECT id, first_name, last_name, company, position, location, "
        "notes, tags_text FROM contact;\n"
        "COMMIT;\n"_s.arg(csv, drops.join(u'\n'), creates.join(u'\n'));
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(u"sqlite3"_s, {path});
    p.write(script.toUtf8());
    p.closeWriteChannel();
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
        QList<double> bare, floor, ours;
        ImportReport report;
        for (int run = 0; run < runs; ++run) {
            bare << sqliteImport(tmp.path(), csv, run);
            floor << sqliteIntoSchema(tmp.path(), csv, run);
            report = ImportReport();
            ours << rapportImport(tmp.path(), csv, run, &report);
        }
        const double bareMedian = BenchUtil::report(u"  baseline sqlite3 .import"_s, bare);
        const double floorMedian =
            BenchUtil::report(u"  sqlite3 alone into Rapport's schema (indexes, search)"_s, floor);
        const double ourMedian = BenchUtil::report(
            u"  Rapport import (created "_s + QString::number(report.contacts.created) + u")"_s,
            ours);
        out << u"  ratio (medians): "_s << QString::number(ourMedian / bareMedian, 'f', 2) << u"x"_s
            << u"; SQLite alone into the schema: "_s
            << QString::number(floorMedian / bareMedian, 'f', 2) << u"x; Rapport against that: "_s
            << QString::number(ourMedian / floorMedian, 'f', 2) << u"x"_s << Qt::endl;
    }
    out << Qt::endl
        << u"targets: 1,000,000 rows <= 3x sqlite3 .import; 30,000 rows <= 1 s"_s << Qt::endl;
    return 0;
}
