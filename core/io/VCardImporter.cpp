#include "io/VCardImporter.h"

#include "db/Transaction.h"
#include "domain/PersonName.h"
#include "domain/ProfileUrl.h"
#include "io/CsvImporter.h"
#include "io/VCardReader.h"
#include "store/ContactBulkLoad.h"
#include "store/ContactRow.h"
#include "store/ImportJournal.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

using Field = CsvColumnMapping::Field;
using Row = ContactImportWriter::Row;
using Card = VCardReader::Card;
using Property = VCardReader::Property;

constexpr int progressEvery = 64;

bool isPreferred(const Property &p)
{
    return p.hasParameter(u"TYPE"_s, u"PREF"_s) || !p.parameter(u"PREF"_s).isEmpty();
}

void setText(Row *row, Field field, QString *target, const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return;
    *target = text;
    row->mark(field);
}

// The text of a card into a row; false with the reason when it has no name.
bool readCard(const Card &card, Row *row, QString *reason)
{
    Contact &c = row->contact;
    // Name: N's given (and middle) names and family name, else FN.
    if (const Property *name = card.first(u"N"_s)) {
        const QStringList parts = VCardReader::split(name->value, u';');
        QStringList given{parts.value(1).trimmed(), parts.value(2).trimmed()};
        given.removeAll(QString());
        setText(row, Field::FirstName, &c.firstName, given.join(u' '));
        setText(row, Field::LastName, &c.lastName, parts.value(0));
    }
    if (c.firstName.isEmpty()) {
        const Property *fn = card.first(u"FN"_s);
        const QString name = fn ? VCardReader::unescape(fn->value).simplified() : QString();
        // FN is split by the rule every import uses. When N gave the family
        // name only, FN's first name goes with it if FN ends with that name
        // ("Jane Doe"); FN that is the family name alone leaves one name.
        PersonName split = PersonName::split(name);
        if (!c.lastName.isEmpty()) {
            if (split.last.compare(c.lastName, Qt::CaseInsensitive) == 0)
                split.last.clear();
            else if (name.compare(c.lastName, Qt::CaseInsensitive) == 0)
                split = {};
            else
                split = {name, QString()};
        }
        setText(row, Field::FirstName, &c.firstName, split.first);
        setText(row, Field::LastName, &c.lastName, split.last);
    }
    // Outlook's card for a company: no N, and the company's name as FN;
    // Apple's says so.
    const Property *org = card.first(u"ORG"_s);
    const QString company =
        org ? VCardReader::split(org->value, u';').value(0).trimmed() : QString();
    const Property *showAs = card.first(u"X-ABSHOWAS"_s);
    const Property *n = card.first(u"N"_s);
    const bool noN = !n || VCardReader::split(n->value, u';').join(QString()).trimmed().isEmpty();
    const bool companyCard =
        (showAs && showAs->value.trimmed().compare(u"COMPANY"_s, Qt::CaseInsensitive) == 0) ||
        (noN && !company.isEmpty() && c.fullName() == company);
    if (companyCard) {
        *reason = VCardImporter::tr("no name (a card for an organisation)");
        return false;
    }
    if (c.firstName.isEmpty() && !c.lastName.isEmpty()) {
        c.firstName = c.lastName;
        c.lastName.clear();
        row->mark(Field::FirstName);
    }
    if (c.firstName.isEmpty()) {
        *reason = org ? VCardImporter::tr("no name (a card for an organisation)")
                      : VCardImporter::tr("no name");
        return false;
    }
    setText(row, Field::Company, &c.company, company);
    if (const Property *title = card.first(u"TITLE"_s))
        setText(row, Field::Position, &c.position, VCardReader::unescape(title->value));

    const QList<const Property *> emails = card.all(u"EMAIL"_s);
    const Property *email = emails.isEmpty() ? nullptr : emails.first();
    for (const Property *e : emails) {
        if (isPreferred(*e)) {
            email = e;
            break;
        }
    }
    if (email)
        setText(row, Field::Email, &c.email, VCardReader::unescape(email->value));

    QList<const Property *> urls = card.all(u"URL"_s);
    urls += card.all(u"X-SOCIALPROFILE"_s);
    for (const Property *url : std::as_const(urls)) {
        const QString slug = ProfileUrl::slug(VCardReader::unescape(url->value).trimmed());
        if (!slug.isEmpty()) {
            c.slug = slug;
            c.profileUrl = ProfileUrl::canonical(slug);
            row->mark(Field::ProfileUrl);
            break;
        }
    }

    const QList<const Property *> addresses = card.all(u"ADR"_s);
    const Property *address = addresses.isEmpty() ? nullptr : addresses.first();
    for (const Property *a : addresses) {
        if (isPreferred(*a)) {
            address = a;
            break;
        }
    }
    if (address) {
        const QStringList parts = VCardReader::split(address->value, u';');
        QStringList place;
        for (int i : {3, 4, 6}) {
            const QString part = parts.value(i).simplified();
            if (!part.isEmpty())
                place << part;
        }
        setText(row, Field::Location, &c.location, place.join(u", "_s));
    }

    QStringList notes;
    for (const Property *note : card.all(u"NOTE"_s)) {
        const QString text = VCardReader::unescape(note->value);
        if (!text.trimmed().isEmpty())
            notes << text;
    }
    if (!notes.isEmpty()) {
        c.notes = notes.join(u"\n\n"_s);
        row->mark(Field::Notes);
    }

    QStringList tags;
    for (const Property *categories : card.all(u"CATEGORIES"_s)) {
        for (const QString &tag : VCardReader::split(categories->value, u',')) {
            // Google's own label on every contact is not the person's tag.
            const QString t = tag.trimmed();
            if (t.compare(u"myContacts"_s, Qt::CaseInsensitive) != 0 &&
                t.compare(u"* myContacts"_s, Qt::CaseInsensitive) != 0)
                tags << tag;
        }
    }
    tags = ContactRow::cleanTags(tags);
    if (!tags.isEmpty()) {
        c.tags = tags;
        row->mark(Field::Tags);
    }

    if (const Property *uid = card.first(u"UID"_s))
        row->uid = VCardReader::unescape(uid->value).trimmed();
    if (const Property *industry = card.first(u"X-RAPPORT-INDUSTRY"_s))
        setText(row, Field::Industry, &c.industry, VCardReader::unescape(industry->value));
    if (const Property *degree = card.first(u"X-RAPPORT-DEGREE"_s)) {
        const int value = degree->value.trimmed().toInt();
        if (value >= 1 && value <= 3) {
            c.degree = value;
            row->mark(Field::Degree);
        }
    }
    if (const Property *connected = card.first(u"X-RAPPORT-CONNECTED-ON"_s)) {
        const QDate date = CsvImporter::parseDate(connected->value);
        if (date.isValid()) {
            c.connectedOn = date;
            row->mark(Field::ConnectedOn);
        }
    }
    if (const Property *follows = card.first(u"X-RAPPORT-FOLLOWS-ME"_s)) {
        c.followsMe = follows->value.trimmed().compare(u"yes"_s, Qt::CaseInsensitive) == 0;
        row->mark(Field::FollowsMe);
    }
    return true;
}

} // namespace

