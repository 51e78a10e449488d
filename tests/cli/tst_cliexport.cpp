// rapport-cli export csv|vcard, run as the real binary the way scripts and
// cron jobs run it: the file written, the message, the exit status, and no
// file at all when the command fails.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void csvWithColumnsTagAndSort();
    void csvDefaultColumnsAndBom();
    void csvSearch();
    void vcard();
    void json();
    void csvToStandardOutput();
    void vcardToStandardOutput();
    void devStdout();
    void unknownColumnIsBadUsage();
    void csvOnlyOptionsAreRefusedForVcard();
    void tierFilters();
    void unwritablePathFails();
    void badUsage_data();
    void badUsage();
    void helpListsExport();

private:
    Run cli(const QStringList &args);
    void add(const QStringList &args);
    QString outFile(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_CliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"test.sqlite"_s);
    add({u"--first"_s, u"Zoë"_s, u"--last"_s, u"Adams"_s, u"--company"_s, u"Zeta, Inc."_s,
         u"--tag"_s, u"vip"_s, u"--position"_s, u"=HYPERLINK(\"x\")"_s});
    add({u"--first"_s, u"Bob"_s, u"--last"_s, u"Young"_s, u"--company"_s, u"Acme"_s, u"--tag"_s,
         u"vip"_s, u"--url"_s, u"linkedin.com/in/bob-young"_s});
    add({u"--first"_s, u"Carla"_s, u"--last"_s, u"Mendes"_s, u"--company"_s, u"Beta"_s,
         u"--notes"_s, u"two\nlines"_s});
}

void tst_CliExport::cleanup()
{
    m_dir.reset();
}

Run tst_CliExport::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                           CliProcess::isolated(m_dir->path()));
}

void tst_CliExport::add(const QStringList &args)
{
    const Run r = cli(QStringList{u"contacts"_s, u"add"_s} + args);
    if (r.exitCode != 0)
        qWarning("contacts add failed: %s", qPrintable(r.err));
}

