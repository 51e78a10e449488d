#include "store/NameMatcher.h"

#include "db/Database.h"
#include "domain/NameKey.h"
#include "domain/ProfileUrl.h"
#include "domain/TextFold.h"
#include "store/ContactStore.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// More contacts than this of one name are not worth listing to choose from.
constexpr int maxCandidates = 1000;

// A word of a key as an FTS5 phrase: quoted, so its punctuation is only
// punctuation ("jean-luc" is the phrase "jean luc").
QString phrase(const QString &word)
{
    return u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

NameMatcher::NameMatcher(const ContactStore &store)
    : m_store(store)
    , m_exact(std::make_unique<QSqlQuery>(store.database().connection()))
    , m_firstAndLast(std::make_unique<QSqlQuery>(store.database().connection()))
{
    m_exact->setForwardOnly(true);
    m_exact->prepare(u"SELECT id, company, slug FROM contact WHERE sort_name = ? "
                     "ORDER BY id LIMIT %1"_s.arg(maxCandidates));
    // Contacts whose names hold both words, from the search index: a range
    // on the first word of sort_name would read every "maria ..." to find
    // "maria ... gomez", thousands of rows for a common first name.
    m_firstAndLast->setForwardOnly(true);
    m_firstAndLast->prepare(u"SELECT c.id, c.sort_name, c.company, c.slug FROM contact_fts "
                            "JOIN contact c ON c.id = contact_fts.rowid WHERE contact_fts MATCH ? "
                            "ORDER BY contact_fts.rowid LIMIT %1"_s.arg(maxCandidates));
}

NameMatcher::~NameMatcher() = default;

QList<NameMatcher::Candidate> NameMatcher::byKey(const QString &key) const
{
    QList<Candidate> found;
    m_exact->addBindValue(key);
    if (m_exact->exec()) {
        while (m_exact->next())
            found.append({m_exact->value(0).toLongLong(), m_exact->value(1).toString(),
                          m_exact->value(2).toString()});
    }
    m_exact->finish();
    return found;
}

QList<NameMatcher::Candidate> NameMatcher::byFirstAndLastWord(const QString &key) const
{
    QList<Candidate> found;
    const QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return found;
    const QString wanted = NameKey::firstLastKey(key);
    m_firstAndLast->addBindValue(
        u"{first_name last_name} : (%1 AND %2)"_s.arg(phrase(words.first()), phrase(words.last())));
    if (m_firstAndLast->exec()) {
        while (m_firstAndLast->next()) {
            // The index only says both words occur somewhere in the name.
            // Stored names keep their honorifics and suffixes ("john smith
            // jr."): those are compared as keys, as the captured name was.
            const QString stored = m_firstAndLast->value(1).toString();
            if (NameKey::firstLastKey(stored) == wanted ||
                NameKey::firstLastKey(NameKey::key(stored)) == wanted)
                found.append({m_firstAndLast->value(0).toLongLong(),
                              m_firstAndLast->value(2).toString(),
                              m_firstAndLast->value(3).toString()});
        }
    }
    m_firstAndLast->finish();
    return found;
}

NameMatch NameMatcher::match(const QString &name, const QString &company,
                             const QString &profileUrl) const
{
    NameMatch result;
    const QString slug = ProfileUrl::slug(profileUrl);
    if (!slug.isEmpty()) {
        if (const auto contact = m_store.findBySlug(slug)) {
            result.status = NameMatch::One;
            result.contactId = contact->id;
            result.candidates = {contact->id};
            result.how = u"profile URL"_s;
            return result;
        }
    }
    const QString key = NameKey::key(name);
    if (key.isEmpty())
        return result;
    // A contact with another profile is another person of the same name.
    const auto samePerson = [&slug](QList<Candidate> found) {
        if (!slug.isEmpty()) {
            found.erase(std::remove_if(found.begin(), found.end(),
                                       [](const Candidate &c) { return !c.slug.isEmpty(); }),
                        found.end());
        }
        return found;
    };
    QList<Candidate> candidates = samePerson(byKey(key));
    if (candidates.isEmpty())
        candidates = samePerson(byFirstAndLastWord(key));
    if (candidates.isEmpty())
        return result;
    if (candidates.size() == 1) {
        result.status = NameMatch::One;
        result.contactId = candidates.first().id;
        result.candidates = {result.contactId};
        result.how = u"name"_s;
        return result;
    }
    QList<qint64> atCompany;
    QList<qint64> others;
    const QString wanted = TextFold::fold(company.simplified());
    for (const Candidate &c : std::as_const(candidates)) {
        const QString stored = TextFold::fold(c.company.simplified());
        const bool same = !wanted.isEmpty() && !stored.isEmpty() &&
                          (stored.contains(wanted) || wanted.contains(stored));
        (same ? atCompany : others) << c.id;
    }
    if (atCompany.size() == 1) {
        result.status = NameMatch::One;
        result.contactId = atCompany.first();
        result.candidates = {result.contactId};
        result.how = u"name and company"_s;
        return result;
    }
    result.status = NameMatch::Ambiguous;
    result.candidates = atCompany + others;
    result.how = atCompany.isEmpty() ? u"name"_s : u"name and company"_s;
    return result;
}

} // namespace rapport
