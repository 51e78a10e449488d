#include "io/CsvImporter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/PersonName.h"
#include "domain/ProfileUrl.h"
#include "store/ContactBulkLoad.h"
#include "store/ImportJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

using Field = CsvColumnMapping::Field;

constexpr int progressEvery = 64;

bool isDefused(QChar ch)
{
    switch (ch.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\'':
        return true;
    default:
        return false;
    }
}

// The same clean-up ContactStore does when it saves, so that comparing a
// merged contact with the stored one sees only real changes.
QStringList cleanTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &t : tags) {
        const QString tag = t.simplified();
        if (tag.isEmpty())
            continue;
        bool seen = false;
        for (const QString &o : std::as_const(out))
            seen = seen || o.compare(tag, Qt::CaseInsensitive) == 0;
        if (!seen)
            out << tag;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

int parseDegree(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1"_s || t == u"1st"_s)
        return 1;
    if (t == u"2"_s || t == u"2nd"_s)
        return 2;
    if (t == u"3"_s || t == u"3rd"_s || t == u"3rd+"_s)
        return 3;
    return -1;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const auto *yes : {u"yes", u"y", u"true", u"1", u"x", u"ja", u"oui"}) {
        if (t == QStringView(yes))
            return true;
    }
    for (const auto *no : {u"no", u"n", u"false", u"0", u"nein", u"non"}) {
        if (t == QStringView(no))
            return false;
    }
    return std::nullopt;
}

// "www.acme.example", "https://acme.example/team": an address, but not of
// a LinkedIn profile.
bool isOtherWebsite(const QString &value)
{
    return !value.contains(u' ') && (value.contains(u'.') || value.contains(u'/')) &&
           !value.contains(u"linkedin."_s, Qt::CaseInsensitive);
}

} // namespace

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
{}

CsvImporter::~CsvImporter() = default;

std::optional<CsvImporter::DuplicatePolicy> CsvImporter::policyFromName(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted == u"update"_s)
        return DuplicatePolicy::Update;
    if (wanted == u"skip"_s)
        return DuplicatePolicy::Skip;
    if (wanted == u"create"_s)
        return DuplicatePolicy::Create;
    return std::nullopt;
}

QString CsvImporter::policyName(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Update:
        return u"update"_s;
    case DuplicatePolicy::Skip:
        return u"skip"_s;
    case DuplicatePolicy::Create:
        return u"create"_s;
    }
    return u"update"_s;
}

QString CsvImporter::encodingName(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf8:
        return u"UTF-8"_s;
    case CsvReader::Encoding::Utf8Bom:
        return u"UTF-8 with BOM"_s;
    case CsvReader::Encoding::Utf16LE:
        return u"UTF-16 LE"_s;
    case CsvReader::Encoding::Utf16BE:
        return u"UTF-16 BE"_s;
    }
    return u"UTF-8"_s;
}

QString CsvImporter::delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return tr("comma");
    if (delimiter == u';')
        return tr("semicolon");
    if (delimiter == u'\t')
        return tr("tab");
    return QString(delimiter);
}

QString CsvImporter::unprotect(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && isDefused(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QStringList CsvImporter::splitTags(const QString &text)
{
    QStringList tags;
    QString tag;
    const auto endTag = [&] {
        // Google adds its own system label to every contact.
        if (!tag.trimmed().isEmpty() &&
            tag.trimmed().compare(u"* myContacts"_s, Qt::CaseInsensitive) != 0)
            tags << tag.trimmed();
        tag.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == u'\\' || next == u',' || next == u';' || next == u':') {
                tag += next;
                ++i;
                continue;
            }
        }
        if (ch == u',' || ch == u';' || ch == u'\n' || ch == u'\r') {
            endTag();
        } else if (ch == u':' && QStringView(text).mid(i, 3) == u":::") {
            endTag();
            i += 2;
        } else {
            tag += ch;
        }
    }
    endTag();
    return tags;
}

QDate CsvImporter::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression dayMonth(u"^\\d{1,2} [A-Za-z]{3} \\d{4}$"_s);
    static const QRegularExpression us(u"^\\d{1,2}/\\d{1,2}/\\d{4}$"_s);
    if (iso.match(t).hasMatch())
        return QDate::fromString(t, Qt::ISODate);
    if (dayMonth.match(t).hasMatch()) {
        // Month names in English whatever the machine's language: "12 Mar 2024".
        QString normal = t.toLower();
        normal[normal.indexOf(u' ') + 1] = normal.at(normal.indexOf(u' ') + 1).toUpper();
        return QLocale::c().toDate(normal, u"d MMM yyyy"_s);
    }
    if (us.match(t).hasMatch())
        return QDate::fromString(t, u"M/d/yyyy"_s);
    return {};
}

