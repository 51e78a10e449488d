#include "io/CsvImporter.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "store/ContactBulkLoad.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

using Field = CsvColumnMapping::Field;

constexpr int batchSize = 1000;
constexpr int progressEvery = 64;

quint32 bit(Field field)
{
    return 1u << quint32(field);
}

// Our export (and careful people) write a cell a spreadsheet would run as a
// formula with a leading apostrophe, which spreadsheets hide; so do we.
QString unprotect(const QString &value)
{
    if (value.size() >= 2 && value.at(0) == u'\'') {
        switch (value.at(1).unicode()) {
        case u'=':
        case u'+':
        case u'-':
        case u'@':
        case u'\t':
        case u'\r':
            return value.mid(1);
        default:
            break;
        }
    }
    return value;
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

QStringList splitTags(const QString &text)
{
    static const QRegularExpression separators(u"\\s*(?::::|[,;\\n\\r])\\s*"_s);
    QStringList tags;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        // Google adds its own system label to every contact.
        if (part.trimmed().compare(u"* myContacts"_s, Qt::CaseInsensitive) != 0)
            tags << part;
    }
    return tags;
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

QString nameKey(const Contact &c)
{
    return u"n:"_s + TextFold::fold(c.fullName()) + u'\x1f' + TextFold::fold(c.company);
}

} // namespace

struct CsvImporter::Row
{
    qint64 line = 0;
    Contact contact;
    quint32 present = 0; // bits of the fields the row gives a value for
    bool has(Field field) const { return (present & bit(field)) != 0; }
};

CsvImporter::CsvImporter(Database &db)
    : m_db(db)
    , m_contacts(std::make_unique<ContactStore>(db))
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
    m_pending.clear();
    m_pendingLines.clear();
    m_pendingKeys.clear();

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
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tr("The database is busy (%1). Try again in a moment.").arg(tx.errorText());
        return false;
    }
    if (!journal.begin(error))
        return false;
    m_contactsBefore = m_contacts->totalCount();
    while (reader.readRow(&fields)) {
        bool blank = true;
        for (const QString &f : std::as_const(fields))
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue;
        ++m_report->rowsRead;
        Row row;
        if (readRow(fields, reader.lineNumber(), &row) && !importRow(row, error))
            return false;
        if (m_report->rowsRead % progressEvery == 0 && cancelled(reader.bytesRead(), error))
            return false;
    }
    if (reader.hasError()) {
        if (error)
            *error = tr("%1: %2 Nothing was imported.").arg(m_file, reader.errorString());
        return false;
    }
    if (!flush(error) || cancelled(m_total, error))
        return false;
    // Cancel stays possible while a bulk load rebuilds its indexes.
    bool stopped = false;
    QString indexError;
    const auto keepGoing = [&] {
        stopped = cancelled(m_total, error);
        return !stopped;
    };
    if (!m_contacts->endBulkLoad(&indexError, keepGoing)) {
        if (error && !stopped)
            *error = tr("%1: %2 Nothing was imported.").arg(m_file, indexError);
        return false;
    }
    if (!journal.finish(error))
        return false;
    QString commitError;
    if (!tx.commit(&commitError)) {
        if (error)
            *error = tr("Could not save the import: %1. Nothing was changed.").arg(commitError);
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
        case Field::Notes:
            // Notes keep their own spacing and line breaks.
            notes << raw;
            break;
        }
        if (text && first)
            *text = value;
        row->present |= bit(field);
    }
    if (c.firstName.isEmpty() && !fullName.isEmpty()) {
        const QString name = fullName.simplified();
        const qsizetype space = name.lastIndexOf(u' ');
        c.firstName = space < 0 ? name : name.left(space);
        if (c.lastName.isEmpty() && space >= 0) {
            c.lastName = name.mid(space + 1);
            row->present |= bit(Field::LastName);
        }
        row->present |= bit(Field::FirstName);
    }
    if (c.firstName.isEmpty()) {
        m_report->skip(m_file, line, tr("no first name"));
        return false;
    }
    c.tags = cleanTags(tags);
    c.notes = notes.join(u"\n\n"_s);
    return true;
}

