// rapport-cli import vcard, run as the real binary: the report as text and
// JSON, --on-duplicate, an export imported back with nothing changed, and
// the exit statuses (with no database created) for a missing file and bad
// usage; a cut-short file changes nothing.

#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES "/vcard/") + name;
}

} // namespace

class tst_CliImportVCard : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dbPath = m_dir->filePath(u"test.sqlite"_s);
    }
    void cleanup() { m_dir.reset(); }

    void importsAsJsonAndAgainChangesNothing()
    {
        Run r = cli({u"--json"_s, u"import"_s, u"vcard"_s, fixture(u"outlook-2.1.vcf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject report = r.json();
        QCOMPARE(report.value(u"rows_read"_s).toInt(), 3);
        QCOMPARE(report.value(u"created"_s).toInt(), 2);
        QCOMPARE(report.value(u"skipped"_s).toInt(), 1);
        r = cli({u"--json"_s, u"import"_s, u"vcard"_s, fixture(u"outlook-2.1.vcf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        report = r.json();
        QCOMPARE(report.value(u"created"_s).toInt(), 0);
        QCOMPARE(report.value(u"updated"_s).toInt(), 0);
        QCOMPARE(report.value(u"unchanged"_s).toInt(), 2);
    }

    void textReportAndPolicies()
    {
        Run r = cli({u"import"_s, u"vcard"_s, fixture(u"gmail-3.0.vcf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"2 created"_s), qPrintable(r.out));
        r = cli(
            {u"import"_s, u"vcard"_s, u"--on-duplicate"_s, u"skip"_s, fixture(u"gmail-3.0.vcf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"duplicate of #1"_s), qPrintable(r.out));
        r = cli({u"import"_s, u"vcard"_s, u"--on-duplicate"_s, u"maybe"_s,
                 fixture(u"gmail-3.0.vcf"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"maybe"_s), qPrintable(r.err));
    }

    void exportImportsBackUnchanged()
    {
        Run r = cli({u"import"_s, u"vcard"_s, fixture(u"vobject.vcf"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString path = m_dir->filePath(u"out.vcf"_s);
        r = cli({u"export"_s, u"vcard"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.count("\r\nUID:urn:uuid:"), 2);
        QCOMPARE(bytes.count("\r\nPRODID:-//Rapport//"), 2);
        r = cli({u"--json"_s, u"import"_s, u"vcard"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"unchanged"_s).toInt(), 2);
        QCOMPARE(r.json().value(u"created"_s).toInt(), 0);
    }

    void failuresChangeNothing()
    {
        const QString missing = m_dir->filePath(u"nope.vcf"_s);
        Run r = cli({u"import"_s, u"vcard"_s, missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dbPath));
        r = cli({u"import"_s, u"vcard"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(m_dbPath));
        r = cli({u"import"_s, u"vcard"_s, fixture(u"truncated.vcf"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"truncated.vcf, line 1:"_s), qPrintable(r.err));
        r = cli({u"--json"_s, u"contacts"_s, u"list"_s});
        QVERIFY2(!r.out.contains(u"Cut"_s), qPrintable(r.out));
    }

    void helpListsImportVCard()
    {
        const Run r = cli({u"import"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"import vcard FILE"_s), qPrintable(r.out));
    }

private:
    Run cli(const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                               CliProcess::isolated(m_dir->path()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

QTEST_GUILESS_MAIN(tst_CliImportVCard)
#include "tst_cliimportvcard.moc"
