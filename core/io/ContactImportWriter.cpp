#include "io/ContactImportWriter.h"

#include "domain/TextFold.h"
#include "io/ImportReport.h"
#include "store/ContactBulkLoad.h"
#include "store/ContactStore.h"

#include <QLocale>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

constexpr int batchSize = 1000;
// A batch is saved early once its text reaches this (rows of 8 MB exist).
constexpr qint64 batchBytes = qint64(8) << 20;
// Contact ids below this are remembered in a table (8 bytes each), higher
// ones in a hash.
constexpr qint64 denseIds = qint64(8) << 20;

// A 64-bit fingerprint of a key: qHash where it has 64 bits, else two
// differently seeded 32-bit ones.
quint64 fingerprint(const QString &key)
{
    quint64 h = qHash(key, size_t(0x52617070));
    if constexpr (sizeof(size_t) < 8)
        h = (h << 32) | qHash(key, size_t(0x6f727421));
    return h;
}

quint64 nameKey(const Contact &c)
{
    return fingerprint(u"n:"_s + TextFold::fold(c.fullName()) + u'\x1f' +
                       TextFold::fold(c.company));
}

qint64 textBytes(const Contact &c)
{
    qint64 chars = c.firstName.size() + c.lastName.size() + c.profileUrl.size() + c.slug.size() +
                   c.position.size() + c.company.size() + c.industry.size() + c.location.size() +
                   c.email.size() + c.notes.size();
    for (const QString &tag : c.tags)
        chars += tag.size();
    return qint64(sizeof(Contact)) + chars * qint64(sizeof(QChar));
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
    m_pendingBytes = 0;
    m_pendingKeys.clear();
    m_uidById.clear();
    m_uidById.shrink_to_fit();
    m_uidOfSparse.clear();
}

QString ContactImportWriter::tooManyRows(const QString &file, qint64 limit, const QString &unit)
{
    return tr("%1 has more than %2 %3, more than one import takes. Split it into files of at "
              "most %2 %3 and import them one after another. Nothing was imported.")
        .arg(file, QLocale().toString(limit), unit);
}

void ContactImportWriter::rememberKey(qint64 contactId, quint64 uidKey)
{
    if (contactId <= 0)
        return;
    if (contactId >= denseIds) {
        m_uidOfSparse.insert(contactId, uidKey);
        return;
    }
    const auto index = size_t(contactId);
    if (index >= m_uidById.size()) {
        // Grow by half again, not double: ids mostly come in order.
        if (index >= m_uidById.capacity())
            m_uidById.reserve(std::min(size_t(denseIds),
                                       std::max(index + 1, m_uidById.capacity() * 3 / 2 + 1024)));
        m_uidById.resize(index + 1, 0);
    }
    m_uidById[index] = uidKey;
}

quint64 ContactImportWriter::uidKeyOf(qint64 contactId) const
{
    if (contactId <= 0)
        return 0;
    if (contactId >= denseIds)
        return m_uidOfSparse.value(contactId, 0);
    const auto index = size_t(contactId);
    return index < m_uidById.size() ? m_uidById[index] : 0;
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
        const quint64 seen = uidKeyOf(candidate.id);
        if (seen != 0 && seen != ContactIdentity::key(row.uid))
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
        rememberKey(contactId, ContactIdentity::key(row.uid));
}

bool ContactImportWriter::add(Row &row, QString *error)
{
    Contact &incoming = row.contact;
    dropNuls(incoming);
    row.uid.remove(QChar(u'\0'));
    const quint64 slugKey = incoming.slug.isEmpty() ? 0 : fingerprint(u"s:"_s + incoming.slug);
    const quint64 byName = nameKey(incoming);
    // A row about someone added earlier in this file: save the batch first
    // so the lookups below find them.
    if ((slugKey != 0 && m_pendingKeys.contains(slugKey)) || m_pendingKeys.contains(byName)) {
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
        QStringList fits;
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
            fits << u"#%1"_s.arg(candidate->id);
        }
        // Several namesakes fit and none agrees in every field: which one
        // this row means cannot be told, so none of them is overwritten.
        if (!existing && fits.size() > 1) {
            m_report->warn(m_file, row.line,
                           tr("%1 fits several contacts of that name (%2) and nothing tells "
                              "them apart; added as a new contact rather than overwrite one. "
                              "A profile URL or an e-mail address tells them apart.")
                               .arg(incoming.fullName(), fits.join(u", "_s)));
            firstFit.reset();
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
    if (slugKey != 0)
        m_pendingKeys.insert(slugKey);
    m_pendingKeys.insert(byName);
    m_pendingBytes += textBytes(incoming);
    m_pending << std::move(incoming);
    m_pendingLines << row.line;
    m_pendingUids << (row.uid.isEmpty() ? 0 : ContactIdentity::key(row.uid));
    return (m_pending.size() < batchSize && m_pendingBytes < batchBytes) || flush(error);
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
            rememberKey(m_pending.at(i).id, m_pendingUids.at(i));
    }
    m_report->contacts.created += int(m_pending.size());
    m_pending.clear();
    m_pendingLines.clear();
    m_pendingUids.clear();
    m_pendingBytes = 0;
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
