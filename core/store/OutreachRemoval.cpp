#include "store/OutreachRemoval.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Contact.h"
#include "store/OutreachStore.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// The outcome and its time of one outreach row, as stored.
bool readOutcome(Database &db, qint64 id, QString *outcome, QString *outcomeAt)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT outcome, outcome_at FROM outreach WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    *outcome = q.value(0).toString();
    *outcomeAt = q.value(1).toString();
    return true;
}

QString row0(const OutreachRemoval::Snapshot &s, const QString &column)
{
    return s.row.value(0, column).toString();
}

qint64 ownerOf(Database &db, qint64 outreachId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT contact_id FROM outreach WHERE id = ?"_s);
    q.addBindValue(outreachId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// The full name of contact `id`, as Contact::fullName gives it.
QString contactName(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT first_name, last_name FROM contact WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return OutreachRemoval::tr("contact #%1").arg(id);
    Contact c;
    c.firstName = q.value(0).toString();
    c.lastName = q.value(1).toString();
    return c.fullName();
}

} // namespace

QString OutreachRemoval::describe(const QString &channel, const QString &direction,
                                  const QString &name)
{
    const bool out = direction != u"in"_s;
    if (channel == u"invitation"_s)
        return (out ? tr("the invitation to %1") : tr("the invitation from %1")).arg(name);
    if (channel == u"inmail"_s)
        return (out ? tr("the InMail to %1") : tr("the InMail from %1")).arg(name);
    if (channel == u"email"_s)
        return (out ? tr("the e-mail to %1") : tr("the e-mail from %1")).arg(name);
    if (channel == u"call"_s)
        return tr("the call with %1").arg(name);
    return (out ? tr("the message to %1") : tr("the message from %1")).arg(name);
}

qint64 OutreachRemoval::broughtBack(Database &db, const QVariant &sourceKey, qint64 id)
{
    if (sourceKey.isNull() || sourceKey.toString().isEmpty())
        return 0;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id FROM outreach WHERE source_key = ? AND id <> ?"_s);
    q.addBindValue(sourceKey.toString());
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

OutreachRemoval::OutreachRemoval(Database &db, OutreachStore &store)
    : m_db(db)
    , m_store(store)
{}

std::optional<OutreachRemoval::Snapshot> OutreachRemoval::remove(qint64 id, QString *error)
{
    Transaction tx(m_db);
    if (!tx.started(error))
        return std::nullopt;
    const std::optional<Outreach> current = m_store.get(id);
    if (!current) {
        if (error)
            *error = tr("There is no outreach #%1; it may have been deleted already.").arg(id);
        return std::nullopt;
    }
    Snapshot s;
    s.id = id;
    s.contactId = current->contactId;
    QString why;
    const bool ok = s.row.read(m_db, u"outreach"_s, u"id = ?"_s, {id}, &why) && s.row.size() == 1 &&
                    StoredRows::readLinks(m_db, u"outreach"_s, u"reply_to"_s, {id}, u"0"_s, {},
                                          &s.links, &why) &&
                    StoredRows::readLinks(m_db, u"queue_item"_s, u"related_outreach_id"_s, {id},
                                          u"0"_s, {}, &s.links, &why) &&
                    StoredRows::readLinks(m_db, u"queue_item"_s, u"done_outreach_id"_s, {id},
                                          u"0"_s, {}, &s.links, &why);
    if (!ok) {
        if (error)
            *error = tr("Could not delete outreach #%1: reading it failed: %2. Nothing was "
                        "deleted.")
                         .arg(id)
                         .arg(why);
        return std::nullopt;
    }
    if (current->replyTo > 0 &&
        readOutcome(m_db, current->replyTo, &s.outcomeBefore, &s.outcomeAtBefore))
        s.answeredId = current->replyTo;
    // The store's rules: a reply takes back the "replied" it gave.
    if (!m_store.remove(id, error))
        return std::nullopt;
    if (s.answeredId > 0 && !readOutcome(m_db, s.answeredId, &s.outcomeAfter, &s.outcomeAtAfter))
        s.answeredId = 0;
    if (!tx.commit(error))
        return std::nullopt;
    return s;
}

bool OutreachRemoval::restore(const Snapshot &s, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error =
                tr("Could not bring back outreach #%1: %2. It stays deleted.").arg(s.id).arg(why);
        return false;
    };
    if (s.row.size() != 1) {
        if (error)
            *error = tr("There is nothing to bring back for outreach #%1.").arg(s.id);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.started(error))
        return false;
    if (StoredRows::exists(m_db, u"outreach"_s, s.id)) {
        if (error)
            *error = tr("Outreach #%1 is already in the database; there is nothing to bring "
                        "back.")
                         .arg(s.id);
        return false;
    }
    if (!StoredRows::exists(m_db, u"contact"_s, s.contactId)) {
        if (error)
            *error = tr("Could not bring back outreach #%1: its contact #%2 is no longer in the "
                        "database. Bring the contact back first.")
                         .arg(s.id)
                         .arg(s.contactId);
        return false;
    }
    // An import may have brought the row back (same source key, new id):
    // then it is there already, and inserting it again would break the key.
    if (const qint64 again = broughtBack(m_db, s.row.value(0, u"source_key"_s), s.id)) {
        const qint64 holder = ownerOf(m_db, again);
        const QString what = describe(row0(s, u"channel"_s), row0(s, u"direction"_s),
                                      contactName(m_db, s.contactId));
        if (error) {
            *error = holder == s.contactId
                         ? tr("Could not bring back %1: an import since has brought it back "
                              "(#%2). Nothing was changed; it is there as #%2.")
                               .arg(what)
                               .arg(again)
                         : tr("Could not bring back %1: an import since has brought it back "
                              "(#%2) under %3 (#%4). Nothing was changed; it is there as #%2, "
                              "under %3.")
                               .arg(what)
                               .arg(again)
                               .arg(contactName(m_db, holder))
                               .arg(holder);
        }
        return false;
    }
    // As stored, so nothing attaches it to a message it did not answer;
    // what it answered may have been deleted meanwhile.
    StoredRows row = s.row;
    const QVariant replyTo = row.value(0, u"reply_to"_s);
    if (!replyTo.isNull() && !StoredRows::exists(m_db, u"outreach"_s, replyTo.toLongLong()))
        row.setValue(0, u"reply_to"_s, QVariant(QMetaType(QMetaType::LongLong)));
    QString why;
    if (!row.insert(m_db, 0, &why))
        return fail(why);

    // The answered message gets back the outcome the delete took, unless
    // someone set another since.
    QString outcome;
    QString outcomeAt;
    if (s.answeredId > 0 &&
        (s.outcomeBefore != s.outcomeAfter || s.outcomeAtBefore != s.outcomeAtAfter) &&
        readOutcome(m_db, s.answeredId, &outcome, &outcomeAt) && outcome == s.outcomeAfter &&
        outcomeAt == s.outcomeAtAfter) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE outreach SET outcome = ?, outcome_at = ? WHERE id = ?"_s);
        q.addBindValue(s.outcomeBefore);
        q.addBindValue(s.outcomeAtBefore);
        q.addBindValue(s.answeredId);
        if (!q.exec())
            return fail(m_db.describe(q.lastError()));
    }
    if (!StoredRows::relink(m_db, s.links, &why))
        return fail(why);

    // When the person was last contacted, as OutreachStore keeps it.
    QSqlQuery touch(m_db.connection());
    touch.prepare(u"UPDATE contact SET last_contacted_at = coalesce((SELECT max(happened_at) "
                  "FROM outreach WHERE contact_id = ?), '') WHERE id = ?"_s);
    touch.addBindValue(s.contactId);
    touch.addBindValue(s.contactId);
    if (!touch.exec())
        return fail(m_db.describe(touch.lastError()));
    return tx.commit(error);
}

} // namespace rapport
