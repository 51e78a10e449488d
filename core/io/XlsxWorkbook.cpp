#include "io/XlsxWorkbook.h"

#include "io/LinkedInArchiveEntry.h"
#include "io/XlsxSheetReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

} // namespace

QString XlsxWorkbook::notWorkbook(const QString &why) const
{
    return tr("%1 is not an Excel workbook (.xlsx): %2.").arg(m_fileName, why);
}

const XlsxWorkbook::Entry *XlsxWorkbook::entry(const QString &name) const
{
    const auto it = m_entries.constFind(name.toLower());
    return it == m_entries.cend() ? nullptr : &it.value();
}

bool XlsxWorkbook::hasEntry(const QString &name) const
{
    return entry(name) != nullptr;
}

QString XlsxWorkbook::resolve(const QString &fromPart, const QString &target)
{
    QString path = target;
    path.replace(u'\\', u'/');
    if (path.startsWith(u'/')) {
        path = path.mid(1);
    } else {
        const qsizetype slash = fromPart.lastIndexOf(u'/');
        if (slash >= 0)
            path = fromPart.left(slash + 1) + path;
    }
    path = QDir::cleanPath(path);
    while (path.startsWith(u"../"))
        path = path.mid(3);
    if (path.startsWith(u'/'))
        path = path.mid(1);
    return path;
}

bool XlsxWorkbook::open(const QString &path, QString *error)
{
    m_path = path;
    m_fileName = QFileInfo(path).fileName();
    m_entries.clear();
    m_sheets.clear();
    m_sharedStrings.clear();
    m_date1904 = false;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    const QFileInfo info(path);
    if (!info.exists())
        return fail(
            tr("%1 does not exist. Check the file's name and folder.").arg(nativeName(path)));
    if (info.isDir())
        return fail(tr("%1 is a folder, not a workbook file.").arg(nativeName(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2. Check that you may read it.")
                        .arg(nativeName(path), file.errorString()));
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4)))
        return fail(notWorkbook(tr("it is an older Excel file (.xls) or a workbook protected "
                                   "with a password")));
    if (!magic.startsWith(QByteArray("PK\x03\x04", 4)) &&
        !magic.startsWith(QByteArray("PK\x05\x06", 4)))
        return fail(notWorkbook(magic.isEmpty() ? tr("the file is empty")
                                                : tr("it is not a ZIP file, as every .xlsx "
                                                     "file is")));

    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            return fail(notWorkbook(tr("it is a damaged or cut-short ZIP file")));
        if (zip.getEntriesCount() > maxEntries)
            return fail(notWorkbook(tr("it holds %L1 files").arg(zip.getEntriesCount())));
        const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
        for (const QuaZipFileInfo64 &i : infos) {
            if (i.name.endsWith(u'/'))
                continue;
            m_entries.insert(i.name.toLower(),
                             Entry{i.name, qint64(i.uncompressedSize), qint64(i.compressedSize)});
        }
        zip.close();
    }

    // The workbook part: named by the package's relationships, usually
    // xl/workbook.xml.
    QString workbookPart = u"xl/workbook.xml"_s;
    if (hasEntry(u"_rels/.rels"_s)) {
        QHash<QString, QString> targets;
        QHash<QString, QString> types;
        if (!readRelationships(u"_rels/.rels"_s, &targets, &types, error))
            return false;
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value().endsWith(u"/officeDocument"))
                workbookPart = resolve(QString(), targets.value(it.key()));
        }
    }
    if (!hasEntry(workbookPart)) {
        return fail(notWorkbook(tr("it is a ZIP file without %1").arg(workbookPart)));
    }

    QList<std::pair<QString, QString>> sheetIds; // name, relationship id
    const bool workbookRead = readPart(
        workbookPart,
        [&](QXmlStreamReader &xml, QString *) {
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"workbookPr") {
                    m_date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
                } else if (xml.name() == u"sheet") {
                    QString id;
                    const QXmlStreamAttributes attributes = xml.attributes();
                    for (const QXmlStreamAttribute &a : attributes) {
                        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                            id = a.value().toString();
                    }
                    if (id.isEmpty())
                        id = attributes.value(QLatin1String("r:id")).toString();
                    sheetIds.append(
                        std::make_pair(attributes.value(QLatin1String("name")).toString(), id));
                }
            }
            return true;
        },
        error);
    if (!workbookRead)
        return false;

    const QString relsPart =
        resolve(workbookPart, u"_rels/"_s + QFileInfo(workbookPart).fileName() + u".rels"_s);
    if (!hasEntry(relsPart))
        return fail(notWorkbook(tr("it has no %1, which says where its sheets are").arg(relsPart)));
    QHash<QString, QString> targets;
    QHash<QString, QString> types;
    if (!readRelationships(relsPart, &targets, &types, error))
        return false;
    for (const auto &[name, id] : std::as_const(sheetIds)) {
        const QString target = targets.value(id);
        if (target.isEmpty())
            return fail(notWorkbook(
                tr("%1 does not say where its sheet \"%2\" is").arg(relsPart, name.left(100))));
        m_sheets.append(Sheet{name, resolve(workbookPart, target)});
    }

    QString sharedStringsPart;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value().endsWith(u"/sharedStrings"))
            sharedStringsPart = resolve(workbookPart, targets.value(it.key()));
    }
    if (sharedStringsPart.isEmpty() && hasEntry(u"xl/sharedStrings.xml"_s))
        sharedStringsPart = u"xl/sharedStrings.xml"_s;
    if (!sharedStringsPart.isEmpty() && hasEntry(sharedStringsPart)) {
        const bool ok = readPart(
            sharedStringsPart,
            [this](QXmlStreamReader &xml, QString *detail) {
                return XlsxSheetReader::readSharedStrings(xml, &m_sharedStrings, detail);
            },
            error);
        if (!ok)
            return false;
    }
    return true;
}

