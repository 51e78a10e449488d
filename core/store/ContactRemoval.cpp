#include "store/ContactRemoval.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "store/ContactStore.h"
#include "store/ImportJournal.h"
#include "store/OutreachRemoval.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

bool tagNamed(Database &db, const QVariant &name)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT 1 FROM tag WHERE name = ?"_s);
    q.addBindValue(name);
    return q.exec() && q.next();
}

// Clears `column` in every row where it points at a row of `table` that is
// no longer there (what ON DELETE SET NULL would have done meanwhile).
void dropMissingTargets(Database &db, StoredRows &rows, const QString &column, const QString &table,
                        const QSet<qint64> &comingBack = {})
{
    for (int row = 0; row < rows.size(); ++row) {
        const QVariant target = rows.value(row, column);
        if (target.isNull() || comingBack.contains(target.toLongLong()))
            continue;
        if (!StoredRows::exists(db, table, target.toLongLong()))
            rows.setValue(row, column, QVariant(QMetaType(QMetaType::LongLong)));
    }
}

// Whether a journalled import created contact `id`.
bool addedByImport(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT 1 FROM import_change WHERE table_name = 'contact' AND row_id = ? "
              "AND action = 'insert'"_s);
    q.addBindValue(id);
    return q.exec() && q.next();
}

