#include "io/LinkedInArchive.h"

#include "io/CsvReader.h"
#include "io/LinkedInArchiveEntry.h"
#include "io/LinkedInConnections.h"
#include "io/LinkedInInvitations.h"
#include "io/LinkedInMessages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfileinfo.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int headerSearchRows = 20;

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString baseName(const QString &entryName)
{
    return entryName.mid(entryName.lastIndexOf(u'/') + 1);
}

} // namespace

QString LinkedInArchive::fileName(Part part)
{
    switch (part) {
    case Part::Connections:
        return u"Connections.csv"_s;
    case Part::Invitations:
        return u"Invitations.csv"_s;
    case Part::Messages:
        return u"messages.csv"_s;
    }
    return {};
}

QString LinkedInArchive::matchKey(const QString &fileName)
{
    QString key = baseName(fileName).toLower();
    key.remove(u' ');
    key.remove(u'_');
    return key;
}

bool LinkedInArchive::open(const QString &path, QString *error)
{
    m_path = path;
    m_entries.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = tr("%1 does not exist. Give the ZIP file LinkedIn sent you, the folder you "
                        "extracted it to, or one of its CSV files.")
                         .arg(nativeName(path));
        return false;
    }
    bool ok = false;
    if (info.isDir()) {
        m_kind = Kind::Folder;
        ok = openFolder(error);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read %1: %2. Check that you may read it.")
                             .arg(nativeName(path), file.errorString());
            return false;
        }
        const QByteArray magic = file.read(4);
        file.close();
        if (magic == QByteArray("PK\x03\x04", 4) || magic == QByteArray("PK\x05\x06", 4)) {
            m_kind = Kind::Zip;
            ok = openZip(error);
        } else {
            m_kind = Kind::File;
            return openFile(error);
        }
    }
    if (!ok)
        return false;
    if (!has(Part::Connections) && !has(Part::Invitations) && !has(Part::Messages)) {
        if (error)
            *error = missingFilesMessage();
        return false;
    }
    // Refuse a file we would import that is too large before anything is
    // read, so a ZIP bomb never touches the database.
    for (const Part part : {Part::Connections, Part::Invitations, Part::Messages}) {
        const Entry *e = entry(matchKey(fileName(part)));
        const QString why = e ? refusal(*e) : QString();
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            m_entries.clear();
            return false;
        }
    }
    return true;
}

qint64 LinkedInArchive::limit(const Entry &e)
{
    return e.key == matchKey(fileName(Part::Connections))
               ? LinkedInArchiveEntry::maxConnectionsBytes
               : LinkedInArchiveEntry::maxBytes;
}

QString LinkedInArchive::refusal(const Entry &e) const
{
    return LinkedInArchiveEntry::refusal(m_kind == Kind::Folder ? QDir(m_path).filePath(e.name)
                                                                : m_path,
                                         e.name, e.size, e.compressedSize, limit(e));
}

QString LinkedInArchive::missingFilesMessage() const
{
    // Large exports come as two ZIPs: profile files first, then connections
    // and messages. The first one alone has nothing for us yet.
    const bool profilePart = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
        return e.key == u"profile.csv" || e.key == u"positions.csv";
    });
    if (profilePart)
        return tr("%1 is the first part of a LinkedIn export that came in two ZIP files: it "
                  "holds your profile (Profile.csv) but not %2, %3 or %4. Import the second "
                  "ZIP file, which LinkedIn sends (or offers for download) when it is ready.")
            .arg(nativeName(m_path), fileName(Part::Connections), fileName(Part::Invitations),
                 fileName(Part::Messages));
    return tr("%1 does not look like a LinkedIn data export: it holds none of %2, %3 or %4. "
              "Choose the ZIP file from LinkedIn's \"Get a copy of your data\" "
              "(Basic_LinkedInDataExport_….zip) or the folder it was extracted to.")
        .arg(nativeName(m_path), fileName(Part::Connections), fileName(Part::Invitations),
             fileName(Part::Messages));
}

bool LinkedInArchive::openZip(QString *error)
{
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip)) {
        if (error)
            *error = tr("%1 is not a readable ZIP file: it may be damaged, cut short or still "
                        "downloading. Download the export again.")
                         .arg(nativeName(m_path));
        return false;
    }
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    for (const QuaZipFileInfo64 &info : infos) {
        if (info.name.endsWith(u'/'))
            continue; // a folder
        m_entries.append(Entry{info.name, matchKey(info.name), qint64(info.uncompressedSize),
                               qint64(info.compressedSize), int(info.name.count(u'/'))});
    }
    zip.close();
    return true;
}