bool CsvImporter::preview(const QString &path, int rowCount, Preview *preview, QString *error,
                          QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2. Check the path and that you may read the file.")
                         .arg(path, file.errorString());
        return false;
    }
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.detectDelimiter = delimiter.isNull();
    CsvReader reader(&file, options);
    *preview = Preview();
    QStringList row;
    if (!reader.readRow(&preview->headers)) {
        if (error) {
            *error = reader.hasError()
                         ? tr("%1: %2").arg(QFileInfo(path).fileName(), reader.errorString())
                         : tr("%1 is empty: a CSV file to import starts with a row of column "
                              "names.")
                               .arg(path);
        }
        return false;
    }
    for (QString &h : preview->headers)
        h = h.trimmed();
    while (preview->rows.size() < rowCount && reader.readRow(&row))
        preview->rows << row;
    if (reader.hasError()) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), reader.errorString());
        return false;
    }
    preview->encoding = reader.encoding();
    preview->delimiter = reader.delimiter();
    return true;
}

bool CsvImporter::cancelled(qint64 done, QString *error)
{
    if (!m_progress || m_progress(done, m_total))
        return false;
    if (error)
        *error = tr("The import was cancelled; nothing was changed.");
    return true;
}

bool CsvImporter::run(const QString &path, ImportReport *report, QString *error)
{
    ImportReport local;
    m_report = report ? report : &local;
    *m_report = ImportReport();
    m_report->source = path;
    m_file = QFileInfo(path).fileName();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2. Check the path and that you may read the file.")
                         .arg(path, file.errorString());
        return false;
    }
    m_total = file.size();
    CsvReader::Options options;
    options.delimiter = m_delimiter;
    options.detectDelimiter = m_delimiter.isNull();
    CsvReader reader(&file, options);
    QStringList fields;
    if (!reader.readRow(&fields)) {
        if (error) {
            *error = reader.hasError()
                         ? tr("%1: %2").arg(m_file, reader.errorString())
                         : tr("%1 is empty: a CSV file to import starts with a row of column "
                              "names.")
                               .arg(path);
        }
        return false;
    }
    m_headerSize = int(fields.size());
    m_report->files << m_file;
    if (!m_mapping.hasNameColumn()) {
        if (error)
            *error = tr("%1: no column is mapped to first_name or full_name, so no contact "
                        "would have a name. Map the column that holds the first names.")
                         .arg(m_file);
        return false;
    }

    // Backed up first and recorded as it goes, so it can be undone.
    ImportJournal journal(m_db);
    if (!journal.prepare(u"csv"_s, path, error))
        return false;
    // A big file rebuilds the indexes at its end (ContactBulkLoad): sorted
    // within the page cache, not in memory whatever the file's size.
    ContactBulkLoad::sortOnDisk(m_db);
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (!journal.begin(error))
        return false;
    ContactImportWriter writer(m_db, m_policy, m_report, m_file);
    writer.begin();
    while (reader.readRow(&fields)) {
        bool blank = true;
        for (const QString &f : std::as_const(fields))
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue;
        if (++m_report->rowsRead > m_maxRows) {
            if (error)
                *error = ContactImportWriter::tooManyRows(m_file, m_maxRows, tr("rows"));
            return false;
        }
        Row row;
        if (readRow(fields, reader.lineNumber(), &row) && !writer.add(row, error))
            return false;
        if (m_report->rowsRead % progressEvery == 0 && cancelled(reader.bytesRead(), error))
            return false;
    }
    if (reader.hasError()) {
        if (error)
            *error = tr("%1: %2 Nothing was imported.").arg(m_file, reader.errorString());
        return false;
    }
    if (cancelled(m_total, error))
        return false;
    // Cancel stays possible while a bulk load rebuilds its indexes.
    bool stopped = false;
    const auto keepGoing = [&] {
        stopped = cancelled(m_total, error);
        return !stopped;
    };
    if (!writer.finish(error, keepGoing) || stopped)
        return false;
    if (!journal.finish(error))
        return false;
    QString commitError;
    if (!tx.commit(&commitError)) {
        if (error)
            *error = tr("Could not save the import: %1.").arg(commitError);
        return false;
    }
    return true;
}

