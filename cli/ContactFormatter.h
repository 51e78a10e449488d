#pragma once

// Turns contacts into what rapport-cli prints: JSON objects with stable
// snake_case keys, a detail view for one contact, and one line per contact
// for lists, each with the contact's engagement tier.

#include "domain/Contact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace rapport {

class ContactFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ContactFormatter)

public:
    static QJsonObject toJson(const Contact &contact);
    static QJsonArray toJson(const QList<Contact> &contacts);
    // "Label: value" lines, labels aligned, times in local time.
    static QStringList details(const Contact &contact);
    // Id, name, tier, last engaged, company and position in aligned columns.
    static QStringList rows(const QList<Contact> &contacts);
    // "commenter", "liker (lapsed)", or "-" when never engaged.
    static QString tierText(const Tier &tier);
};

} // namespace rapport