void tst_CliExport::csvWithColumnsTagAndSort()
{
    const QString path = outFile(u"vip.csv"_s);
    const Run r = cli({u"export"_s, u"csv"_s, path, u"--tag"_s, u"VIP"_s, u"--sort"_s, u"company"_s,
                       u"--columns"_s, u"full_name, company,position"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Exported 2 contacts to %1\n"_s.arg(QDir::toNativeSeparators(path)));
    QCOMPARE(QString::fromUtf8(readAll(path)),
             u"Full name,Company,Position\r\n"
             "Bob Young,Acme,\r\n"
             "Zoë Adams,\"Zeta, Inc.\",\"'=HYPERLINK(\"\"x\"\")\"\r\n"_s);
}

void tst_CliExport::csvDefaultColumnsAndBom()
{
    const QString path = outFile(u"all.csv"_s);
    const Run r = cli({u"export"_s, u"csv"_s, path, u"--bom"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "First name,Last name,Profile URL,Position,"));
    QVERIFY(bytes.contains("\"two\nlines\""));
    // Header and three records, by name: Bob, Carla, Zoë.
    QCOMPARE(bytes.count("\r\n"), 4);
    QVERIFY(bytes.indexOf("Bob") < bytes.indexOf("Carla"));
    QVERIFY(bytes.indexOf("Carla") < bytes.indexOf("Zo\xC3\xAB"));

    const Run plain = cli({u"export"_s, u"csv"_s, outFile(u"plain.csv"_s)});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(readAll(outFile(u"plain.csv"_s)).startsWith("First name,"));
}

void tst_CliExport::csvSearch()
{
    const QString path = outFile(u"found.csv"_s);
    const Run r = cli(
        {u"export"_s, u"csv"_s, path, u"--search"_s, u"zoe"_s, u"--columns"_s, u"first_name"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readAll(path), QByteArray("First name\r\nZo\xC3\xAB\r\n"));
}

void tst_CliExport::vcard()
{
    const QString path = outFile(u"contacts.vcf"_s);
    const Run r = cli({u"export"_s, u"vcard"_s, path, u"--tag"_s, u"vip"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Exported 2 contacts to %1\n"_s.arg(QDir::toNativeSeparators(path)));
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes.count("BEGIN:VCARD\r\n"), 2);
    QVERIFY(bytes.contains("FN:Bob Young\r\n"));
    QVERIFY(bytes.contains("ORG:Zeta\\, Inc.\r\n"));
    QVERIFY(bytes.contains("URL:https://www.linkedin.com/in/bob-young"));
    QVERIFY(bytes.contains("CATEGORIES:vip\r\n"));
}

void tst_CliExport::json()
{
    const QString path = outFile(u"one.vcf"_s);
    const Run r = cli({u"--json"_s, u"export"_s, u"vcard"_s, path, u"--search"_s, u"carla"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(object.value(u"exported"_s).toInt(), 1);
    QCOMPARE(object.value(u"file"_s).toString(), QDir::toNativeSeparators(path));
}

void tst_CliExport::csvToStandardOutput()
{
    QFile::remove(u"-"_s);
    const Run r = cli({u"export"_s, u"csv"_s, u"-"_s, u"--tag"_s, u"vip"_s, u"--sort"_s,
                       u"company"_s, u"--columns"_s, u"full_name,company"_s});
    QCOMPARE(r.exitCode, 0);
    // stdout is the CSV and nothing else; the summary is on stderr.
    QCOMPARE(r.out, u"Full name,Company\r\nBob Young,Acme\r\nZoë Adams,\"Zeta, Inc.\"\r\n"_s);
    QCOMPARE(r.err, u"Exported 2 contacts to standard output\n"_s);
    QVERIFY(!QFile::exists(u"-"_s));

    // The same bytes as the file export of the same contacts.
    const QString path = outFile(u"all.csv"_s);
    QCOMPARE(cli({u"export"_s, u"csv"_s, path}).exitCode, 0);
    const Run all = cli({u"export"_s, u"csv"_s, u"-"_s});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.toUtf8(), readAll(path));

    const Run json = cli({u"--json"_s, u"export"_s, u"csv"_s, u"-"_s, u"--columns"_s, u"email"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, u"Email\r\n\r\n\r\n\r\n"_s);
    const QJsonObject object = QJsonDocument::fromJson(json.err.toUtf8()).object();
    QCOMPARE(object.value(u"exported"_s).toInt(), 3);
}

void tst_CliExport::vcardToStandardOutput()
{
    const Run r = cli({u"export"_s, u"vcard"_s, u"-"_s, u"--search"_s, u"carla"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"BEGIN:VCARD\r\n"_s), qPrintable(r.out));
    QVERIFY(r.out.endsWith(u"END:VCARD\r\n"_s));
    QCOMPARE(r.out.count(u"BEGIN:VCARD"_s), 1);
    QVERIFY(r.out.contains(u"FN:Carla Mendes\r\n"_s));
    QCOMPARE(r.err, u"Exported 1 contact to standard output\n"_s);
}

void tst_CliExport::devStdout()
{
#ifdef Q_OS_WIN
    QSKIP("/dev/stdout is a Unix path");
#else
    const Run r = cli({u"export"_s, u"csv"_s, u"/dev/stdout"_s, u"--columns"_s, u"last_name"_s,
                       u"--sort"_s, u"name"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"Last name\r\nYoung\r\nMendes\r\nAdams\r\n"_s);
    QCOMPARE(r.err, u"Exported 3 contacts to /dev/stdout\n"_s);
#endif
}

void tst_CliExport::unknownColumnIsBadUsage()
{
    const QString path = outFile(u"x.csv"_s);
    const Run r = cli({u"export"_s, u"csv"_s, path, u"--columns"_s, u"first_name,shoe_size"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"shoe_size"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"connected_on"_s), qPrintable(r.err)); // lists the valid ones
    QVERIFY(!QFile::exists(path));
}

void tst_CliExport::csvOnlyOptionsAreRefusedForVcard()
{
    const Run r = cli({u"export"_s, u"vcard"_s, outFile(u"x.vcf"_s), u"--bom"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(outFile(u"x.vcf"_s)));
}

void tst_CliExport::tierFilters()
{
    QCOMPARE(cli({u"engage"_s, u"comment"_s, u"Bob Young"_s}).exitCode, 0);
    QCOMPARE(cli({u"engage"_s, u"like"_s, u"Carla Mendes"_s}).exitCode, 0);
    const QString csv = outFile(u"tier.csv"_s);
    const Run r = cli(
        {u"export"_s, u"csv"_s, csv, u"--tier"_s, u"commenter"_s, u"--columns"_s, u"company"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readAll(csv), QByteArray("Company\r\nAcme\r\n"));
    const QString vcf = outFile(u"tier.vcf"_s);
    QCOMPARE(cli({u"export"_s, u"vcard"_s, vcf, u"--tier"_s, u"liker"_s}).exitCode, 0);
    const QByteArray cards = readAll(vcf);
    QCOMPARE(cards.count("BEGIN:VCARD\r\n"), 1);
    QVERIFY(cards.contains("FN:Carla Mendes\r\n"));
    const QString nobody = outFile(u"followers.csv"_s);
    const Run none = cli({u"export"_s, u"csv"_s, nobody, u"--tier"_s, u"follower"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, u"Exported 0 contacts to %1\n"_s.arg(QDir::toNativeSeparators(nobody)));

    const Run bad = cli({u"export"_s, u"csv"_s, outFile(u"t.csv"_s), u"--tier"_s, u"fan"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!QFile::exists(outFile(u"t.csv"_s)));
    const Run later =
        cli({u"export"_s, u"csv"_s, outFile(u"s.csv"_s), u"--sort"_s, u"last-contacted"_s});
    QCOMPARE(later.exitCode, 1);
    QVERIFY2(later.err.contains(u"not yet available"_s), qPrintable(later.err));
    QVERIFY(!QFile::exists(outFile(u"s.csv"_s)));
}

void tst_CliExport::unwritablePathFails()
{
    const QString path = outFile(u"no-such-folder/contacts.csv"_s);
    const Run r = cli({u"export"_s, u"csv"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(path)), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    const Run folder = cli({u"export"_s, u"vcard"_s, m_dir->path()});
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains(QDir::toNativeSeparators(m_dir->path())), qPrintable(folder.err));
}

void tst_CliExport::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no format") << QStringList{u"export"_s} << u"csv or vcard"_s;
    QTest::newRow("bad format") << QStringList{u"export"_s, u"pdf"_s, u"x.pdf"_s} << u"pdf"_s;
    QTest::newRow("no file") << QStringList{u"export"_s, u"csv"_s} << u"which file"_s;
    QTest::newRow("two files") << QStringList{u"export"_s, u"csv"_s, u"a.csv"_s, u"b.csv"_s}
                               << u"b.csv"_s;
    QTest::newRow("bad sort") << QStringList{u"export"_s, u"csv"_s, u"a.csv"_s, u"--sort"_s,
                                             u"height"_s}
                              << u"height"_s;
    QTest::newRow("empty search") << QStringList{u"export"_s, u"vcard"_s, u"a.vcf"_s, u"--search"_s,
                                                 u"--"_s}
                                  << u"letter or digit"_s;
}

void tst_CliExport::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_CliExport::helpListsExport()
{
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"export csv FILE"_s));
    QVERIFY(r.out.contains(u"export vcard FILE"_s));
    const Run sub = cli({u"export"_s, u"csv"_s, u"--help"_s});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(u"--columns"_s));
}

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cliexport.moc"
