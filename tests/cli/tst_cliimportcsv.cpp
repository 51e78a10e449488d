// rapport-cli import csv, run as the real binary: presets, --map by name
// and number, --delimiter, the duplicate policies, the report as text and
// JSON, and the exit statuses (with no database created) for a missing
// file, bad usage and a file without a first-name column.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES "/csv/") + name;
}

} // namespace

class tst_CliImportCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void googlePresetAsJson();
    void outlookPresetAsText();
    void mapByNameAndNumber();
    void delimiterOption();
    void onDuplicateSkipAndCreate();
    void raggedRowsListedWithLines();
    void missingFileFailsWithoutDatabase();
    void noFirstNameColumnFails();
    void badUsage_data();
    void badUsage();
    void helpListsImportCsv();

private:
    Run cli(const QStringList &args);
    QJsonObject show(const QString &contact);
    QString write(const QString &name, const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_CliImportCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"test.sqlite"_s);
}

void tst_CliImportCsv::cleanup()
{
    m_dir.reset();
}

Run tst_CliImportCsv::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                           CliProcess::isolated(m_dir->path()));
}

QJsonObject tst_CliImportCsv::show(const QString &contact)
{
    const Run r = cli({u"--json"_s, u"contacts"_s, u"show"_s, contact});
    if (r.exitCode != 0)
        qWarning("contacts show %s: %s", qPrintable(contact), qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString tst_CliImportCsv::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void tst_CliImportCsv::googlePresetAsJson()
{
    const Run r = cli(
        {u"--json"_s, u"import"_s, u"csv"_s, fixture(u"google.csv"_s), u"--preset"_s, u"google"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"rows_read"_s).toInt(), 3);
    QCOMPARE(json.value(u"created"_s).toInt(), 3);
    QCOMPARE(json.value(u"skipped"_s).toInt(), 0);
    QCOMPARE(json.value(u"files"_s).toArray().first().toString(), u"google.csv"_s);
    const QJsonObject ana = show(u"linkedin.com/in/ana-ferreira-example"_s);
    QCOMPARE(ana.value(u"full_name"_s).toString(), u"Ana Ferreira"_s);
    QCOMPARE(ana.value(u"company"_s).toString(), u"Nimbus Analytics"_s);

    // The same file again changes nothing.
    const Run again = cli({u"--json"_s, u"import"_s, u"csv"_s, fixture(u"google.csv"_s)});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(second.value(u"created"_s).toInt(), 0);
    QCOMPARE(second.value(u"updated"_s).toInt(), 0);
    QCOMPARE(second.value(u"unchanged"_s).toInt(), 3);
}

void tst_CliImportCsv::outlookPresetAsText()
{
    const Run r =
        cli({u"import"_s, u"csv"_s, fixture(u"outlook.csv"_s), u"--preset"_s, u"outlook"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Job Title → position"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Rows read: 2"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Contacts: 2 created, 0 updated, 0 unchanged"_s), qPrintable(r.out));
    QCOMPARE(show(u"Ingrid Solberg"_s).value(u"position"_s).toString(), u"Managing Director"_s);
}

void tst_CliImportCsv::mapByNameAndNumber()
{
    const QString path = write(u"odd.csv"_s, "Given,Surname,Mail,Remarks\n"
                                             "Hana,Kovač,hana@example.com,met in Zagreb\n");
    const Run r = cli({u"import"_s, u"csv"_s, path, u"--map"_s, u"Given=first_name"_s, u"--map"_s,
                       u"2=last_name"_s, u"--map"_s, u"mail=email"_s, u"--map"_s, u"4=notes"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject hana = show(u"Hana Kovač"_s);
    QCOMPARE(hana.value(u"email"_s).toString(), u"hana@example.com"_s);
    QCOMPARE(hana.value(u"notes"_s).toString(), u"met in Zagreb"_s);
}

void tst_CliImportCsv::delimiterOption()
{
    // Told the wrong delimiter, the whole line is one column without a name.
    Run r =
        cli({u"import"_s, u"csv"_s, fixture(u"semicolon-bom.csv"_s), u"--delimiter"_s, u"tab"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"1 \"Vorname;Nachname;Firma;Position;E-Mail;Notizen\""_s),
             qPrintable(r.err));
    r = cli({u"import"_s, u"csv"_s, fixture(u"semicolon-bom.csv"_s), u"--delimiter"_s, u";"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(show(u"Zoë Brandt"_s).value(u"company"_s).toString(), u"Ölwerk AG"_s);
}

void tst_CliImportCsv::onDuplicateSkipAndCreate()
{
    const QString path = write(u"people.csv"_s, "first_name,last_name,company,profile_url\n"
                                                "Ivo,Ilic,Acme,linkedin.com/in/ivo-ilic\n"
                                                "Jo,Jones,Acme,\n");
    QCOMPARE(cli({u"import"_s, u"csv"_s, path}).exitCode, 0);
    Run r = cli({u"import"_s, u"csv"_s, path, u"--on-duplicate"_s, u"skip"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"people.csv line 2: duplicate of #1 Ivo Ilic"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"people.csv line 3: duplicate of #2 Jo Jones"_s), qPrintable(r.out));
    r = cli({u"--json"_s, u"import"_s, u"csv"_s, path, u"--on-duplicate"_s, u"create"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"created"_s).toInt(), 1); // another Jo Jones; never another Ivo
    QCOMPARE(json.value(u"skipped"_s).toInt(), 1);
    const Run list = cli({u"contacts"_s, u"show"_s, u"Jo Jones"_s});
    QCOMPARE(list.exitCode, 1); // ambiguous now
}

void tst_CliImportCsv::raggedRowsListedWithLines()
{
    const Run r = cli({u"--json"_s, u"import"_s, u"csv"_s, fixture(u"ragged.csv"_s)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"created"_s).toInt(), 6);
    const QJsonArray rows = json.value(u"skipped_rows"_s).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(json.value(u"warnings"_s).toArray().size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"line"_s).toInt(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"reason"_s).toString(), u"no first name"_s);
}

void tst_CliImportCsv::missingFileFailsWithoutDatabase()
{
    const QString path = m_dir->filePath(u"nope.csv"_s);
    const Run r = cli({u"import"_s, u"csv"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliImportCsv::noFirstNameColumnFails()
{
    const QString path = write(u"phones.csv"_s, "Phone,E-mail\n123,a@example.com\n");
    const Run r = cli({u"import"_s, u"csv"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"1 \"Phone\", 2 \"E-mail\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"--map \"Phone=first_name\""_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliImportCsv::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString file = fixture(u"google.csv"_s);
    QTest::newRow("no file") << QStringList{} << u"give the CSV file"_s;
    QTest::newRow("two files") << QStringList{file, file} << u"unexpected"_s;
    QTest::newRow("map without =")
        << QStringList{file, u"--map"_s, u"Notes"_s} << u"COLUMN=FIELD"_s;
    QTest::newRow("map unknown field")
        << QStringList{file, u"--map"_s, u"Notes=phone"_s} << u"no field \"phone\""_s;
    QTest::newRow("map unknown column")
        << QStringList{file, u"--map"_s, u"Fax=notes"_s} << u"no column \"Fax\""_s;
    QTest::newRow("map column number")
        << QStringList{file, u"--map"_s, u"99=notes"_s} << u"no column 99"_s;
    QTest::newRow("delimiter") << QStringList{file, u"--delimiter"_s, u"::"_s}
                               << u"--delimiter \"::\""_s;
    QTest::newRow("on-duplicate") << QStringList{file, u"--on-duplicate"_s, u"merge"_s}
                                  << u"--on-duplicate \"merge\""_s;
    QTest::newRow("preset") << QStringList{file, u"--preset"_s, u"yahoo"_s}
                            << u"no preset \"yahoo\""_s;
    QTest::newRow("unknown option") << QStringList{file, u"--bom"_s} << u"bom"_s;
}

void tst_CliImportCsv::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = cli(QStringList{u"import"_s, u"csv"_s} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Usage: rapport-cli [--db PATH] [--json] import csv FILE"_s),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliImportCsv::helpListsImportCsv()
{
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"import csv FILE"_s), qPrintable(r.out));
    const Run h = cli({u"import"_s, u"csv"_s, u"--help"_s});
    QCOMPARE(h.exitCode, 0);
    QVERIFY2(h.out.contains(u"--on-duplicate update|skip|create"_s), qPrintable(h.out));
}

QTEST_GUILESS_MAIN(tst_CliImportCsv)
#include "tst_cliimportcsv.moc"
