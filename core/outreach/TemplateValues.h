#pragma once

// What each template placeholder stands for when writing to one contact:
// the one set of values the compose window and `rapport-cli outreach log
// --template` both render with, so a template reads the same in both.

#include "domain/Contact.h"

#include <QHash>
#include <QString>

namespace rapport {

class Database;

class TemplateValues
{
public:
    // Every name in TemplateRenderer::placeholders() is a key; a value is
    // empty when Rapport does not know it (the renderer then reports it
    // missing). first_name to industry are the contact's own; full_name is
    // Contact::fullName(); content_title is the title of the piece they last
    // engaged with (TimelineStore::lastContentTitle); my_name is the user's
    // own name from the outreach settings.
    static QHash<QString, QString> forContact(Database &db, const Contact &contact);
};

} // namespace rapport
