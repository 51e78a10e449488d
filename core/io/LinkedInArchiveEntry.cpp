#include "io/LinkedInArchiveEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <quazip.h>
#include <quazipfile.h>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

LinkedInArchiveEntry::LinkedInArchiveEntry(const QString &archivePath, const QString &entryName,
                                           qint64 size)
    : m_archivePath(archivePath)
    , m_entryName(entryName)
    , m_size(size)
{}

LinkedInArchiveEntry::~LinkedInArchiveEntry() = default;

std::unique_ptr<LinkedInArchiveEntry> LinkedInArchiveEntry::inZip(const QString &zipPath,
                                                                  const QString &entryName,
                                                                  qint64 size, qint64 limit)
{
    std::unique_ptr<LinkedInArchiveEntry> entry(new LinkedInArchiveEntry(zipPath, entryName, size));
    entry->m_limit = limit;
    auto zipFile = std::make_unique<QuaZipFile>(zipPath, entryName, QuaZip::csSensitive);
    entry->m_zip = zipFile.get();
    entry->m_source = std::move(zipFile);
    return entry;
}

std::unique_ptr<LinkedInArchiveEntry>
LinkedInArchiveEntry::file(const QString &path, const QString &entryName, qint64 limit)
{
    std::unique_ptr<LinkedInArchiveEntry> entry(
        new LinkedInArchiveEntry(path, entryName, QFileInfo(path).size()));
    entry->m_limit = limit;
    entry->m_source = std::make_unique<QFile>(path);
    return entry;
}

QString LinkedInArchiveEntry::refusal(const QString &archivePath, const QString &entryName,
                                      qint64 size, qint64 compressedSize, qint64 limit)
{
    const QString where = compressedSize < 0
                              ? nativeName(archivePath)
                              : tr("%1 in %2").arg(entryName, nativeName(archivePath));
    if (compressedSize >= 0 && size > ratioCheckFrom &&
        size / qMax<qint64>(compressedSize, 1) > maxRatio) {
        return tr("%1 would expand from %2 to %3, more than %4 times: that is a ZIP bomb, not a "
                  "file LinkedIn wrote. Nothing was imported. Download the export again from "
                  "LinkedIn.")
            .arg(where, dataSize(compressedSize), dataSize(size))
            .arg(maxRatio);
    }
    if (size > limit) {
        return tr("%1 is %2, more than the %3 Rapport reads from this file; no LinkedIn export "
                  "holds that much. Nothing was imported. Check that you chose the right file, "
                  "or download the export again.")
            .arg(where, dataSize(size), dataSize(limit));
    }
    return {};
}

QString LinkedInArchiveEntry::damagedMessage(const QString &detail) const
{
    return tr("The ZIP file %1 is damaged at %2 (%3). Download the export again; nothing was "
              "imported.")
        .arg(nativeName(m_archivePath), m_entryName, detail);
}

bool LinkedInArchiveEntry::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("%1 can only be read.").arg(m_entryName));
        return false;
    }
    m_read = 0;
    m_ended = false;
    m_failed = false;
    m_damaged = false;
    if (!m_source->open(QIODevice::ReadOnly)) {
        if (m_zip) {
            m_damaged = true;
            setErrorString(damagedMessage(
                tr("the file cannot be opened, error %1").arg(m_zip->getZipError())));
        } else {
            setErrorString(tr("Cannot read %1: %2. Check that you may read it.")
                               .arg(nativeName(m_archivePath), m_source->errorString()));
        }
        return false;
    }
    return QIODevice::open(mode);
}

void LinkedInArchiveEntry::close()
{
    m_source->close();
    QIODevice::close();
}

qint64 LinkedInArchiveEntry::fail(const QString &message, bool damaged)
{
    m_failed = true;
    m_damaged = damaged;
    setErrorString(message);
    return -1;
}

qint64 LinkedInArchiveEntry::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_ended || maxSize <= 0)
        return 0;
    const qint64 n = m_source->read(data, maxSize);
    if (n < 0 || (m_zip && m_zip->getZipError() != 0)) {
        if (m_zip)
            return fail(
                damagedMessage(tr("its compressed data is corrupt after %1 bytes").arg(m_read)),
                true);
        return fail(tr("Cannot read %1 after %2 bytes: %3. Check the disk and try again.")
                        .arg(nativeName(m_archivePath))
                        .arg(m_read)
                        .arg(m_source->errorString()),
                    false);
    }
    m_read += n;
    if (m_read > m_limit) {
        const QString where = m_zip ? tr("%1 in %2").arg(m_entryName, nativeName(m_archivePath))
                                    : nativeName(m_archivePath);
        return fail(tr("%1 is larger than the %2 Rapport reads from this file; no LinkedIn "
                       "export holds that much. Nothing was imported. Check that you chose the "
                       "right file, or download the export again.")
                        .arg(where, dataSize(m_limit)),
                    false);
    }
    if (n > 0)
        return n;
    m_ended = true;
    if (m_zip) {
        // zlib may end the data early without an error; the ZIP says how
        // long it is. The CRC is checked when the whole file was read.
        if (m_read != m_size)
            return fail(
                damagedMessage(tr("it ends after %1 of its %2 bytes").arg(m_read).arg(m_size)),
                true);
        m_zip->close();
        if (m_zip->getZipError() != 0)
            return fail(damagedMessage(tr("its checksum (CRC) does not match")), true);
    }
    return 0;
}

bool LinkedInArchiveEntry::readRest()
{
    if (!isOpen())
        return !m_failed;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = read(chunk.data(), chunk.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
    }
}

} // namespace rapport