VCardImporter::VCardImporter(Database &db)
    : m_db(db)
{}

bool VCardImporter::cancelled(qint64 done, qint64 total, QString *error) const
{
    if (!m_progress || m_progress(done, total))
        return false;
    if (error)
        *error = tr("The import was cancelled; nothing was changed.");
    return true;
}

bool VCardImporter::run(const QString &path, ImportReport *report, QString *error)
{
    ImportReport local;
    ImportReport *out = report ? report : &local;
    *out = ImportReport();
    out->source = path;
    const QString file = QFileInfo(path).fileName();

    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2. Check the path and that you may read the file.")
                         .arg(path, input.errorString());
        return false;
    }
    const qint64 total = input.size();
    const QByteArray start = input.peek(2);
    if (start == QByteArrayLiteral("\xFF\xFE") || start == QByteArrayLiteral("\xFE\xFF")) {
        if (error)
            *error = tr("%1 is saved as UTF-16, which this import does not read. Export it "
                        "again as UTF-8 (most address books do by default) and import that.")
                         .arg(file);
        return false;
    }
    out->files << file;

    // Backed up first and recorded as it goes, so it can be undone.
    ImportJournal journal(m_db);
    if (!journal.prepare(u"vcard"_s, path, error))
        return false;
    // A big file rebuilds the indexes at its end (ContactBulkLoad): sorted
    // within the page cache, not in memory whatever the file's size.
    ContactBulkLoad::sortOnDisk(m_db);
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (!journal.begin(error))
        return false;
    ContactImportWriter writer(m_db, m_policy, out, file);
    writer.begin();
    VCardReader reader(&input);
    Card card;
    while (reader.readCard(&card)) {
        if (++out->rowsRead > m_maxRows) {
            if (error)
                *error = ContactImportWriter::tooManyRows(file, m_maxRows, tr("cards"));
            return false;
        }
        Row row;
        row.line = card.line;
        QString reason;
        if (!readCard(card, &row, &reason))
            out->skip(file, card.line, reason);
        else if (!writer.add(row, error))
            return false;
        if (out->rowsRead % progressEvery == 0 && cancelled(reader.bytesRead(), total, error))
            return false;
    }
    if (reader.hasError()) {
        if (error)
            *error = tr("%1, %2 Nothing was imported.").arg(file, reader.errorString());
        return false;
    }
    if (out->rowsRead == 0) {
        if (error)
            *error = tr("%1 holds no contact card (no BEGIN:VCARD line). Choose a vCard (.vcf) "
                        "file exported from an address book.")
                         .arg(file);
        return false;
    }
    if (cancelled(total, total, error))
        return false;
    bool stopped = false;
    const auto keepGoing = [&] {
        stopped = cancelled(total, total, error);
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

} // namespace rapport
