#include "io/ContactImportWriter.h"

#include "domain/TextFold.h"
#include "io/ImportReport.h"
#include "store/ContactBulkLoad.h"
#include "store/ContactStore.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int batchSize = 1000;

QString nameKey(const Contact &c)
{
    return u"n:"_s + TextFold::fold(c.fullName()) + u'\x1f' + TextFold::fold(c.company);
}

// Case and accents ignored, but not compatibility forms: "＝1+1" (full
// width) is not "=1+1", "ﬁ" is not "fi".
QString strictFold(const QString &text)
{
    const QString decomposed = text.simplified().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

void dropNuls(Contact &c)
{
    for (QString *text : {&c.firstName, &c.lastName, &c.profileUrl, &c.position, &c.company,
                          &c.industry, &c.location, &c.email, &c.notes})
        text->remove(QChar(u'\0'));
    for (QString &tag : c.tags)
        tag.remove(QChar(u'\0'));
}

} // namespace

ContactImportWriter::ContactImportWriter(Database &db, DuplicatePolicy policy, ImportReport *report,
                                         const QString &file)
    : m_db(db)
    , m_contacts(std::make_unique<ContactStore>(db))
    , m_policy(policy)
    , m_report(report)
    , m_file(file)
    , m_identity(ContactIdentity::fromDatabaseUid(QString()))
{}

ContactImportWriter::~ContactImportWriter() = default;

void ContactImportWriter::begin()
{
    m_identity = ContactIdentity::forDatabase(m_db);
    m_contactsBefore = m_contacts->totalCount();
    m_pending.clear();
    m_pendingLines.clear();
    m_pendingUids.clear();
    m_pendingKeys.clear();
    m_uidOf.clear();
}

bool ContactImportWriter::contradicts(const Row &row, const Contact &candidate, bool ourUid) const
{
    const Contact &incoming = row.contact;
    // Two different profiles are two people, whatever their names.
    if (!incoming.slug.isEmpty() && !candidate.slug.isEmpty() && incoming.slug != candidate.slug)
        return true;
    if (!incoming.email.isEmpty() && !candidate.email.isEmpty() &&
        incoming.email.compare(candidate.email, Qt::CaseInsensitive) != 0)
        return true;
    if (strictFold(incoming.fullName()) != strictFold(candidate.fullName()) ||
        strictFold(incoming.company) != strictFold(candidate.company))
        return true;
    if (!row.uid.isEmpty()) {
        // This database's UID naming someone else (or someone deleted).
        if (ourUid)
            return true;
        const auto seen = m_uidOf.constFind(candidate.id);
        if (seen != m_uidOf.constEnd() && seen.value() != ContactIdentity::key(row.uid))
            return true;
    }
    return false;
}

Contact ContactImportWriter::merged(const Row &row, const Contact &existing)
{
    const Contact &incoming = row.contact;
    Contact merged = existing;
    // Names are how the contact was found; keep the stored spelling unless
    // the row really names them differently.
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
    return merged;
}

void ContactImportWriter::remember(qint64 contactId, const Row &row)
{
    if (!row.uid.isEmpty())
        m_uidOf.insert(contactId, ContactIdentity::key(row.uid));
}

bool ContactImportWriter::add(Row &row, QString *error)
{
    Contact &incoming = row.contact;
    dropNuls(incoming);
    row.uid.remove(QChar(u'\0'));
    const QString slugKey = incoming.slug.isEmpty() ? QString() : u"s:"_s + incoming.slug;
    const QString byName = nameKey(incoming);
    // A row about someone added earlier in this file: save the batch first
    // so the lookups below find them.
    if ((!slugKey.isEmpty() && m_pendingKeys.contains(slugKey)) || m_pendingKeys.contains(byName)) {
        if (!flush(error))
            return false;
    }

    std::optional<Contact> existing;
    bool ourUid = false;
    if (!row.uid.isEmpty()) {
        if (const std::optional<qint64> id = m_identity.contactId(row.uid))
            existing = m_contacts->get(*id);
        ourUid = m_identity.isOurs(row.uid);
    }
    if (!existing && !incoming.slug.isEmpty())
        existing = m_contacts->findBySlug(incoming.slug);
    const bool sameProfile =
        existing && !incoming.slug.isEmpty() && existing->slug == incoming.slug;
    if (!existing) {
        std::optional<Contact> firstFit;
        const QList<qint64> ids =
            m_contacts->findByNameAndCompany(incoming.fullName(), incoming.company);
        for (qint64 id : ids) {
            std::optional<Contact> candidate = m_contacts->get(id);
            if (!candidate || contradicts(row, *candidate, ourUid))
                continue;
            if (merged(row, *candidate) == *candidate) {
                existing = candidate;
                break;
            }
            if (!firstFit)
                firstFit = candidate;
        }
        if (!existing)
            existing = firstFit;
    }

    if (existing && m_policy == DuplicatePolicy::Skip) {
        remember(existing->id, row);
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
        remember(existing->id, row);
        Contact updated = merged(row, *existing);
        if (updated == *existing) {
            ++m_report->contacts.unchanged;
            return true;
        }
        QString rowError;
        if (!m_contacts->update(updated, &rowError))
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
    m_pendingUids << (row.uid.isEmpty() ? 0 : ContactIdentity::key(row.uid));
    return m_pending.size() < batchSize || flush(error);
}

bool ContactImportWriter::flush(QString *error)
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
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pendingUids.at(i) != 0)
            m_uidOf.insert(m_pending.at(i).id, m_pendingUids.at(i));
    }
    m_report->contacts.created += int(m_pending.size());
    m_pending.clear();
    m_pendingLines.clear();
    m_pendingUids.clear();
    m_pendingKeys.clear();
    return true;
}

bool ContactImportWriter::finish(QString *error, const std::function<bool()> &keepGoing)
{
    if (!flush(error))
        return false;
    QString indexError;
    bool stopped = false;
    const auto ask = [&] {
        stopped = keepGoing && !keepGoing();
        return !stopped;
    };
    if (!m_contacts->endBulkLoad(&indexError, ask)) {
        if (error && !stopped)
            *error = tr("%1: %2 Nothing was imported.").arg(m_file, indexError);
        return false;
    }
    return true;
}

} // namespace rapport
