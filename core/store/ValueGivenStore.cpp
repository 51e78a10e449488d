#include "store/ValueGivenStore.h"

#include "db/Database.h"
#include "domain/DateText.h"
#include "store/ImportJournal.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString columns = u"id, contact_id, kind, given_on, note, created_at"_s;

ValueGiven read(const QSqlQuery &q)
{
    ValueGiven v;
    v.id = q.value(0).toLongLong();
    v.contactId = q.value(1).toLongLong();
    v.kind = q.value(2).toString();
    v.date = DateText::parseIsoDate(q.value(3).toString());
    v.note = q.value(4).toString();
    v.createdAt = DateText::parseIsoUtc(q.value(5).toString());
    return v;
}

} // namespace

ValueGivenStore::ValueGivenStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

ValueGivenStore::~ValueGivenStore() = default;

bool ValueGivenStore::add(ValueGiven &value, QString *error)
{
    QString message;
    QSqlQuery &exists = m_statements->prepared(u"SELECT 1 FROM contact WHERE id = ?"_s);
    exists.addBindValue(value.contactId);
    const bool contactExists = exists.exec() && exists.next();
    exists.finish();
    if (!contactExists)
        message = tr("There is no contact with id %1.").arg(value.contactId);
    else if (!ValueGiven::kinds().contains(value.kind))
        message = tr("\"%1\" is not a kind of value. Use one of: %2.")
                      .arg(value.kind, ValueGiven::kinds().join(u", "_s));
    else if (!value.date.isValid())
        message = tr("Give the day the value was offered.");
    else if (value.date > QDate::currentDate().addDays(1))
        message = tr("The date %1 is in the future.").arg(DateText::isoDate(value.date));
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    ValueGiven v = value;
    if (!v.createdAt.isValid())
        v.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery &q =
        m_statements->prepared(u"INSERT INTO value_given (id, contact_id, kind, "
                               "given_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const bool putBack = v.id > 0;
    q.addBindValue(v.id > 0 ? QVariant(v.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(v.contactId);
    q.addBindValue(v.kind);
    q.addBindValue(DateText::isoDate(v.date));
    q.addBindValue(v.note.isNull() ? u""_s : v.note);
    q.addBindValue(DateText::isoUtc(v.createdAt, true));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the value given: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    v.id = q.lastInsertId().toLongLong();
    q.finish();
    // A row put back under its old id (an undo or redo) moves no
    // AUTOINCREMENT counter: mark the change, so Undo Import knows the
    // database changed since the import.
    if (putBack && !ImportJournal::markChanged(m_db, error))
        return false;
    value = v;
    return true;
}

bool ValueGivenStore::remove(qint64 id, QString *error)
{
    QSqlQuery &q = m_statements->prepared(u"DELETE FROM value_given WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no value given with id %1.").arg(id);
        return false;
    }
    return true;
}

std::optional<ValueGiven> ValueGivenStore::get(qint64 id) const
{
    QSqlQuery &q =
        m_statements->prepared(u"SELECT "_s + columns + u" FROM value_given WHERE id = ?"_s);
    q.addBindValue(id);
    std::optional<ValueGiven> found;
    if (q.exec() && q.next())
        found = read(q);
    q.finish();
    return found;
}

QList<ValueGiven> ValueGivenStore::forContact(qint64 contactId) const
{
    QSqlQuery &q = m_statements->prepared(u"SELECT "_s + columns +
                                          u" FROM value_given WHERE contact_id = ? "
                                          "ORDER BY given_on DESC, id DESC"_s);
    q.addBindValue(contactId);
    QList<ValueGiven> list;
    if (q.exec()) {
        while (q.next())
            list << read(q);
    }
    q.finish();
    return list;
}

int ValueGivenStore::countForContact(qint64 contactId) const
{
    QSqlQuery &q =
        m_statements->prepared(u"SELECT count(*) FROM value_given WHERE contact_id = ?"_s);
    q.addBindValue(contactId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace rapport
