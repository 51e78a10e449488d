#include "io/ContactExporter.h"

#include "domain/DateText.h"

#include "db/Database.h"
#include "db/ReadSnapshot.h"
#include "domain/Contact.h"
#include "io/ContactIdentity.h"
#include "io/CsvWriter.h"
#include "io/VCardWriter.h"
#include "store/ContactExportRows.h"
#include "store/ContactStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

enum class Column {
    FirstName,
    LastName,
    FullName,
    ProfileUrl,
    Position,
    Company,
    Industry,
    Location,
    Email,
    Degree,
    ConnectedOn,
    FollowsMe,
    Tags,
    Notes,
    CreatedAt,
    UpdatedAt,
    RapportId,
};

struct ColumnInfo
{
    const char16_t *key;
    const char *title;
    Column column;
};

const ColumnInfo columns[] = {
    {u"first_name", QT_TRANSLATE_NOOP("ContactExporter", "First name"), Column::FirstName},
    {u"last_name", QT_TRANSLATE_NOOP("ContactExporter", "Last name"), Column::LastName},
    {u"full_name", QT_TRANSLATE_NOOP("ContactExporter", "Full name"), Column::FullName},
    {u"profile_url", QT_TRANSLATE_NOOP("ContactExporter", "Profile URL"), Column::ProfileUrl},
    {u"position", QT_TRANSLATE_NOOP("ContactExporter", "Position"), Column::Position},
    {u"company", QT_TRANSLATE_NOOP("ContactExporter", "Company"), Column::Company},
    {u"industry", QT_TRANSLATE_NOOP("ContactExporter", "Industry"), Column::Industry},
    {u"location", QT_TRANSLATE_NOOP("ContactExporter", "Location"), Column::Location},
    {u"email", QT_TRANSLATE_NOOP("ContactExporter", "Email"), Column::Email},
    {u"degree", QT_TRANSLATE_NOOP("ContactExporter", "Degree"), Column::Degree},
    {u"connected_on", QT_TRANSLATE_NOOP("ContactExporter", "Connected on"), Column::ConnectedOn},
    {u"follows_me", QT_TRANSLATE_NOOP("ContactExporter", "Follows me"), Column::FollowsMe},
    {u"tags", QT_TRANSLATE_NOOP("ContactExporter", "Tags"), Column::Tags},
    {u"notes", QT_TRANSLATE_NOOP("ContactExporter", "Notes"), Column::Notes},
    {u"created_at", QT_TRANSLATE_NOOP("ContactExporter", "Created at"), Column::CreatedAt},
    {u"updated_at", QT_TRANSLATE_NOOP("ContactExporter", "Updated at"), Column::UpdatedAt},
    {u"rapport_id", QT_TRANSLATE_NOOP("ContactExporter", "Rapport ID"), Column::RapportId},
};

const ColumnInfo *findColumn(const QString &key)
{
    for (const ColumnInfo &info : columns) {
        if (key == QStringView(info.key))
            return &info;
    }
    return nullptr;
}

QString utc(const QDateTime &time)
{
    return DateText::isoUtc(time, false);
}

// The stored column a CSV column is made from (full_name: first_name, and
// last_name next to it); empty for rapport_id, made from the id.
QString storedColumn(Column column)
{
    switch (column) {
    case Column::FirstName:
    case Column::FullName:
        return u"first_name"_s;
    case Column::LastName:
        return u"last_name"_s;
    case Column::ProfileUrl:
        return u"profile_url"_s;
    case Column::Position:
        return u"position"_s;
    case Column::Company:
        return u"company"_s;
    case Column::Industry:
        return u"industry"_s;
    case Column::Location:
        return u"location"_s;
    case Column::Email:
        return u"email"_s;
    case Column::Degree:
        return u"degree"_s;
    case Column::ConnectedOn:
        return u"connected_on"_s;
    case Column::FollowsMe:
        return u"follows_me"_s;
    case Column::Tags:
        return u"tags_text"_s;
    case Column::Notes:
        return u"notes"_s;
    case Column::CreatedAt:
        return u"created_at"_s;
    case Column::UpdatedAt:
        return u"updated_at"_s;
    case Column::RapportId:
        break;
    }
    return {};
}

