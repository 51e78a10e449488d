// rapport-cli import linkedin, run as the real binary: the report a person
// reads, the JSON a script reads, and the database left alone when the path
// is wrong or is not an export.

#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CliRun;

QString fixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES "/linkedin/") + name;
}

} // namespace

class tst_CliImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importFolderPrintsReport();
    void importJsonThenAgainChangesNothing();
    void singleCsv();
    void missingPathFailsWithoutCreatingDatabase();
    void notAnExportLeavesDatabaseUnchanged();
    void badUsage_data();
    void badUsage();
    void helpMentionsImport();

private:
    Run cli(const QStringList &args);
    int contactCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void tst_CliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"test.sqlite"_s);
}

void tst_CliImport::cleanup()
{
    m_dir.reset();
}

Run tst_CliImport::cli(const QStringList &args)
{
    return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                           CliProcess::isolated(m_dir->path()));
}

int tst_CliImport::contactCount()
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(m_dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM contact"_s) && q.next())
                count = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return count;
}

void tst_CliImport::importFolderPrintsReport()
{
    const Run r = cli({u"import"_s, u"linkedin"_s, fixture(u"2024"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Rows read: 17"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Contacts: 7 created, 0 updated, 0 unchanged"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Outreach: 9 created"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Skipped: 5 (hidden or closed profiles, rows with only a date: 2)"_s),
             qPrintable(r.out));
    // Each skipped row by file, line and reason.
    QVERIFY2(r.out.contains(u"Connections.csv line 10: Connected On \"sometime in May\""_s),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(u"messages.csv line 9: sponsored"_s), qPrintable(r.out));
    QCOMPARE(contactCount(), 7);
}

void tst_CliImport::importJsonThenAgainChangesNothing()
{
    Run r = cli({u"--json"_s, u"import"_s, u"linkedin"_s, fixture(u"2024"_s)});
    QCOMPARE(r.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"rows_read"_s).toInt(), 17);
    QCOMPARE(json.value(u"contacts"_s).toObject().value(u"created"_s).toInt(), 7);
    QCOMPARE(json.value(u"skipped"_s).toInt(), 5);

    r = cli({u"import"_s, u"linkedin"_s, fixture(u"2024"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(u"created"_s).toInt(), 0);
    QCOMPARE(json.value(u"updated"_s).toInt(), 0);
    QCOMPARE(json.value(u"unchanged"_s).toInt(), 13);
    QCOMPARE(contactCount(), 7);
}

void tst_CliImport::singleCsv()
{
    const Run r = cli({u"import"_s, u"linkedin"_s, fixture(u"excel/Connections.csv"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Contacts: 2 created"_s), qPrintable(r.out));
    QCOMPARE(contactCount(), 2);
}

void tst_CliImport::missingPathFailsWithoutCreatingDatabase()
{
    const QString path = m_dir->filePath(u"Basic_LinkedInDataExport.zip"_s);
    const Run r = cli({u"import"_s, u"linkedin"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(path)), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliImport::notAnExportLeavesDatabaseUnchanged()
{
    QVERIFY(cli({u"import"_s, u"linkedin"_s, fixture(u"2020"_s)}).exitCode == 0);
    QCOMPARE(contactCount(), 3);
    const QString path = m_dir->filePath(u"notes.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Phone\nJane,555\n");
    file.close();
    const Run r = cli({u"import"_s, u"linkedin"_s, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"notes.csv"_s), qPrintable(r.err));
    QCOMPARE(contactCount(), 3);
}

void tst_CliImport::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{u"import"_s};
    QTest::newRow("no path") << QStringList{u"import"_s, u"linkedin"_s};
    QTest::newRow("unknown source") << QStringList{u"import"_s, u"myspace"_s, u"x"_s};
    QTest::newRow("two paths") << QStringList{u"import"_s, u"linkedin"_s, u"a"_s, u"b"_s};
}

void tst_CliImport::badUsage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"import linkedin PATH"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dbPath));
}

void tst_CliImport::helpMentionsImport()
{
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"import linkedin PATH"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cliimport.moc"
