#pragma once

// Finds the stored contact behind a name captured from a LinkedIn list: by
// profile URL, then by name (accents, case, honorifics, emoji and middle
// names ignored), with the company to tell people of one name apart. Only
// index lookups (sort_name, slug, the search index), so a capture of
// hundreds of names stays quick at a million contacts.

#include "store/NameMatch.h"

#include <QString>
#include <memory>

class QSqlQuery;

namespace rapport {

class ContactStore;

class NameMatcher
{
public:
    explicit NameMatcher(const ContactStore &store);
    ~NameMatcher();
    NameMatcher(const NameMatcher &) = delete;
    NameMatcher &operator=(const NameMatcher &) = delete;

    // `name` as pasted or cleaned; `company` and `profileUrl` may be empty.
    NameMatch match(const QString &name, const QString &company, const QString &profileUrl) const;

private:
    struct Candidate
    {
        qint64 id = 0;
        QString company;
        QString slug;
    };
    QList<Candidate> byKey(const QString &key) const;
    QList<Candidate> byFirstAndLastWord(const QString &key) const;

    const ContactStore &m_store;
    std::unique_ptr<QSqlQuery> m_exact;
    std::unique_ptr<QSqlQuery> m_firstAndLast;
};

} // namespace rapport
