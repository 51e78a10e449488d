// Writes the seed corpus of fuzz_linkedinarchive: LinkedIn exports zipped
// from the synthetic fixtures, then damaged on purpose (bits flipped in the
// compressed data and in the directory, wrong CRCs and sizes, cut short) and
// a small ZIP bomb. All made here, nothing downloaded.
//   make_zip_seeds OUTPUT_FOLDER FIXTURES_FOLDER

#include "../core/DamagedZip.h"

#include <QDir>
#include <QRandomGenerator>

#include <cstdio>

using namespace rapport;

namespace {

int seeds = 0;

bool write(const QString &folder, const QByteArray &bytes)
{
    return test::writeAllTo(QDir(folder).filePath(QStringLiteral("zip-seed-%1").arg(seeds++)),
                            bytes);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_zip_seeds OUTPUT_FOLDER FIXTURES_FOLDER\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString fixtures = QString::fromLocal8Bit(argv[2]) + QStringLiteral("/linkedin/");
    if (!QDir().mkpath(out))
        return 1;
    const QString scratch = QDir(out).filePath(QStringLiteral("scratch.zip"));
    QRandomGenerator random(2026);
    const QStringList eras = {QStringLiteral("2020"), QStringLiteral("2022"),
                              QStringLiteral("2024"), QStringLiteral("2026")};
    for (const QString &era : eras) {
        QList<QPair<QString, QByteArray>> entries;
        const QStringList files = QDir(fixtures + era).entryList(QDir::Files);
        for (const QString &file : files)
            entries.append({file, test::readAllOf(fixtures + era + QLatin1Char('/') + file)});
        if (!test::writeZip(scratch, entries))
            return 1;
        const QByteArray whole = test::readAllOf(scratch);
        write(out, whole);
        for (const auto &entry : std::as_const(entries)) {
            const auto layout = test::zipEntryLayout(whole, entry.first.toUtf8());
            if (layout.data < 0 || layout.compressedSize <= 0)
                continue;
            QByteArray bytes = whole;
            const quint32 crc = qFromLittleEndian<quint32>(bytes.constData() + layout.local + 14);
            test::patchBoth(&bytes, layout, test::zipCrcField, crc ^ 1);
            write(out, bytes);
            bytes = whole;
            test::patchBoth(&bytes, layout, test::zipUncompressedSizeField,
                            quint32(entry.second.size() + 64));
            write(out, bytes);
            for (int flip = 0; flip < 3; ++flip) {
                bytes = whole;
                const qsizetype at = layout.data + random.bounded(int(layout.compressedSize));
                bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
                write(out, bytes);
            }
            // The directory's record of the file: its name length or offset.
            bytes = whole;
            bytes[layout.central + 28] = char(bytes.at(layout.central + 28) + 1);
            write(out, bytes);
            bytes = whole;
            bytes[layout.central + 42] = char(bytes.at(layout.central + 42) ^ 0x04);
            write(out, bytes);
        }
        write(out, whole.left(whole.size() / 2)); // still downloading
        write(out, whole.left(whole.size() - 10));
    }
    // A small bomb: 2 MiB of one row, far past the ratio we accept.
    if (!test::writeBombZip(scratch, 2))
        return 1;
    write(out, test::readAllOf(scratch));
    QFile::remove(scratch);
    std::printf("make_zip_seeds: %d seeds in %s\n", seeds, argv[1]);
    return 0;
}