// One CSV cell from a row of ContactExportRows: the text the exporter made
// from the whole Contact (ContactRow::read()) of that row, without building
// it (value `at` is the stored column, 0 the id; tst_contactexporter
// compares the bytes).
void writeStoredCell(CsvWriter &csv, const ContactExportRows::Row &row, Column column, int at,
                     const ContactIdentity &identity)
{
    using Cell = CsvWriter::Cell;
    switch (column) {
    case Column::FullName: {
        const QString first = row.text(at);
        const QString last = row.text(at + 1);
        if (last.isEmpty())
            return csv.addField(first);
        if (first.isEmpty())
            return csv.addField(last);
        return csv.addField(first + u' ' + last);
    }
    case Column::Degree: {
        const int degree = int(row.integer(at));
        return csv.addField(degree > 0 ? QString::number(degree) : QString(), Cell::Verbatim);
    }
    case Column::ConnectedOn:
        return csv.addField(DateText::isoDate(DateText::parseIsoDate(row.text(at))),
                            Cell::Verbatim);
    case Column::FollowsMe:
        return csv.addField(row.flag(at) ? u"yes" : u"no", Cell::Verbatim);
    case Column::Tags: {
        const QString tags = row.text(at);
        return csv.addField(
            ContactExporter::tagsCell(tags.isEmpty() ? QStringList() : tags.split(u'\n')));
    }
    case Column::CreatedAt:
    case Column::UpdatedAt:
        return csv.addField(utc(DateText::parseIsoUtc(row.text(at))), Cell::Verbatim);
    case Column::RapportId:
        return csv.addField(identity.uid(row.integer(0)), Cell::Verbatim);
    default:
        return csv.addField(row.text(at));
    }
}

} // namespace

ContactExporter::ContactExporter(ContactStore &store)
    : m_store(store)
{}

QStringList ContactExporter::columnKeys()
{
    QStringList keys;
    for (const ColumnInfo &info : columns)
        keys << QStringView(info.key).toString();
    return keys;
}

QStringList ContactExporter::defaultColumns()
{
    QStringList keys = columnKeys();
    keys.removeAll(u"full_name"_s);
    return keys;
}

QString ContactExporter::tagsCell(const QStringList &tags)
{
    QStringList cells;
    for (const QString &tag : tags) {
        QString cell;
        cell.reserve(tag.size() + 4);
        for (qsizetype i = 0; i < tag.size(); ++i) {
            const QChar ch = tag.at(i);
            if (ch == u'\\' || ch == u',' || ch == u';' ||
                (ch == u':' && QStringView(tag).mid(i, 3) == u":::"))
                cell += u'\\';
            cell += ch;
        }
        cells << cell;
    }
    return cells.join(u", "_s);
}

QString ContactExporter::columnTitle(const QString &key)
{
    const ColumnInfo *info = findColumn(key);
    return info ? tr(info->title) : QString();
}

bool ContactExporter::checkColumns(const QStringList &keys, QString *error)
{
    if (keys.isEmpty()) {
        *error = tr("No columns were chosen. Choose one or more of: %1.")
                     .arg(columnKeys().join(u", "_s));
        return false;
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!findColumn(keys.at(i))) {
            *error = tr("\"%1\" is not a column. The columns are: %2.")
                         .arg(keys.at(i), columnKeys().join(u", "_s));
            return false;
        }
        if (keys.indexOf(keys.at(i)) != i) {
            *error =
                tr("The column \"%1\" is chosen twice. Give each column once.").arg(keys.at(i));
            return false;
        }
    }
    return true;
}

bool ContactExporter::exportTo(const QString &path, const Options &options, qint64 *exported,
                               QString *error, const Progress &progress) const
{
    *exported = 0;
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("Could not export to %1: it is a folder. Give a file name.").arg(shownPath);
        return false;
    }
    // A device or a pipe (/dev/stdout, a FIFO) cannot be replaced by a
    // temporary file: it is written directly.
    // Only the standard streams by name: a regular file under /dev (e.g.
    // /dev/shm) is saved whole through a temporary file like any other.
    if ((info.exists() && !info.isFile()) || path == u"/dev/stdout"_s || path == u"/dev/stderr"_s) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly)) {
            *error = tr("Could not write %1: %2. Choose a file you can write to.")
                         .arg(shownPath, device.errorString());
            return false;
        }
        return exportTo(&device, shownPath, options, exported, error, progress);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2. Choose a folder you can write to.")
                     .arg(shownPath, file.errorString());
        return false;
    }
    if (!exportTo(&file, shownPath, options, exported, error, progress)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *exported = 0;
        *error = tr("Could not save %1: %2. Check that the disk has room and try again.")
                     .arg(shownPath, file.errorString());
        return false;
    }
    return true;
}