bool CsvImporter::importRow(Row &row, QString *error)
{
    Contact &incoming = row.contact;
    const QString slugKey = incoming.slug.isEmpty() ? QString() : u"s:"_s + incoming.slug;
    const QString byName = nameKey(incoming);
    // A row about someone added earlier in this file: save the batch first so
    // the lookups below find them.
    if ((!slugKey.isEmpty() && m_pendingKeys.contains(slugKey)) || m_pendingKeys.contains(byName)) {
        if (!flush(error))
            return false;
    }
    std::optional<Contact> existing = m_contacts->findBySlug(incoming.slug);
    const bool sameProfile = existing.has_value();
    if (!existing) {
        const QList<qint64> ids =
            m_contacts->findByNameAndCompany(incoming.fullName(), incoming.company);
        for (qint64 id : ids) {
            std::optional<Contact> candidate = m_contacts->get(id);
            // Two different profiles are two people, whatever their names.
            if (candidate && (incoming.slug.isEmpty() || candidate->slug.isEmpty())) {
                existing = candidate;
                break;
            }
        }
    }
    if (existing && m_policy == DuplicatePolicy::Skip) {
        m_report->skip(m_file, row.line,
                       tr("duplicate of #%1 %2").arg(existing->id).arg(existing->fullName()));
        return true;
    }
    if (existing && m_policy == DuplicatePolicy::Create && sameProfile) {
        m_report->skip(m_file, row.line,
                       tr("duplicate of #%1 %2: a profile URL can belong to one contact only")
                           .arg(existing->id)
                           .arg(existing->fullName()));
        return true;
    }
    if (existing && m_policy == DuplicatePolicy::Update) {
        Contact merged = *existing;
        // Names are how the contact was found; keep the stored spelling
        // unless the row really names them differently.
        if (row.has(Field::FirstName) &&
            TextFold::fold(incoming.firstName) != TextFold::fold(merged.firstName))
            merged.firstName = incoming.firstName;
        if (row.has(Field::LastName) &&
            TextFold::fold(incoming.lastName) != TextFold::fold(merged.lastName))
            merged.lastName = incoming.lastName;
        if (!incoming.slug.isEmpty() && merged.slug.isEmpty()) {
            merged.profileUrl = incoming.profileUrl;
            merged.slug = incoming.slug;
        }
        if (row.has(Field::Position))
            merged.position = incoming.position;
        if (row.has(Field::Company))
            merged.company = incoming.company;
        if (row.has(Field::Industry))
            merged.industry = incoming.industry;
        if (row.has(Field::Location))
            merged.location = incoming.location;
        if (row.has(Field::Email))
            merged.email = incoming.email;
        if (row.has(Field::Degree))
            merged.degree = incoming.degree;
        if (row.has(Field::ConnectedOn))
            merged.connectedOn = incoming.connectedOn;
        if (row.has(Field::FollowsMe))
            merged.followsMe = incoming.followsMe;
        if (row.has(Field::Tags))
            merged.tags = incoming.tags;
        if (row.has(Field::Notes))
            merged.notes = incoming.notes;
        if (merged == *existing) {
            ++m_report->contacts.unchanged;
            return true;
        }
        QString rowError;
        if (!m_contacts->update(merged, &rowError))
            m_report->skip(m_file, row.line, rowError);
        else
            ++m_report->contacts.updated;
        return true;
    }
    if (!slugKey.isEmpty())
        m_pendingKeys.insert(slugKey);
    m_pendingKeys.insert(byName);
    m_pending << incoming;
    m_pendingLines << row.line;
    return m_pending.size() < batchSize || flush(error);
}

bool CsvImporter::flush(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    QString batchError;
    // A file bigger than the database: rebuild its indexes once at the end.
    if (!m_contacts->isBulkLoading() &&
        ContactBulkLoad::worthIt(m_contactsBefore, m_report->contacts.created + m_pending.size()) &&
        !m_contacts->beginBulkLoad(&batchError)) {
        if (error)
            *error = tr("%1: %2 Nothing was imported.").arg(m_file, batchError);
        return false;
    }
    if (!m_contacts->addBatch(m_pending, &batchError)) {
        if (error)
            *error = tr("%1, lines %2 to %3: %4 Nothing was imported.")
                         .arg(m_file)
                         .arg(m_pendingLines.first())
                         .arg(m_pendingLines.last())
                         .arg(batchError);
        return false;
    }
    m_report->contacts.created += int(m_pending.size());
    m_pending.clear();
    m_pendingLines.clear();
    m_pendingKeys.clear();
    return true;
}

} // namespace rapport
