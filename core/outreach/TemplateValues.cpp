#include "outreach/TemplateValues.h"

#include "outreach/OutreachSettings.h"
#include "store/SettingStore.h"
#include "store/TimelineStore.h"

using namespace Qt::StringLiterals;

namespace rapport {

QHash<QString, QString> TemplateValues::forContact(Database &db, const Contact &contact)
{
    return {
        {u"first_name"_s, contact.firstName},
        {u"last_name"_s, contact.lastName},
        {u"full_name"_s, contact.fullName()},
        {u"company"_s, contact.company},
        {u"position"_s, contact.position},
        {u"location"_s, contact.location},
        {u"industry"_s, contact.industry},
        {u"content_title"_s,
         contact.id > 0 ? TimelineStore(db).lastContentTitle(contact.id) : QString()},
        {u"my_name"_s, OutreachSettings::load(SettingStore(db)).myName},
    };
}

} // namespace rapport
