// rapport-cli import linkedin with damaged and hostile exports, run as the
// real binary: a damaged ZIP is refused naming the file and nothing is
// imported; a ZIP bomb is refused at once; a file full of duplicates gives a
// bounded report. The program's peak memory stays under 300 MB throughout.

#include "../core/DamagedZip.h"
#include "CliProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_CliImportDamaged : public QObject
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

    void damagedMessagesImportsNothing()
    {
        // Connections.csv is whole; messages.csv, read after it, is not.
        const QString zip = m_dir->filePath(u"Basic_LinkedInDataExport_02-08-2026.zip"_s);
        const QByteArray messages =
            test::readAllOf(QStringLiteral(RAPPORT_FIXTURES "/linkedin/2024/messages.csv"));
        QVERIFY(!messages.isEmpty());
        QVERIFY(test::writeZip(zip, {{u"Connections.csv"_s, test::connectionsCsv(300)},
                                     {u"messages.csv"_s, messages}}));
        QByteArray bytes = test::readAllOf(zip);
        const auto layout = test::zipEntryLayout(bytes, "messages.csv");
        QVERIFY(layout.data > 0);
        const quint32 crc = qFromLittleEndian<quint32>(bytes.constData() + layout.local + 14);
        test::patchBoth(&bytes, layout, test::zipCrcField, ~crc);
        QVERIFY(test::writeAllTo(zip, bytes));

        const CliRun r = cli({u"import"_s, u"linkedin"_s, zip});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Basic_LinkedInDataExport_02-08-2026.zip is damaged at "
                                "messages.csv"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Download the export again"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(contactCount(), 0);
    }

    void flippedBitsNeverImportGarbage()
    {
        const QString zip = m_dir->filePath(u"export.zip"_s);
        const QByteArray csv = test::connectionsCsv(500);
        QVERIFY(test::writeZip(zip, {{u"Connections.csv"_s, csv}}));
        const QByteArray whole = test::readAllOf(zip);
        const auto layout = test::zipEntryLayout(whole, "Connections.csv");
        QRandomGenerator random(14);
        for (int trial = 0; trial < 8; ++trial) {
            QByteArray bytes = whole;
            const qsizetype at = layout.data + random.bounded(int(layout.compressedSize));
            bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
            QVERIFY(test::writeAllTo(zip, bytes));
            QFile::remove(m_dbPath);
            const CliRun r = cli({u"--json"_s, u"import"_s, u"linkedin"_s, zip});
            if (r.exitCode == 0) { // a flip in padding: the data is intact
                QCOMPARE(r.json().value(u"created"_s).toInt(), 500);
                continue;
            }
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"export.zip is damaged at Connections.csv"_s),
                     qPrintable(r.err));
            QCOMPARE(contactCount(), 0);
        }
    }

    void zipBombIsRefused()
    {
        const QString zip = m_dir->filePath(u"bomb.zip"_s);
        QVERIFY(test::writeBombZip(zip, 400));
        const CliRun r = cli({u"import"_s, u"linkedin"_s, zip});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"ZIP bomb"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Connections.csv"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dbPath)); // refused before the database
        checkPeakMemory();
    }

    void duplicatesGiveABoundedReport()
    {
        const QString folder = m_dir->filePath(u"export"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(
            test::writeAllTo(folder + u"/Connections.csv"_s, test::connectionsCsv(30000, true)));
        CliRun r = cli({u"--json"_s, u"import"_s, u"linkedin"_s, folder});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"created"_s).toInt(), 1);
        QCOMPARE(json.value(u"skipped"_s).toInt(), 29999);
        QCOMPARE(json.value(u"skipped_rows"_s).toArray().size(), 1000);
        QCOMPARE(json.value(u"skipped_rows_not_listed"_s).toInt(), 28999);
        QVERIFY(r.out.size() < 200000);

        r = cli({u"import"_s, u"linkedin"_s, folder});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"… and 29949 more (--json lists the first 1000)"_s) ||
                     r.out.contains(u"… and 29,949 more (--json lists the first 1,000)"_s),
                 qPrintable(r.out.right(300)));
        checkPeakMemory();
    }

private:
    CliRun cli(const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, m_dbPath} + args,
                               CliProcess::isolated(m_dir->path()));
    }

    // The largest resident set any rapport-cli run by this test reached.
    static void checkPeakMemory()
    {
#ifdef Q_OS_LINUX
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        const long peakMb = usage.ru_maxrss / 1024;
        qInfo("peak RSS of rapport-cli so far: %ld MB", peakMb);
        QVERIFY2(peakMb < 300, qPrintable(u"%1 MB"_s.arg(peakMb)));
#endif
    }

    int contactCount()
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

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

QTEST_GUILESS_MAIN(tst_CliImportDamaged)
#include "tst_cliimportdamaged.moc"
