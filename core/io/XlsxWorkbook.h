#pragma once

// An Excel workbook (.xlsx) opened for reading its cells: the ZIP file, its
// sheets by name (from xl/workbook.xml and its relationships), the
// shared-string table and the date system. Each XML part is read through
// LinkedInArchiveEntry, so a damaged ZIP, a part larger than maxPartBytes or
// one compressed like a ZIP bomb is refused with a message, never read.
// Messages name the file (without folders) and the part or sheet; the
// caller adds what the person should do.

#include "io/XlsxSheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QXmlStreamReader;

namespace rapport {

class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    // The most we read of any one XML part: a 13-month LinkedIn workbook's
    // largest sheet is well under a megabyte.
    static constexpr qint64 maxPartBytes = qint64(64) << 20; // 64 MiB
    // A workbook with more files than this inside is not one we read.
    static constexpr int maxEntries = 10000;

    // Opens the file and reads its list of sheets and its shared strings.
    // False with *error set when it is not a readable .xlsx workbook.
    bool open(const QString &path, QString *error);

    QString path() const { return m_path; }
    // The file's name without folders, as messages name it.
    QString fileName() const { return m_fileName; }
    // The sheets' names, in the workbook's order.
    QStringList sheetNames() const;
    // The index of the sheet named `name`, ignoring case and surrounding
    // spaces; -1 when there is none.
    int findSheet(const QString &name) const;
    // Reads the cells of sheet `index`.
    bool readSheet(int index, XlsxSheet *sheet, QString *error) const;
    // True when serial dates count from 1904 (workbookPr date1904).
    bool isDate1904() const { return m_date1904; }
    // True when the ZIP holds a file named `name` (ignoring case); known
    // after open(), even when it failed because the ZIP is no workbook.
    bool hasEntry(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        qint64 size = 0;
        qint64 compressedSize = 0;
    };
    struct Sheet
    {
        QString name;
        QString part;
    };
    using Parser = std::function<bool(QXmlStreamReader &, QString *)>;

    // Reads the part `name` with `parse`; false with *error naming the file
    // and `where` (the part's name when empty).
    bool readPart(const QString &name, const Parser &parse, QString *error,
                  const QString &where = QString()) const;
    bool readRelationships(const QString &part, QHash<QString, QString> *targets,
                           QHash<QString, QString> *types, QString *error) const;
    const Entry *entry(const QString &name) const;
    // "xl/workbook.xml" + "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml".
    static QString resolve(const QString &fromPart, const QString &target);
    QString notWorkbook(const QString &why) const;

    QString m_path;
    QString m_fileName;
    QHash<QString, Entry> m_entries; // by lower-case name
    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    bool m_date1904 = false;
};

} // namespace rapport
