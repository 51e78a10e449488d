// The limits that keep a CSV or vCard import's memory bounded
// (ContactImportWriter): a file with more rows or cards than one import
// takes is refused naming the file and the limit, nothing imported; rows
// of megabytes are saved in smaller batches and still matched to the rows
// before them; the UIDs of a run are remembered for contacts whose ids are
// past the table kept by id, too; index rebuilds sort through temporary
// files.

#include "db/Database.h"
#include "io/CsvImporter.h"
#include "io/VCardImporter.h"
#include "store/ContactStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;

class tst_ImportLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void csvWithTooManyRowsIsRefused();
    void vcardWithTooManyCardsIsRefused();
    void rowsUpToTheLimitImport();
    void hugeRowsAreSavedInSmallerBatches();
    void uidsOfHighIdsAreRemembered();
    void indexRebuildsSortOnDisk();

private:
    bool write(const QString &name, const QByteArray &bytes);
    int count();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_ImportLimits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"l.sqlite"_s), &error), qPrintable(error));
}

void tst_ImportLimits::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool tst_ImportLimits::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int tst_ImportLimits::count()
{
    return ContactStore(*m_db).totalCount();
}

void tst_ImportLimits::csvWithTooManyRowsIsRefused()
{
    QByteArray csv = "First Name,Last Name\n";
    for (int i = 0; i < 12; ++i)
        csv += "Ada,Person" + QByteArray::number(i) + "\n";
    QVERIFY(write(u"many.csv"_s, csv));
    CsvImporter importer(*m_db);
    importer.setMapping(CsvColumnMapping::automatic({u"First Name"_s, u"Last Name"_s}));
    importer.setMaxRows(10);
    ImportReport report;
    QString error;
    QVERIFY(!importer.run(m_dir->filePath(u"many.csv"_s), &report, &error));
    QVERIFY2(error.startsWith(u"many.csv has more than 10 rows, more than one import takes. "
                              "Split it into files of at most 10 rows"_s),
             qPrintable(error));
    QVERIFY2(error.endsWith(u"Nothing was imported."_s), qPrintable(error));
    QCOMPARE(count(), 0);
}

void tst_ImportLimits::vcardWithTooManyCardsIsRefused()
{
    QByteArray vcf;
    for (int i = 0; i < 6; ++i)
        vcf += "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person" + QByteArray::number(i) +
               ";Bo;;;\r\nFN:Bo Person" + QByteArray::number(i) + "\r\nEND:VCARD\r\n";
    QVERIFY(write(u"many.vcf"_s, vcf));
    VCardImporter importer(*m_db);
    importer.setMaxRows(5);
    ImportReport report;
    QString error;
    QVERIFY(!importer.run(m_dir->filePath(u"many.vcf"_s), &report, &error));
    QVERIFY2(error.startsWith(u"many.vcf has more than 5 cards, more than one import takes. "
                              "Split it into files of at most 5 cards"_s),
             qPrintable(error));
    QVERIFY2(error.endsWith(u"Nothing was imported."_s), qPrintable(error));
    QCOMPARE(count(), 0);
}

