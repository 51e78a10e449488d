#include "ContactResolver.h"

#include "domain/ProfileUrl.h"
#include "store/ContactStore.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rapport {

ContactResolver::ContactResolver(const ContactStore &store)
    : m_store(store)
{}

std::optional<Contact> ContactResolver::resolve(const QString &text, QString *error) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("The contact is empty. Give an id, a LinkedIn profile URL or a full name.");
        return std::nullopt;
    }
    // We print ids as "#12", so people paste them back that way.
    const QString number = trimmed.startsWith(u'#') ? trimmed.mid(1) : trimmed;
    bool isNumber = false;
    const qint64 id = number.toLongLong(&isNumber);
    if (isNumber)
        return byId(id, error);
    if (ProfileUrl::looksLikeUrl(trimmed))
        return byUrl(trimmed, error);
    return byName(trimmed, error);
}

std::optional<Contact> ContactResolver::byId(qint64 id, QString *error) const
{
    if (id > 0) {
        if (auto contact = m_store.get(id))
            return contact;
    }
    *error =
        tr("There is no contact #%1. \"rapport-cli contacts search NAME\" shows the ids.").arg(id);
    return std::nullopt;
}

std::optional<Contact> ContactResolver::byUrl(const QString &url, QString *error) const
{
    const QString slug = ProfileUrl::slug(url);
    if (slug.isEmpty()) {
        *error = tr("\"%1\" is not a LinkedIn profile URL. Use the address of the profile, like "
                    "https://www.linkedin.com/in/jane-doe, an id or a full name.")
                     .arg(url);
        return std::nullopt;
    }
    if (auto contact = m_store.findBySlug(slug))
        return contact;
    *error = tr("No contact has the profile %1. Add it with \"rapport-cli contacts add --url\".")
                 .arg(ProfileUrl::canonical(slug));
    return std::nullopt;
}

std::optional<Contact> ContactResolver::byName(const QString &name, QString *error) const
{
    const QList<qint64> ids = m_store.findByFullName(name);
    if (ids.isEmpty()) {
        *error = tr("No contact is named \"%1\". Use the exact full name, an id or a profile URL; "
                    "\"rapport-cli contacts search %1\" finds partial matches.")
                     .arg(name);
        return std::nullopt;
    }
    if (ids.size() > 1) {
        QStringList candidates;
        for (qint64 id : ids) {
            const auto contact = m_store.get(id);
            QString line = u"#%1"_s.arg(id);
            if (contact && !contact->company.isEmpty())
                line = tr("#%1 (%2)").arg(id).arg(contact->company);
            candidates << line;
        }
        *error = tr("%1 contacts are named \"%2\": %3. Use the id instead.")
                     .arg(ids.size())
                     .arg(name, candidates.join(u", "_s));
        return std::nullopt;
    }
    return byId(ids.first(), error);
}

} // namespace rapport