bool ContactExporter::exportTo(QIODevice *device, const QString &shownPath, const Options &options,
                               qint64 *exported, QString *error, const Progress &progress) const
{
    *exported = 0;
    const QStringList keys = options.columns.isEmpty() ? defaultColumns() : options.columns;
    if (options.format == Format::Csv && !checkColumns(keys, error))
        return false;

    std::optional<CsvWriter> csv;
    std::optional<VCardWriter> vcard;
    QList<Column> csvColumns;
    if (options.format == Format::Csv) {
        CsvWriter::Options csvOptions;
        csvOptions.byteOrderMark = options.byteOrderMark;
        csvOptions.protectFormulas = options.protectFormulas;
        csv.emplace(device, csvOptions);
        QStringList titles;
        for (const QString &key : keys) {
            const ColumnInfo *info = findColumn(key);
            csvColumns << info->column;
            titles << tr(info->title);
        }
        csv->writeRecord(titles);
    } else {
        vcard.emplace(device);
    }
    const auto writeFailed = [&] {
        const QString reason = csv ? csv->errorString() : vcard->errorString();
        *error = tr("Could not write %1: %2. Check that the disk has room and try again.")
                     .arg(shownPath, reason);
        return false;
    };

    // Before the snapshot: the first export stores the database's id.
    const ContactIdentity identity = ContactIdentity::forDatabase(m_store.database());
    ReadSnapshot snapshot(m_store.database());
    QString readError;
    const qint64 total = m_store.count(options.query, &readError);
    const int step = qMax(1, options.progressStep);
    const auto cancelled = [&] {
        *error = tr("The export to %1 was cancelled; no file was written.").arg(shownPath);
        return false;
    };
    if (progress && !progress(0, total))
        return cancelled();

    // One statement walks the whole view; progress (and a chance to cancel)
    // every `step` contacts.
    qint64 done = 0;
    bool stopped = false;
    bool writeError = false;
    const auto afterRecord = [&] {
        ++done;
        if (done % step != 0)
            return true;
        if (csv ? csv->hasError() : vcard->hasError()) {
            writeError = true;
            return false;
        }
        if (progress && !progress(done, qMax(total, done))) {
            stopped = true;
            return false;
        }
        return true;
    };
    if (csv) {
        // Only the stored columns the file needs, read by position; no
        // Contact is built (see writeStoredCell()).
        QStringList stored = {u"id"_s};
        QList<int> at;
        for (const Column column : std::as_const(csvColumns)) {
            const QString name = storedColumn(column);
            qsizetype index = name.isEmpty() ? 0 : stored.indexOf(name);
            if (index < 0) {
                index = stored.size();
                stored << name;
                if (column == Column::FullName)
                    stored << u"last_name"_s;
            } else if (column == Column::FullName &&
                       stored.value(index + 1) != QStringView(u"last_name")) {
                // first_name is there already, but not followed by last_name.
                index = stored.size();
                stored << name << u"last_name"_s;
            }
            at << int(index);
        }
        ContactExportRows(m_store.database())
            .forEach(
                options.query, stored,
                [&](const ContactExportRows::Row &row) {
                    for (qsizetype i = 0; i < csvColumns.size(); ++i)
                        writeStoredCell(*csv, row, csvColumns.at(i), at.at(i), identity);
                    csv->endRecord();
                    return afterRecord();
                },
                &readError);
    } else {
        m_store.forEach(
            options.query,
            [&](const Contact &contact) {
                vcard->write(contact, identity.uid(contact.id));
                return afterRecord();
            },
            &readError);
    }
    if (writeError || (csv ? csv->hasError() : vcard->hasError()))
        return writeFailed();
    if (stopped)
        return cancelled();
    if (readError.isEmpty() && progress && done % step != 0 && !progress(done, qMax(total, done)))
        return cancelled();
    if (!readError.isEmpty()) {
        *error = tr("Could not export to %1: the contacts could not be read (%2). Nothing was "
                    "written; try again.")
                     .arg(shownPath, readError);
        return false;
    }
    if (!(csv ? csv->flush() : vcard->flush()))
        return writeFailed();
    *exported = done;
    return true;
}

} // namespace rapport
