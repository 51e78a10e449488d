// rapport-cli import csv and import vcard with big generated files, run as
// the real binary: every row is imported and the program's peak memory
// stays well under 300 MB, growing much more slowly than the file (what an
// import holds is a bounded batch, fingerprints and SQLite's own bounded
// caches, nothing a row).

#include "CliProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// `rows` unique people with an e-mail, notes and another address book's
// UID in the Rapport ID column (remembered for the run).
QByteArray csvOf(int rows)
{
    QByteArray csv = "First Name,Last Name,Company,Position,E-mail Address,Notes,Rapport ID\n";
    csv.reserve(rows * 110);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Ada,Person" + n + ",Company" + QByteArray::number(i % 5000) + ",Engineer,p" + n +
               "@mail.example,met at event " + n + ",phone-" + n + "\r\n";
    }
    return csv;
}

QByteArray vcardsOf(int cards)
{
    QByteArray vcf;
    vcf.reserve(cards * 160);
    for (int i = 0; i < cards; ++i) {
        const QByteArray n = QByteArray::number(i);
        vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-" + n + "\r\nN:Person" + n +
               ";Bo;;;\r\nFN:Bo Person" + n + "\r\nORG:Company" + QByteArray::number(i % 5000) +
               "\r\nEMAIL;TYPE=INTERNET:b" + n + "@mail.example\r\nEND:VCARD\r\n";
    }
    return vcf;
}

// The largest resident set of any rapport-cli this test ran, in MB; 0
// where the system does not say.
long peakMb()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    if (getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
    return usage.ru_maxrss / 1024;
#else
    return 0;
#endif
}

} // namespace

class tst_CliImportLarge : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void bigCsvInBoundedMemory()
    {
        // A small file first: the memory any import takes; then one ten
        // times bigger.
        constexpr int small = 10000;
        constexpr int big = 100000;
        QVERIFY(write(u"small.csv"_s, csvOf(small)));
        CliRun r = cli(u"small.sqlite"_s, {u"import"_s, u"csv"_s, path(u"small.csv"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"created"_s).toInt(), small);
        const long smallPeak = peakMb();
        QVERIFY(smallPeak >= 0);

        QVERIFY(write(u"big.csv"_s, csvOf(big)));
        r = cli(u"big.sqlite"_s, {u"import"_s, u"csv"_s, path(u"big.csv"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"created"_s).toInt(), big);
        QCOMPARE(r.json().value(u"skipped"_s).toInt(), 0);
        const long bigPeak = peakMb();
        qInfo("peak RSS of rapport-cli: %ld MB for %d rows, %ld MB for %d rows", smallPeak, small,
              bigPeak, big);
        QVERIFY2(bigPeak < 200, qPrintable(u"%1 MB"_s.arg(bigPeak)));
        // Ten times the rows, not even five times the memory.
        QVERIFY2(bigPeak < 5 * smallPeak || smallPeak == 0,
                 qPrintable(u"%1 MB, %2 MB"_s.arg(smallPeak).arg(bigPeak)));
    }

    void bigVCardInBoundedMemory()
    {
        constexpr int cards = 20000;
        QVERIFY(write(u"big.vcf"_s, vcardsOf(cards)));
        const CliRun r = cli(u"vcard.sqlite"_s, {u"import"_s, u"vcard"_s, path(u"big.vcf"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"created"_s).toInt(), cards);
        qInfo("peak RSS of rapport-cli so far: %ld MB", peakMb());
        QVERIFY2(peakMb() < 200, qPrintable(u"%1 MB"_s.arg(peakMb())));
    }

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    CliRun cli(const QString &db, const QStringList &args)
    {
        return CliProcess::run(QStringList{u"--db"_s, path(db), u"--json"_s} + args,
                               CliProcess::isolated(m_dir->path()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_CliImportLarge)
#include "tst_cliimportlarge.moc"
