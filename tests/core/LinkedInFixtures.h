#pragma once

// Test helpers for the LinkedIn export fixtures: their folder, and a ZIP
// built from one of them at test time (no binaries in the repository).

#include <QDir>
#include <QFile>
#include <QString>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace rapport::test {

inline QString linkedInFixture(const QString &name)
{
    return QStringLiteral(RAPPORT_FIXTURES "/linkedin/") + name;
}

// Zips every file of `folder` (by file name, at the ZIP's root) under
// `names`, or under their own names when `names` is empty.
inline bool zipFolder(const QString &folder, const QString &zipPath, const QStringList &names = {})
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QStringList files = QDir(folder).entryList(QDir::Files);
    for (int i = 0; i < files.size(); ++i) {
        QFile in(QDir(folder).filePath(files.at(i)));
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QuaZipFile out(&zip);
        const QString name = names.value(i, files.at(i));
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name, in.fileName())))
            return false;
        out.write(in.readAll());
        out.close();
        if (out.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace rapport::test
