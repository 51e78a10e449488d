#pragma once

// LinkedIn's data export as the member has it: the .zip as downloaded, the
// folder it was extracted to, or one CSV file taken out of it. Finds the
// files we import by name (ignoring case, spaces and underscores) and opens
// each one for reading. A file that is damaged inside the ZIP, larger than
// LinkedInArchiveEntry::maxBytes or compressed like a ZIP bomb is refused
// (see LinkedInArchiveEntry).

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>
#include <memory>

namespace rapport {

class LinkedInArchive
{
    Q_DECLARE_TR_FUNCTIONS(LinkedInArchive)

public:
    enum class Kind { Zip, Folder, File };
    // The files we know how to import, in the order they are imported.
    enum class Part { Connections, Invitations, Messages };

    // Opens the export. Fails, naming the path and what we look for, when it
    // holds none of the files we import, and when one of those is too large
    // or would expand like a ZIP bomb.
    bool open(const QString &path, QString *error);

    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    bool has(Part part) const { return !entryName(part).isEmpty(); }
    // The file's name inside the export (a path for files in subfolders);
    // empty when the export does not have it.
    QString entryName(Part part) const;
    // Its size in bytes (uncompressed), for progress.
    qint64 size(Part part) const;
    // The file, opened for reading (a LinkedInArchiveEntry: reading it
    // fails when it is damaged or too large); nullptr after saying why.
    std::unique_ptr<QIODevice> device(Part part, QString *error) const;

    // Any file of the export by name, e.g. "Company Follows.csv"; empty when absent.
    QString find(const QString &fileName) const;
    std::unique_ptr<QIODevice> device(const QString &entryName, QString *error) const;

    // The usual name of a part's file, e.g. "Connections.csv".
    static QString fileName(Part part);
    // "Company_Follows.CSV" -> "companyfollows.csv": how names are compared.
    static QString matchKey(const QString &fileName);

private:
    struct Entry
    {
        QString name; // path inside the export, '/'-separated
        QString key;  // matchKey of the file name
        qint64 size = 0;
        qint64 compressedSize = -1; // in a ZIP
        int depth = 0;
    };

    bool openZip(QString *error);
    bool openFolder(QString *error);
    bool openFile(QString *error);
    const Entry *entry(const QString &key) const;
    QString missingFilesMessage() const;
    // Why a file may not be read (too large, a ZIP bomb), or empty.
    QString refusal(const Entry &e) const;
    // The most we read of that file (see LinkedInArchiveEntry).
    static qint64 limit(const Entry &e);

    QString m_path;
    Kind m_kind = Kind::File;
    QList<Entry> m_entries;
};

} // namespace rapport