bool XlsxWorkbook::readRelationships(const QString &part, QHash<QString, QString> *targets,
                                     QHash<QString, QString> *types, QString *error) const
{
    return readPart(
        part,
        [&](QXmlStreamReader &xml, QString *) {
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"Relationship") {
                    const QXmlStreamAttributes a = xml.attributes();
                    if (a.value(QLatin1String("TargetMode")) == u"External")
                        continue;
                    const QString id = a.value(QLatin1String("Id")).toString();
                    targets->insert(id, a.value(QLatin1String("Target")).toString());
                    types->insert(id, a.value(QLatin1String("Type")).toString());
                }
            }
            return true;
        },
        error);
}

bool XlsxWorkbook::readPart(const QString &name, const Parser &parse, QString *error,
                            const QString &where) const
{
    const Entry *e = entry(name);
    if (!e) {
        if (error)
            *error = notWorkbook(tr("it has no %1").arg(name));
        return false;
    }
    const QString label = where.isEmpty() ? e->name : where;
    // Refused before reading: a part larger than any workbook we read, or
    // one that would expand like a ZIP bomb.
    if (e->size > LinkedInArchiveEntry::ratioCheckFrom &&
        e->size / qMax<qint64>(e->compressedSize, 1) > LinkedInArchiveEntry::maxRatio) {
        if (error)
            *error = tr("%1, %2: it would expand from %3 to %4, more than %5 times; that is a "
                        "ZIP bomb, not a workbook a spreadsheet program wrote.")
                         .arg(m_fileName, label, QLocale().formattedDataSize(e->compressedSize),
                              QLocale().formattedDataSize(e->size),
                              QString::number(LinkedInArchiveEntry::maxRatio));
        return false;
    }
    if (e->size > maxPartBytes) {
        if (error)
            *error = tr("%1, %2: it is %3, more than the %4 Rapport reads of one part of a "
                        "workbook.")
                         .arg(m_fileName, label, QLocale().formattedDataSize(e->size),
                              QLocale().formattedDataSize(maxPartBytes));
        return false;
    }
    const auto damaged = [&]() {
        if (error)
            *error = tr("%1 is damaged: %2 inside it (%3) is corrupt or cut short.")
                         .arg(m_fileName, label, e->name);
        return false;
    };
    auto device = LinkedInArchiveEntry::inZip(m_path, e->name, e->size, maxPartBytes);
    if (!device->open(QIODevice::ReadOnly))
        return damaged();
    // The whole part first (at most maxPartBytes): a damaged ZIP shows
    // itself at its end (CRC, short data), before any of it is believed;
    // and QXmlStreamReader parses memory faster than a device.
    const QByteArray bytes = device->readAll();
    if (!device->readRest() || device->isDamaged() || bytes.size() != e->size)
        return damaged();
    device.reset();
    QXmlStreamReader xml(bytes);
    QString detail;
    const bool parsed = parse(xml, &detail);
    if (!parsed || xml.hasError()) {
        if (detail.isEmpty())
            detail = tr("its XML is damaged at line %1 (%2)")
                         .arg(xml.lineNumber())
                         .arg(xml.errorString());
        if (error)
            *error = tr("%1, %2: %3.").arg(m_fileName, label, detail);
        return false;
    }
    return true;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names.append(s.name);
    return names;
}

int XlsxWorkbook::findSheet(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool XlsxWorkbook::readSheet(int index, XlsxSheet *sheet, QString *error) const
{
    if (index < 0 || index >= m_sheets.size())
        return false;
    const Sheet &s = m_sheets.at(index);
    sheet->name = s.name;
    sheet->rows.clear();
    const bool ok = readPart(
        s.part,
        [&](QXmlStreamReader &xml, QString *d) {
            return XlsxSheetReader::readSheet(xml, m_sharedStrings, sheet, d);
        },
        error, tr("sheet %1").arg(s.name));
    if (!ok) {
        if (error && !entry(s.part))
            *error = notWorkbook(
                tr("its sheet %1 should be in %2, which it does not have").arg(s.name, s.part));
        sheet->rows.clear();
    }
    return ok;
}

} // namespace rapport
