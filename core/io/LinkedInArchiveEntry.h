#pragma once

// One file of a LinkedIn export opened for reading, with the checks a file
// from the Internet needs: a file inside a ZIP is refused as damaged when
// zlib reports an error, when it ends before the size the ZIP gives, or when
// its CRC does not match; any file stops at a size cap, so a ZIP bomb or a
// gigantic CSV cannot eat memory. Reading fails (-1) with a message that
// names the export and the file and says what to do.

#include <QCoreApplication>
#include <QIODevice>
#include <memory>

class QuaZipFile;

namespace rapport {

class LinkedInArchiveEntry : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInArchiveEntry)

public:
    // The most we read of any one file: far more than LinkedIn exports hold.
    static constexpr qint64 maxBytes = qint64(1) << 30; // 1 GiB
    // Connections.csv: LinkedIn allows 30,000 connections, a few MB; the
    // importer keeps a little of every row in memory until the end.
    static constexpr qint64 maxConnectionsBytes = qint64(256) << 20; // 256 MiB
    // Above this size, a file compressed more than maxRatio times is not a
    // CSV file LinkedIn wrote but a ZIP bomb; refused before reading it.
    static constexpr qint64 ratioCheckFrom = qint64(1) << 20; // 1 MiB
    static constexpr qint64 maxRatio = 100;

    // `entryName` inside the ZIP file `zipPath`, `size` bytes uncompressed
    // as the ZIP's directory says; reading stops with an error past `limit`.
    static std::unique_ptr<LinkedInArchiveEntry>
    inZip(const QString &zipPath, const QString &entryName, qint64 size, qint64 limit = maxBytes);
    // A plain file; `entryName` is how it is named in messages.
    static std::unique_ptr<LinkedInArchiveEntry> file(const QString &path, const QString &entryName,
                                                      qint64 limit = maxBytes);
    ~LinkedInArchiveEntry() override;

    // Empty when a file of these sizes (from a ZIP's directory; compressed
    // -1 for a plain file) may be read, else why not.
    static QString refusal(const QString &archivePath, const QString &entryName, qint64 size,
                           qint64 compressedSize, qint64 limit = maxBytes);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

    // True once reading found the ZIP damaged (errorString() says where).
    bool isDamaged() const { return m_damaged; }
    bool isZip() const { return m_zip != nullptr; }
    // Reads what is left, to learn whether the file is whole: after a
    // parse error the real cause may be damage. False when it is not.
    bool readRest();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    LinkedInArchiveEntry(const QString &archivePath, const QString &entryName, qint64 size);
    qint64 fail(const QString &message, bool damaged);
    QString damagedMessage(const QString &detail) const;

    QString m_archivePath;
    QString m_entryName;
    qint64 m_size = 0; // expected, for a file in a ZIP
    qint64 m_limit = maxBytes;
    qint64 m_read = 0;
    bool m_ended = false;
    bool m_failed = false;
    bool m_damaged = false;
    std::unique_ptr<QIODevice> m_source;
    QuaZipFile *m_zip = nullptr; // m_source, when it is a file in a ZIP
};

} // namespace rapport