void tst_ImportLimits::rowsUpToTheLimitImport()
{
    // Blank lines are not rows.
    QByteArray csv = "First Name,Last Name\n";
    for (int i = 0; i < 10; ++i)
        csv += "Ada,Person" + QByteArray::number(i) + "\n,\n";
    QVERIFY(write(u"ten.csv"_s, csv));
    CsvImporter importer(*m_db);
    importer.setMapping(CsvColumnMapping::automatic({u"First Name"_s, u"Last Name"_s}));
    importer.setMaxRows(10);
    ImportReport report;
    QString error;
    QVERIFY2(importer.run(m_dir->filePath(u"ten.csv"_s), &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.created, 10);
    QCOMPARE(count(), 10);
    QCOMPARE(ContactImportWriter::MaxRows, qint64(5000000));
}

void tst_ImportLimits::hugeRowsAreSavedInSmallerBatches()
{
    // 24 rows of 1 MB notes (8 MiB of text is a batch); the last row is the
    // first one again, with other notes: found, not added twice.
    const QByteArray notes(1000000, 'n');
    QByteArray csv = "First Name,Last Name,Company,Notes\n";
    for (int i = 0; i < 24; ++i)
        csv += "Ada,Person" + QByteArray::number(i) + ",Acme," + notes + "\n";
    csv += "Ada,Person0,Acme,short\n";
    QVERIFY(write(u"huge.csv"_s, csv));
    CsvImporter importer(*m_db);
    importer.setMapping(
        CsvColumnMapping::automatic({u"First Name"_s, u"Last Name"_s, u"Company"_s, u"Notes"_s}));
    ImportReport report;
    QString error;
    QVERIFY2(importer.run(m_dir->filePath(u"huge.csv"_s), &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.created, 24);
    QCOMPARE(report.contacts.updated, 1);
    QCOMPARE(count(), 24);
    ContactStore store(*m_db);
    const QList<qint64> ids = store.findByNameAndCompany(u"Ada Person0"_s, u"Acme"_s);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(store.get(ids.first())->notes, u"short"_s);
    const QList<qint64> last = store.findByNameAndCompany(u"Ada Person23"_s, u"Acme"_s);
    QCOMPARE(last.size(), 1);
    QCOMPARE(store.get(last.first())->notes.size(), 1000000);
}

void tst_ImportLimits::uidsOfHighIdsAreRemembered()
{
    // New contacts get ids past 9,000,000, beyond the table kept by id.
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"INSERT INTO contact (id, first_name, last_name, created_at, updated_at) "
                       "VALUES (9000000, 'Seed', 'Row', '2026-01-01T00:00:00Z', "
                       "'2026-01-01T00:00:00Z')"_s));
    }
    // Two namesakes with different UIDs are two people; the first UID again
    // is the first of them, for contacts kept by id and past them alike.
    const QByteArray csv = "First Name,Last Name,Company,Rapport ID\n"
                           "John,Smith,Acme,phone-uid-1\n"
                           "John,Smith,Acme,phone-uid-2\n"
                           "John,Smith,Acme,phone-uid-1\n";
    QVERIFY(write(u"uids.csv"_s, csv));
    CsvImporter importer(*m_db);
    importer.setMapping(CsvColumnMapping::automatic(
        {u"First Name"_s, u"Last Name"_s, u"Company"_s, u"Rapport ID"_s}));
    ImportReport report;
    QString error;
    QVERIFY2(importer.run(m_dir->filePath(u"uids.csv"_s), &report, &error), qPrintable(error));
    QCOMPARE(report.contacts.created, 2);
    QCOMPARE(report.contacts.unchanged, 1);
    ContactStore store(*m_db);
    const QList<qint64> ids = store.findByNameAndCompany(u"John Smith"_s, u"Acme"_s);
    QCOMPARE(ids.size(), 2);
    for (qint64 id : ids)
        QVERIFY2(id > 9000000, qPrintable(QString::number(id)));
}

void tst_ImportLimits::indexRebuildsSortOnDisk()
{
    // temp_store = MEMORY (the connection's default) would sort every row of
    // a bulk load's index rebuild in memory: 265 MB at 3 million rows.
    auto tempStore = [this] {
        QSqlQuery q(m_db->connection());
        return q.exec(u"PRAGMA temp_store"_s) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(tempStore(), 2);
    QVERIFY(write(u"one.csv"_s, "First Name\nAda\n"));
    CsvImporter csv(*m_db);
    csv.setMapping(CsvColumnMapping::automatic({u"First Name"_s}));
    ImportReport report;
    QString error;
    QVERIFY2(csv.run(m_dir->filePath(u"one.csv"_s), &report, &error), qPrintable(error));
    QCOMPARE(tempStore(), 1);

    Database other;
    QVERIFY2(other.open(m_dir->filePath(u"other.sqlite"_s), &error), qPrintable(error));
    QVERIFY(write(u"one.vcf"_s, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo Lee\r\nEND:VCARD\r\n"));
    VCardImporter vcard(other);
    QVERIFY2(vcard.run(m_dir->filePath(u"one.vcf"_s), &report, &error), qPrintable(error));
    QSqlQuery q(other.connection());
    QVERIFY(q.exec(u"PRAGMA temp_store"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_ImportLimits)
#include "tst_importlimits.moc"
