#include "capture/QuickCapture.h"

#include "capture/CaptureParser.h"
#include "db/Transaction.h"
#include "domain/PersonName.h"
#include "store/ContactStore.h"
#include "store/EngagementStore.h"
#include "store/NameMatcher.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rapport {

QuickCapture::QuickCapture(ContactStore &contacts, EngagementStore &engagement)
    : m_contacts(contacts)
    , m_engagement(engagement)
    , m_matcher(std::make_unique<NameMatcher>(contacts))
{}

QuickCapture::~QuickCapture() = default;

QList<CaptureItem> QuickCapture::plan(const QString &pastedText) const
{
    QList<CaptureItem> items;
    QSet<qint64> seen; // one person listed twice under different spellings
    for (const CaptureLine &line : CaptureParser::parse(pastedText)) {
        CaptureItem item;
        item.line = line;
        if (line.kind != CaptureLine::Name) {
            items << item;
            continue;
        }
        const NameMatch m = m_matcher->match(line.name, line.company, line.profileUrl);
        switch (m.status) {
        case NameMatch::One:
            item.how = m.how;
            if (seen.contains(m.contactId)) {
                item.status = CaptureItem::Ignored;
                item.line.ignoredReason = tr("same person as an earlier line");
            } else {
                item.status = CaptureItem::Matched;
                item.contactId = m.contactId;
                seen.insert(m.contactId);
            }
            break;
        case NameMatch::Ambiguous:
            item.status = CaptureItem::Ambiguous;
            item.candidates = m.candidates;
            break;
        case NameMatch::None:
            if (line.name.isEmpty()) {
                // A bare profile URL we have never seen: no name to create.
                item.status = CaptureItem::Ignored;
                item.line.ignoredReason = tr("profile URL of nobody in your contacts");
            } else {
                item.status = CaptureItem::New;
            }
            break;
        }
        items << item;
    }
    return items;
}

bool QuickCapture::apply(const QList<CaptureItem> &items, const Event &event, CaptureResult *result,
                         QString *error)
{
    for (const CaptureItem &item : items) {
        if (item.status == CaptureItem::Ambiguous && item.contactId <= 0) {
            if (error)
                *error = tr("Line %1 (\"%2\") matches several contacts. Choose who it is, or "
                            "mark it new or ignored.")
                             .arg(item.line.lineNumber)
                             .arg(item.line.name);
            return false;
        }
    }
    Transaction tx(m_contacts.database());
    if (!tx.started(error))
        return false;
    CaptureResult out;
    QList<Contact> fresh;
    for (const CaptureItem &item : items) {
        if (item.status != CaptureItem::New)
            continue;
        Contact c;
        const PersonName name = PersonName::split(item.line.name);
        c.firstName = name.first;
        c.lastName = name.last;
        c.profileUrl = item.line.profileUrl;
        c.company = item.line.company;
        fresh << c;
    }
    if (!fresh.isEmpty()) {
        QString batchError;
        if (!m_contacts.addBatch(fresh, &batchError)) {
            if (error)
                *error = tr("Could not create the new contacts: %1").arg(batchError);
            return false;
        }
    }
    int next = 0;
    QSet<qint64> logged;
    for (const CaptureItem &item : items) {
        if (!item.logs())
            continue;
        const qint64 contactId =
            item.status == CaptureItem::New ? fresh.at(next++).id : item.contactId;
        if (logged.contains(contactId))
            continue;
        logged.insert(contactId);
        if (m_engagement.exists(contactId, event.kind, event.contentId, event.date)) {
            ++out.alreadyLogged;
            continue;
        }
        Engagement e;
        e.contactId = contactId;
        e.kind = event.kind;
        e.date = event.date;
        e.contentId = event.contentId;
        e.note = event.note;
        out.events << e;
    }
    if (!out.events.isEmpty() && !m_engagement.logMany(out.events, error))
        return false;
    if (!tx.commit(error))
        return false;
    out.created = fresh;
    if (result)
        *result = out;
    return true;
}

bool QuickCapture::undo(const CaptureResult &result, QString *error)
{
    Transaction tx(m_contacts.database());
    if (!tx.started(error))
        return false;
    QList<qint64> eventIds;
    for (const Engagement &e : result.events)
        eventIds << e.id;
    QList<qint64> contactIds;
    for (const Contact &c : result.created)
        contactIds << c.id;
    if (!eventIds.isEmpty() && !m_engagement.removeMany(eventIds, error))
        return false;
    if (!contactIds.isEmpty() && !m_contacts.removeMany(contactIds, error))
        return false;
    return tx.commit(error);
}

bool QuickCapture::redo(CaptureResult &result, QString *error)
{
    Transaction tx(m_contacts.database());
    if (!tx.started(error))
        return false;
    for (Contact &c : result.created) {
        if (!m_contacts.add(c, error))
            return false;
    }
    if (!result.events.isEmpty() && !m_engagement.logMany(result.events, error))
        return false;
    return tx.commit(error);
}

} // namespace rapport