bool CsvImporter::readRow(const QStringList &fields, qint64 line, Row *row)
{
    row->line = line;
    for (qsizetype i = m_headerSize; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty()) {
            m_report->skip(m_file, line,
                           tr("the row has %1 fields but the header has %2; a field with the "
                              "delimiter in it may lack its quotes")
                               .arg(fields.size())
                               .arg(m_headerSize));
            return false;
        }
    }
    Contact &c = row->contact;
    QString fullName;
    QStringList tags;
    QStringList notes;
    for (int i = 0; i < m_headerSize && i < m_mapping.columnCount(); ++i) {
        const Field field = m_mapping.field(i);
        if (field == Field::Ignore)
            continue;
        const QString raw = unprotect(fields.value(i));
        const QString value = raw.trimmed();
        if (value.isEmpty())
            continue;
        const bool first = !row->has(field);
        QString *text = nullptr;
        switch (field) {
        case Field::Ignore:
            break;
        case Field::FirstName:
            text = &c.firstName;
            break;
        case Field::LastName:
            text = &c.lastName;
            break;
        case Field::FullName:
            text = &fullName;
            break;
        case Field::Position:
            text = &c.position;
            break;
        case Field::Company:
            text = &c.company;
            break;
        case Field::Industry:
            text = &c.industry;
            break;
        case Field::Location:
            text = &c.location;
            break;
        case Field::Email:
            if (first)
                c.email = value.section(u":::"_s, 0, 0).trimmed();
            break;
        case Field::ProfileUrl:
            if (first) {
                const QString slug = ProfileUrl::slug(value);
                if (!slug.isEmpty()) {
                    c.profileUrl = ProfileUrl::canonical(slug);
                    c.slug = slug;
                } else if (isOtherWebsite(value)) {
                    continue; // a website column holding the company's site, say
                } else {
                    m_report->warn(m_file, line,
                                   tr("column %1: \"%2\" is not a LinkedIn profile URL; the rest "
                                      "of the row was imported without it")
                                       .arg(i + 1)
                                       .arg(value));
                    continue;
                }
            }
            break;
        case Field::Degree:
            if (first) {
                const int degree = parseDegree(value);
                if (degree < 0) {
                    m_report->warn(m_file, line,
                                   tr("column %1: degree \"%2\" is not 1, 2 or 3; the rest of the "
                                      "row was imported without it")
                                       .arg(i + 1)
                                       .arg(value));
                    continue;
                }
                c.degree = degree;
            }
            break;
        case Field::ConnectedOn:
            if (first) {
                const QDate date = parseDate(value);
                if (!date.isValid()) {
                    m_report->warn(m_file, line,
                                   tr("column %1: \"%2\" is not a date (use YYYY-MM-DD, DD Mon "
                                      "YYYY or MM/DD/YYYY); the rest of the row was imported "
                                      "without it")
                                       .arg(i + 1)
                                       .arg(value));
                    continue;
                }
                c.connectedOn = date;
            }
            break;
        case Field::FollowsMe:
            if (first) {
                const std::optional<bool> follows = parseBool(value);
                if (!follows) {
                    m_report->warn(m_file, line,
                                   tr("column %1: \"%2\" is not yes or no; the rest of the row "
                                      "was imported without it")
                                       .arg(i + 1)
                                       .arg(value));
                    continue;
                }
                c.followsMe = *follows;
            }
            break;
        case Field::Tags:
            tags += splitTags(value);
            break;
        case Field::RapportId:
            if (first)
                row->uid = value;
            break;
        case Field::Notes:
            // Notes keep their own spacing and line breaks.
            notes << raw;
            break;
        }
        if (text && first)
            *text = value;
        row->mark(field);
    }
    if (c.firstName.isEmpty() && !fullName.isEmpty()) {
        const PersonName name = PersonName::split(fullName);
        c.firstName = name.first;
        if (c.lastName.isEmpty() && !name.last.isEmpty()) {
            c.lastName = name.last;
            row->mark(Field::LastName);
        }
        row->mark(Field::FirstName);
    }
    if (c.firstName.isEmpty()) {
        m_report->skip(m_file, line, tr("no first name"));
        return false;
    }
    c.tags = cleanTags(tags);
    c.notes = notes.join(u"\n\n"_s);
    return true;
}

} // namespace rapport