qint64 ownerOf(Database &db, qint64 outreachId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT contact_id FROM outreach WHERE id = ?"_s);
    q.addBindValue(outreachId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

ContactRemoval::ContactRemoval(ContactStore &contacts)
    : m_contacts(contacts)
{}

std::optional<ContactRemoval::Snapshot> ContactRemoval::remove(qint64 contactId, QString *error)
{
    Database &db = m_contacts.database();
    Transaction tx(db);
    if (!tx.started(error))
        return std::nullopt;
    const std::optional<Contact> contact = m_contacts.get(contactId);
    if (!contact) {
        if (error)
            *error =
                tr("There is no contact #%1; it may have been deleted already.").arg(contactId);
        return std::nullopt;
    }
    Snapshot s;
    s.contact = *contact;
    const QVariantList id{contactId};
    const QString mine = u"contact_id = ?"_s;
    QString why;
    bool ok =
        s.contactRow.read(db, u"contact"_s, u"id = ?"_s, id, &why) &&
        s.tags.read(db, u"tag"_s, u"id IN (SELECT tag_id FROM contact_tag WHERE contact_id = ?)"_s,
                    id, &why) &&
        s.engagement.read(db, u"engagement"_s, mine, id, &why) &&
        s.engagementSummary.read(db, u"engagement_summary"_s, mine, id, &why) &&
        s.outreach.read(db, u"outreach"_s, mine, id, &why) &&
        s.values.read(db, u"value_given"_s, mine, id, &why) &&
        s.queueItems.read(db, u"queue_item"_s, mine, id, &why);
    // Rows of other people that point at hers: the delete clears them.
    const QList<qint64> outreachIds = s.outreach.ids();
    const QList<qint64> eventIds = s.engagement.ids();
    ok = ok &&
         StoredRows::readLinks(db, u"outreach"_s, u"reply_to"_s, outreachIds, mine, id, &s.links,
                               &why) &&
         StoredRows::readLinks(db, u"queue_item"_s, u"related_outreach_id"_s, outreachIds, mine, id,
                               &s.links, &why) &&
         StoredRows::readLinks(db, u"queue_item"_s, u"done_outreach_id"_s, outreachIds, mine, id,
                               &s.links, &why) &&
         StoredRows::readLinks(db, u"queue_item"_s, u"related_engagement_id"_s, eventIds, mine, id,
                               &s.links, &why);
    if (!ok || s.contactRow.size() != 1) {
        if (error)
            *error = tr("Could not delete %1: reading what belongs to the contact failed: %2. "
                        "Nothing was deleted.")
                         .arg(contact->fullName(), why);
        return std::nullopt;
    }
    if (!m_contacts.remove(contactId, error) || !tx.commit(error))
        return std::nullopt;
    return s;
}

bool ContactRemoval::refusedAsBroughtBack(const Snapshot &s, QString *error) const
{
    Database &db = m_contacts.database();
    const QString name = s.contact.fullName();
    const QString slug = s.contactRow.value(0, u"slug"_s).toString();
    if (const std::optional<Contact> again =
            slug.isEmpty() ? std::nullopt : m_contacts.findBySlug(slug)) {
        const QString profile = s.contactRow.value(0, u"profile_url"_s).toString();
        const QString notMerged =
            tr("Nothing was changed; keep working with #%1. The notes, events, messages and "
               "value given %2 had before the delete were not merged into it.")
                .arg(again->id)
                .arg(name);
        if (error) {
            *error = (addedByImport(db, again->id)
                          ? tr("Could not bring back %1: an import since has added %2 again "
                               "(#%3) with the same LinkedIn profile (%4).")
                          : tr("Could not bring back %1: %2 (#%3) has the same LinkedIn "
                               "profile (%4) now."))
                         .arg(name, again->fullName())
                         .arg(again->id)
                         .arg(profile) +
                     u' ' + notMerged;
        }
        return true;
    }
    // Her messages and invitations an import brought back under someone
    // else (the same source key, a new id).
    QList<qint64> broughtBack;
    int first = -1;
    for (int row = 0; row < s.outreach.size(); ++row) {
        const qint64 again =
            OutreachRemoval::broughtBack(db, s.outreach.value(row, u"source_key"_s),
                                         s.outreach.value(row, u"id"_s).toLongLong());
        if (again <= 0)
            continue;
        if (first < 0)
            first = row;
        broughtBack << again;
    }
    if (broughtBack.isEmpty())
        return false;
    if (error) {
        const QString what =
            OutreachRemoval::describe(s.outreach.value(first, u"channel"_s).toString(),
                                      s.outreach.value(first, u"direction"_s).toString(), name);
        const qint64 holderId = ownerOf(db, broughtBack.first());
        const std::optional<Contact> holder = m_contacts.get(holderId);
        *error = tr("Could not bring back %1: an import since has brought back %2 as #%3, "
                    "under %4 (#%5).")
                     .arg(name, what)
                     .arg(broughtBack.first())
                     .arg(holder ? holder->fullName() : tr("another contact"))
                     .arg(holderId);
        if (broughtBack.size() > 1) {
            *error += u' ' + tr("%n more of their messages or invitations came back the same "
                                "way.",
                                nullptr, int(broughtBack.size() - 1));
        }
        *error += u' ' + tr("Nothing was changed; %1 stays deleted.").arg(name);
    }
    return true;
}

bool ContactRemoval::restore(const Snapshot &s, QString *error)
{
    Database &db = m_contacts.database();
    const QString name = s.contact.fullName();
    const auto fail = [&](const QString &what, const QString &why) {
        if (error)
            *error = tr("Could not bring back %1: putting back %2 failed: %3. %1 stays "
                        "deleted.")
                         .arg(name, what, why);
        return false;
    };
    if (s.contactRow.size() != 1 || s.contact.id <= 0) {
        if (error)
            *error = tr("There is nothing to bring back for %1.").arg(name);
        return false;
    }
    Transaction tx(db);
    if (!tx.started(error))
        return false;
    if (m_contacts.get(s.contact.id)) {
        if (error)
            *error = tr("Contact #%1 %2 is already in the database; there is nothing to bring "
                        "back.")
                         .arg(s.contact.id)
                         .arg(name);
        return false;
    }
    if (refusedAsBroughtBack(s, error))
        return false;
    QString why;

    // Tags that went with the contact come back with their ids and
    // cadences; a tag someone created again meanwhile is used as it is.
    StoredRows tags = s.tags;
    for (int row = 0; row < tags.size(); ++row) {
        if (tagNamed(db, tags.value(row, u"name"_s)))
            continue;
        if (StoredRows::exists(db, u"tag"_s, tags.value(row, u"id"_s).toLongLong()))
            tags.setValue(row, u"id"_s, QVariant(QMetaType(QMetaType::LongLong)));
        if (!tags.insert(db, row, &why))
            return fail(tr("the tag \"%1\"").arg(tags.value(row, u"name"_s).toString()), why);
    }

    // The contact through its store: checks, search index, tag links.
    Contact contact = s.contact;
    if (!m_contacts.add(contact, &why)) {
        if (error)
            *error = tr("Could not bring back %1: %2").arg(name, why);
        return false;
    }
    // Under its old id the contact moves no counter (ImportJournal).
    if (!ImportJournal::markChanged(db, &why))
        return fail(tr("the contact"), why);

    StoredRows events = s.engagement;
    dropMissingTargets(db, events, u"content_id"_s, u"content"_s);
    for (int row = 0; row < events.size(); ++row) {
        if (!events.insert(db, row, &why))
            return fail(tr("their engagement events"), why);
    }
    for (int row = 0; row < s.engagementSummary.size(); ++row) {
        if (!s.engagementSummary.insert(db, row, &why))
            return fail(tr("their engagement summary"), why);
    }

    // Outreach in an order where what a reply answers is in before it.
    StoredRows outreach = s.outreach;
    const QList<qint64> outreachIds = outreach.ids();
    const QSet<qint64> comingBack(outreachIds.cbegin(), outreachIds.cend());
    dropMissingTargets(db, outreach, u"reply_to"_s, u"outreach"_s, comingBack);
    QList<int> pending;
    for (int row = 0; row < outreach.size(); ++row)
        pending << row;
    QSet<qint64> inserted;
    while (!pending.isEmpty()) {
        QList<int> later;
        for (int row : std::as_const(pending)) {
            const QVariant replyTo = outreach.value(row, u"reply_to"_s);
            if (!replyTo.isNull() && comingBack.contains(replyTo.toLongLong()) &&
                !inserted.contains(replyTo.toLongLong())) {
                later << row;
                continue;
            }
            if (!outreach.insert(db, row, &why))
                return fail(tr("their outreach"), why);
            inserted << outreachIds.at(row);
        }
        if (later.size() == pending.size()) {
            // Replies answering each other in a circle: the database never
            // holds that, but do not loop on it.
            for (int row : std::as_const(later))
                outreach.setValue(row, u"reply_to"_s, QVariant(QMetaType(QMetaType::LongLong)));
        }
        pending = later;
    }

    for (int row = 0; row < s.values.size(); ++row) {
        if (!s.values.insert(db, row, &why))
            return fail(tr("the value given them"), why);
    }

    StoredRows queue = s.queueItems;
    dropMissingTargets(db, queue, u"related_outreach_id"_s, u"outreach"_s);
    dropMissingTargets(db, queue, u"done_outreach_id"_s, u"outreach"_s);
    dropMissingTargets(db, queue, u"related_engagement_id"_s, u"engagement"_s);
    for (int row = 0; row < queue.size(); ++row) {
        if (!queue.insert(db, row, &why))
            return fail(tr("their queue items"), why);
    }

    // Last, the contact row as it was: timestamps, keep-in-touch columns,
    // tier and score, and what the rows above made triggers change.
    if (!s.contactRow.update(db, 0, u"id"_s, &why))
        return fail(tr("the contact's own fields"), why);
    if (!StoredRows::relink(db, s.links, &why))
        return fail(tr("the links other people's rows had to theirs"), why);
    return tx.commit(error);
}

} // namespace rapport
