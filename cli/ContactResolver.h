#pragma once

// Finds the one contact a CONTACT argument means: a numeric id (#12 too), a
// LinkedIn profile URL in any form, or an exact full name when only one
// contact has it.

#include "domain/Contact.h"

#include <QCoreApplication>
#include <optional>

namespace rapport {

class ContactStore;

class ContactResolver
{
    Q_DECLARE_TR_FUNCTIONS(ContactResolver)

public:
    explicit ContactResolver(const ContactStore &store);

    // std::nullopt with a message naming the argument when no contact, or
    // more than one, fits it.
    std::optional<Contact> resolve(const QString &text, QString *error) const;

private:
    std::optional<Contact> byId(qint64 id, QString *error) const;
    std::optional<Contact> byUrl(const QString &url, QString *error) const;
    std::optional<Contact> byName(const QString &name, QString *error) const;

    const ContactStore &m_store;
};

} // namespace rapport
