#pragma once

// Test helpers that build hostile LinkedIn exports at test time: a ZIP of
// given entries, bits flipped or a CRC or size changed inside it (found
// through the ZIP's central directory), and a ZIP bomb of duplicate rows.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QtEndian>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace rapport::test {

// A Connections.csv as LinkedIn writes it (with its notes preamble): `rows`
// different people, or the same person `rows` times.
inline QByteArray connectionsCsv(int rows, bool duplicates = false)
{
    QByteArray csv = "Notes:\n\"When exporting your connection data, you may notice that some "
                     "of the email addresses are missing.\"\n\n"
                     "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(duplicates ? 0 : i);
        csv += "Name" + n + ",Surname" + n + ",https://www.linkedin.com/in/person-" + n +
               ",,Company " + QByteArray::number((duplicates ? 0 : i) % 50) +
               ",Engineer,08 Feb 2024\n";
    }
    return csv;
}

// Writes a ZIP of (name, content) entries, deflated at `level`.
inline bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries,
                     int level = 6)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, content] : entries) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 8 /* deflate */,
                      level))
            return false;
        if (out.write(content) != content.size())
            return false;
        out.close();
        if (out.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

// A ZIP bomb: Connections.csv of the same row again and again, `megabytes`
// MiB once expanded and compressed to a tiny fraction of that. Written in
// slices, so the test itself stays small.
inline bool writeBombZip(const QString &path, int megabytes)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile out(&zip);
    if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("Connections.csv")), nullptr,
                  0, 8 /* deflate */, 1))
        return false;
    const QByteArray header = connectionsCsv(0);
    const QByteArray row = connectionsCsv(1).mid(header.size());
    QByteArray slice;
    while (slice.size() + row.size() <= (1 << 20))
        slice += row;
    bool ok = out.write(header) == header.size();
    for (int i = 0; ok && i < megabytes; ++i)
        ok = out.write(slice) == slice.size();
    out.close();
    zip.close();
    return ok && out.getZipError() == 0 && zip.getZipError() == 0;
}

// Where an entry sits in a ZIP's bytes, read from its central directory.
struct ZipEntryLayout
{
    qsizetype central = -1; // its central directory record
    qsizetype local = -1;   // its local header
    qsizetype data = -1;    // its compressed data
    qint64 compressedSize = 0;
};

inline ZipEntryLayout zipEntryLayout(const QByteArray &zip, const QByteArray &name)
{
    ZipEntryLayout layout;
    const auto u16 = [&](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0 && at + 46 <= zip.size();
         at = zip.indexOf("PK\x01\x02", at + 4)) {
        const quint16 nameLength = u16(at + 28);
        if (zip.mid(at + 46, nameLength) != name)
            continue;
        layout.central = at;
        layout.local = u32(at + 42);
        layout.compressedSize = u32(at + 20);
        layout.data = layout.local + 30 + u16(layout.local + 26) + u16(layout.local + 28);
        return layout;
    }
    return layout;
}

// Sets a 32-bit field of an entry in both its local header and its
// central directory record (offsets of the local header's field).
inline void patchBoth(QByteArray *zip, const ZipEntryLayout &layout, int localOffset, quint32 value)
{
    // The central record has the same fields 2 bytes further (version made by).
    qToLittleEndian<quint32>(value, zip->data() + layout.local + localOffset);
    qToLittleEndian<quint32>(value, zip->data() + layout.central + localOffset + 2);
}
constexpr int zipCrcField = 14;
constexpr int zipUncompressedSizeField = 22;

inline QByteArray readAllOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAllTo(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace rapport::test
