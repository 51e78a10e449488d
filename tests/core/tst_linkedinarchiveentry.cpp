// Damaged and hostile files inside a LinkedIn export, built here at test
// time: bits flipped in the compressed data, a wrong CRC, data shorter than
// the ZIP says, sizes past the limits and a real ZIP bomb. Every one is
// refused with a message that names the ZIP and the file; none hands out
// garbage.

#include "DamagedZip.h"
#include "io/LinkedInArchive.h"
#include "io/LinkedInArchiveEntry.h"
#include "io/LinkedInConnections.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rapport;
using Part = LinkedInArchive::Part;

namespace {

// Reads the whole file as the importer does, chunk by chunk; *error is set
// when reading failed.
QByteArray readEntry(QIODevice *device, QString *error)
{
    QByteArray all;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(chunk.data(), chunk.size());
        if (n < 0) {
            *error = device->errorString();
            return all;
        }
        if (n == 0)
            return all;
        all.append(chunk.constData(), n);
    }
}

} // namespace

class tst_LinkedInArchiveEntry : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_zipPath = m_dir.filePath(u"Basic_LinkedInDataExport_02-08-2026.zip"_s);
        m_csv = test::connectionsCsv(2000);
        QVERIFY(test::writeZip(m_zipPath, {{u"Connections.csv"_s, m_csv}}));
        m_zip = test::readAllOf(m_zipPath);
        m_layout = test::zipEntryLayout(m_zip, "Connections.csv");
        QVERIFY(m_layout.data > 0 && m_layout.compressedSize > 1000);
    }

    void wholeZipReadsBack()
    {
        LinkedInArchive archive;
        QString error;
        QVERIFY2(archive.open(m_zipPath, &error), qPrintable(error));
        auto device = archive.device(Part::Connections, &error);
        QVERIFY2(device, qPrintable(error));
        QCOMPARE(readEntry(device.get(), &error), m_csv);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void flippedBitsAreRefusedNeverGarbage()
    {
        // Any bit of the compressed data: the reader either fails naming the
        // damage or hands out exactly what was zipped (a flip in the padding
        // after the last block changes nothing). The parser says the same.
        QRandomGenerator random(20260208);
        int refused = 0;
        for (int trial = 0; trial < 60; ++trial) {
            QByteArray bytes = m_zip;
            const qsizetype at = m_layout.data + random.bounded(int(m_layout.compressedSize));
            bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
            QVERIFY(test::writeAllTo(m_zipPath, bytes));
            LinkedInArchive archive;
            QString error;
            QVERIFY2(archive.open(m_zipPath, &error), qPrintable(error));
            auto device = archive.device(Part::Connections, &error);
            QByteArray read;
            if (device)
                read = readEntry(device.get(), &error);
            if (error.isEmpty()) {
                QCOMPARE(read, m_csv);
                continue;
            }
            ++refused;
            QVERIFY2(error.contains(u"Basic_LinkedInDataExport_02-08-2026.zip is damaged at "
                                    "Connections.csv"_s),
                     qPrintable(error));
            QVERIFY2(error.contains(u"Download the export again"_s), qPrintable(error));

            // Through the parser: the damage, never "not LinkedIn's file".
            auto again = archive.device(Part::Connections, &error);
            QVERIFY(!again || error.contains(u"damaged"_s));
            if (!again)
                continue;
            LinkedInConnections reader(again.get(), u"Connections.csv"_s);
            QString parseError;
            if (reader.readHeader(&parseError)) {
                LinkedInConnections::Row row;
                while (reader.next(&row)) {
                }
                parseError = reader.errorString();
            }
            QVERIFY2(parseError.contains(u"damaged at Connections.csv"_s), qPrintable(parseError));
        }
        QVERIFY2(refused >= 50, qPrintable(u"%1 of 60 refused"_s.arg(refused)));
    }

    void wrongCrcIsRefused()
    {
        QByteArray bytes = m_zip;
        const quint32 crc = qFromLittleEndian<quint32>(bytes.constData() + m_layout.local + 14);
        test::patchBoth(&bytes, m_layout, test::zipCrcField, crc ^ 0x10);
        QVERIFY(test::writeAllTo(m_zipPath, bytes));
        LinkedInArchive archive;
        QString error;
        QVERIFY2(archive.open(m_zipPath, &error), qPrintable(error));
        auto device = archive.device(Part::Connections, &error);
        QVERIFY2(device, qPrintable(error));
        readEntry(device.get(), &error);
        QVERIFY2(error.contains(u"damaged at Connections.csv"_s), qPrintable(error));
        QVERIFY2(error.contains(u"CRC"_s), qPrintable(error));
        auto *entry = dynamic_cast<LinkedInArchiveEntry *>(device.get());
        QVERIFY(entry && entry->isDamaged());
    }

    void dataShorterThanTheZipSaysIsRefused()
    {
        // zlib ends the data without an error; the ZIP said there was more.
        QByteArray bytes = m_zip;
        test::patchBoth(&bytes, m_layout, test::zipUncompressedSizeField,
                        quint32(m_csv.size() + 100));
        QVERIFY(test::writeAllTo(m_zipPath, bytes));
        LinkedInArchive archive;
        QString error;
        QVERIFY2(archive.open(m_zipPath, &error), qPrintable(error));
        auto device = archive.device(Part::Connections, &error);
        QVERIFY2(device, qPrintable(error));
        readEntry(device.get(), &error);
        QVERIFY2(error.contains(u"damaged at Connections.csv"_s), qPrintable(error));
        QVERIFY2(error.contains(
                     u"ends after %1 of its %2 bytes"_s.arg(m_csv.size()).arg(m_csv.size() + 100)),
                 qPrintable(error));
    }

    void sizePastTheLimitIsRefusedBeforeReading()
    {
        // What the ZIP's directory says is what zlib may produce at most:
        // past the limit, the export is refused when it is opened.
        for (const quint32 size :
             {quint32(LinkedInArchiveEntry::maxConnectionsBytes + 1), quint32(0xF0000000)}) {
            QByteArray bytes = m_zip;
            test::patchBoth(&bytes, m_layout, test::zipUncompressedSizeField, size);
            QVERIFY(test::writeAllTo(m_zipPath, bytes));
            LinkedInArchive archive;
            QString error;
            QVERIFY(!archive.open(m_zipPath, &error));
            QVERIFY2(error.contains(u"Connections.csv in "_s), qPrintable(error));
            QVERIFY2(error.contains(u"Nothing was imported"_s), qPrintable(error));
            QVERIFY2(error.contains(u"ZIP bomb"_s) || error.contains(u"more than the"_s),
                     qPrintable(error));
        }
        // Other files may be larger, up to the general limit; the ratio
        // check looks at what the directory says before anything is read.
        const QString zip = u"export.zip"_s;
        const qint64 mib = 1 << 20;
        QVERIFY(
            LinkedInArchiveEntry::refusal(zip, u"messages.csv"_s, 64 * mib, 16 * mib).isEmpty());
        QVERIFY(LinkedInArchiveEntry::refusal(zip, u"messages.csv"_s,
                                              LinkedInArchiveEntry::maxBytes + 1, 200 * mib)
                    .contains(u"more than the"_s));
        QVERIFY(!LinkedInArchiveEntry::refusal(zip, u"Connections.csv"_s,
                                               LinkedInArchiveEntry::maxConnectionsBytes + 1,
                                               64 * mib, LinkedInArchiveEntry::maxConnectionsBytes)
                     .isEmpty());
        QVERIFY(LinkedInArchiveEntry::refusal(zip, u"messages.csv"_s, 500 * mib, mib)
                    .contains(u"ZIP bomb"_s));
        // Small files compress as they like.
        QVERIFY(LinkedInArchiveEntry::refusal(zip, u"messages.csv"_s, 900 * 1024, 100).isEmpty());
    }

    void zipBombIsRefusedAtOnce()
    {
        // 300 MiB of the same row, compressed to well under 1 MiB.
        const QString bomb = m_dir.filePath(u"bomb.zip"_s);
        QVERIFY(test::writeBombZip(bomb, 300));
        QVERIFY(QFileInfo(bomb).size() < (4 << 20));
        QElapsedTimer timer;
        timer.start();
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(bomb, &error));
        QVERIFY2(error.contains(u"ZIP bomb"_s), qPrintable(error));
        QVERIFY2(error.contains(u"bomb.zip"_s) && error.contains(u"Connections.csv"_s),
                 qPrintable(error));
        QVERIFY(timer.elapsed() < 2000); // refused from the directory, not read
    }

    void largePlainFileIsRefused()
    {
        // A sparse file: its size without the disk space.
        QTemporaryDir folder;
        QFile big(folder.filePath(u"Connections.csv"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(test::connectionsCsv(1));
        QVERIFY(big.resize(LinkedInArchiveEntry::maxConnectionsBytes + 1));
        big.close();
        LinkedInArchive archive;
        QString error;
        QVERIFY(!archive.open(folder.path(), &error));
        QVERIFY2(error.contains(u"Connections.csv"_s), qPrintable(error));
        QVERIFY2(error.contains(u"more than the"_s), qPrintable(error));
        // The file alone, too, past the general limit.
        QVERIFY(big.resize(LinkedInArchiveEntry::maxBytes + 1));
        QVERIFY(!archive.open(big.fileName(), &error));
        QVERIFY2(error.contains(u"more than the"_s), qPrintable(error));
    }

    void limitHoldsWhileReading()
    {
        // A file that grows after the export was opened stops at the limit.
        QTemporaryDir folder;
        const QString path = folder.filePath(u"Connections.csv"_s);
        QVERIFY(test::writeAllTo(path, test::connectionsCsv(100)));
        auto device = LinkedInArchiveEntry::file(path, u"Connections.csv"_s, 1000);
        QVERIFY(device->open(QIODevice::ReadOnly));
        QString error;
        const QByteArray read = readEntry(device.get(), &error);
        QVERIFY2(error.contains(u"larger than the"_s), qPrintable(error));
        QVERIFY(read.size() <= 1000 + 64 * 1024);
        QVERIFY(!device->isDamaged());
    }

private:
    QTemporaryDir m_dir;
    QString m_zipPath;
    QByteArray m_csv;
    QByteArray m_zip;
    test::ZipEntryLayout m_layout;
};

QTEST_GUILESS_MAIN(tst_LinkedInArchiveEntry)
#include "tst_linkedinarchiveentry.moc"