bool LinkedInArchive::openFolder(QString *error)
{
    // The files sit at the export's root; one level down covers a folder that
    // holds the extracted folder. Deeper would mix files of several exports.
    // Absolute on both sides: relativeFilePath of a relative path would
    // take it as inside the folder ("export/export/Connections.csv").
    const QDir root(QFileInfo(m_path).absoluteFilePath());
    QDirIterator it(m_path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString relative = root.relativeFilePath(it.fileInfo().absoluteFilePath());
        const int depth = int(relative.count(u'/'));
        if (depth <= 1)
            m_entries.append(Entry{relative, matchKey(relative), it.fileInfo().size(), -1, depth});
    }
    // Files of one export only: the root's if it has any we import, else
    // those of the one subfolder that has them; several such subfolders are
    // several exports, and which one to take is the person's choice.
    const QStringList known = {matchKey(fileName(Part::Connections)),
                               matchKey(fileName(Part::Invitations)),
                               matchKey(fileName(Part::Messages))};
    QStringList folders;
    bool rootHasOne = false;
    for (const Entry &e : std::as_const(m_entries)) {
        if (!known.contains(e.key))
            continue;
        if (e.depth == 0)
            rootHasOne = true;
        else if (!folders.contains(e.name.section(u'/', 0, 0)))
            folders << e.name.section(u'/', 0, 0);
    }
    if (rootHasOne || folders.size() == 1) {
        const QString keep = rootHasOne ? QString() : folders.first();
        m_entries.removeIf([&](const Entry &e) {
            return rootHasOne ? e.depth != 0 : e.name.section(u'/', 0, 0) != keep;
        });
    } else if (folders.size() > 1) {
        folders.sort();
        if (error)
            *error = tr("%1 holds several LinkedIn exports (%2). Choose one of those folders.")
                         .arg(nativeName(m_path), folders.join(u", "_s));
        m_entries.clear();
        return false;
    }
    return true;
}

bool LinkedInArchive::openFile(QString *error)
{
    const QFileInfo info(m_path);
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2. Check that you may read it.")
                         .arg(nativeName(m_path), file.errorString());
        return false;
    }
    const QString tooLarge =
        LinkedInArchiveEntry::refusal(m_path, info.fileName(), file.size(), -1);
    if (!tooLarge.isEmpty()) {
        if (error)
            *error = tooLarge;
        return false;
    }
    if (file.size() == 0) {
        if (error)
            *error = tr("%1 is empty. Choose the ZIP file LinkedIn sent you, or one of its CSV "
                        "files.")
                         .arg(nativeName(m_path));
        return false;
    }
    // A file taken out of the export may have been renamed ("Connections
    // (1).csv"): its header says which file it is.
    CsvReader reader(&file);
    QStringList row;
    QString key;
    for (int i = 0; i < headerSearchRows && key.isEmpty() && reader.readRow(&row); ++i) {
        if (LinkedInConnections::isHeader(row))
            key = matchKey(fileName(Part::Connections));
        else if (LinkedInInvitations::isHeader(row))
            key = matchKey(fileName(Part::Invitations));
        else if (LinkedInMessages::isHeader(row))
            key = matchKey(fileName(Part::Messages));
    }
    if (key.isEmpty()) {
        if (error) {
            *error = reader.hasError()
                         ? tr("%1 is not a CSV file from LinkedIn's export: %2")
                               .arg(nativeName(m_path), reader.errorString())
                         : tr("%1 is not a file we can import from LinkedIn's export: its "
                              "header is not that of %2, %3 or %4. Choose one of those files, "
                              "or the whole ZIP file.")
                               .arg(nativeName(m_path), fileName(Part::Connections),
                                    fileName(Part::Invitations), fileName(Part::Messages));
        }
        return false;
    }
    m_entries.append(Entry{info.fileName(), key, info.size(), -1, 0});
    const QString why = refusal(m_entries.constLast());
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        m_entries.clear();
        return false;
    }
    return true;
}

const LinkedInArchive::Entry *LinkedInArchive::entry(const QString &key) const
{
    // Files at the root win over same-named files in subfolders.
    const Entry *best = nullptr;
    for (const Entry &e : m_entries) {
        if (e.key == key && (!best || e.depth < best->depth))
            best = &e;
    }
    return best;
}

QString LinkedInArchive::find(const QString &name) const
{
    const Entry *e = entry(matchKey(name));
    return e ? e->name : QString();
}

QString LinkedInArchive::entryName(Part part) const
{
    return find(fileName(part));
}

qint64 LinkedInArchive::size(Part part) const
{
    const Entry *e = entry(matchKey(fileName(part)));
    return e ? e->size : 0;
}

std::unique_ptr<QIODevice> LinkedInArchive::device(Part part, QString *error) const
{
    const QString name = entryName(part);
    if (name.isEmpty()) {
        if (error)
            *error = tr("%1 has no %2.").arg(nativeName(m_path), fileName(part));
        return nullptr;
    }
    return device(name, error);
}

std::unique_ptr<QIODevice> LinkedInArchive::device(const QString &entryName, QString *error) const
{
    const Entry *e = nullptr;
    for (const Entry &candidate : m_entries) {
        if (candidate.name == entryName)
            e = &candidate;
    }
    if (!e) {
        if (error)
            *error = tr("%1 has no %2.").arg(nativeName(m_path), entryName);
        return nullptr;
    }
    const QString why = refusal(*e);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    std::unique_ptr<LinkedInArchiveEntry> dev;
    switch (m_kind) {
    case Kind::Zip:
        dev = LinkedInArchiveEntry::inZip(m_path, entryName, e->size, limit(*e));
        break;
    case Kind::Folder:
        dev = LinkedInArchiveEntry::file(QDir(m_path).filePath(entryName), entryName, limit(*e));
        break;
    case Kind::File:
        dev = LinkedInArchiveEntry::file(m_path, entryName, limit(*e));
        break;
    }
    if (!dev->open(QIODevice::ReadOnly)) {
        if (error)
            *error = dev->errorString();
        return nullptr;
    }
    return dev;
}

} // namespace rapport
