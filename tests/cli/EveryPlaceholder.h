#pragma once

// A contact for whom Rapport knows every template placeholder, and a
// template that uses each of them, written with the core stores: the CLI
// test and the compose window test render it and must get the same text.

#include "db/Database.h"
#include "domain/Contact.h"
#include "domain/ContentPiece.h"
#include "domain/Engagement.h"
#include "domain/MessageTemplate.h"
#include "outreach/OutreachSettings.h"
#include "store/ContactStore.h"
#include "store/ContentStore.h"
#include "store/EngagementStore.h"
#include "store/SettingStore.h"
#include "store/TemplateStore.h"

#include <QDate>
#include <QString>

namespace EveryPlaceholder {

using namespace Qt::StringLiterals;

inline QString templateName()
{
    return u"Every field"_s;
}

inline QString expectedSubject()
{
    return u"For Mary-Jane van der Berg"_s;
}

// The piece engaged with last is "Shipping on Fridays"; a later profile
// view is on no piece and does not count.
inline QString expectedBody()
{
    return u"Hi Mary-Jane van der Berg (Mary-Jane van der Berg),\n"
           "thanks for your comment on \u201CShipping on Fridays\u201D.\n"
           "Head of Data at Northwind Labs, Utrecht, in Logistics.\n"
           "Sam Rivera"_s;
}

// Writes the contact, two pieces, three engagements, the user's name and the
// template; `contactId` gets the contact's id.
inline bool write(rapport::Database &db, qint64 *contactId, QString *error)
{
    rapport::Contact c;
    c.firstName = u"Mary-Jane"_s;
    c.lastName = u"van der Berg"_s;
    c.company = u"Northwind Labs"_s;
    c.position = u"Head of Data"_s;
    c.location = u"Utrecht"_s;
    c.industry = u"Logistics"_s;
    if (!rapport::ContactStore(db).add(c, error))
        return false;
    *contactId = c.id;

    const QDate today = QDate::currentDate();
    rapport::ContentStore content(db);
    rapport::ContentPiece older;
    older.title = u"An older piece"_s;
    older.publishedOn = today.addDays(-30);
    rapport::ContentPiece latest;
    latest.title = u"Shipping on Fridays"_s;
    latest.publishedOn = today.addDays(-10);
    if (!content.add(older, error) || !content.add(latest, error))
        return false;

    rapport::EngagementStore engagement(db);
    rapport::Engagement onOlder;
    onOlder.contactId = c.id;
    onOlder.kind = rapport::EngagementKind::Like;
    onOlder.contentId = older.id;
    onOlder.date = today.addDays(-20);
    rapport::Engagement onLatest = onOlder;
    onLatest.kind = rapport::EngagementKind::Comment;
    onLatest.contentId = latest.id;
    onLatest.date = today.addDays(-5);
    rapport::Engagement view = onOlder;
    view.kind = rapport::EngagementKind::ProfileView;
    view.contentId = 0;
    view.date = today.addDays(-1);
    if (!engagement.log(onOlder, error) || !engagement.log(onLatest, error) ||
        !engagement.log(view, error))
        return false;

    rapport::SettingStore settings(db);
    rapport::OutreachSettings outreach = rapport::OutreachSettings::load(settings);
    outreach.myName = u"Sam Rivera"_s;
    if (!outreach.save(settings, error))
        return false;

    rapport::MessageTemplate t;
    t.name = templateName();
    t.channel = u"inmail"_s;
    t.subject = u"For {full_name}"_s;
    t.body = u"Hi {first_name} {last_name} ({full_name}),\n"
             "thanks for your comment on \u201C{content_title}\u201D.\n"
             "{position} at {company}, {location}, in {industry}.\n"
             "{my_name}"_s;
    return rapport::TemplateStore(db).save(t, error);
}

} // namespace EveryPlaceholder
