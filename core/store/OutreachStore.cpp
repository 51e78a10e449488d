#include "store/OutreachStore.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/DateText.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString selectColumns = u"id, contact_id, channel, direction, happened_at, subject, body, "
                              "outcome, outcome_at, conversation, source_key"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("OutreachStore", text);
}

// Our text columns hold '' rather than NULL.
QVariant text(const QString &value)
{
    static const QString empty = QString::fromLatin1("", 0);
    return value.isNull() ? QVariant(empty) : QVariant(value);
}

QString isoUtc(const QDateTime &dt)
{
    static const QString empty = QString::fromLatin1("", 0);
    return dt.isValid() ? DateText::isoUtc(dt, false) : empty;
}

QDateTime fromIso(const QString &text)
{
    return DateText::parseIsoUtc(text);
}

Outreach readOutreach(const QSqlQuery &q)
{
    Outreach o;
    o.id = q.value(0).toLongLong();
    o.contactId = q.value(1).toLongLong();
    o.channel = q.value(2).toString();
    o.direction = q.value(3).toString();
    o.happenedAt = fromIso(q.value(4).toString());
    o.subject = q.value(5).toString();
    o.body = q.value(6).toString();
    o.outcome = q.value(7).toString();
    o.outcomeAt = fromIso(q.value(8).toString());
    o.conversation = q.value(9).toString();
    o.sourceKey = q.value(10).toString();
    return o;
}

bool started(const Transaction &tx, QString *error)
{
    if (!tx.isActive() && error)
        *error = tr("The database is busy (%1). Try again in a moment.").arg(tx.errorText());
    return tx.isActive();
}

} // namespace

OutreachStore::OutreachStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

OutreachStore::~OutreachStore() = default;

bool OutreachStore::validate(const Outreach &o, QString *error) const
{
    QString message;
    if (o.contactId <= 0)
        message = tr("The outreach has no contact. Choose who it was with.");
    else if (!Outreach::channels().contains(o.channel))
        message = tr("The channel \"%1\" is not known. Use one of: %2.")
                      .arg(o.channel, Outreach::channels().join(u", "_s));
    else if (!Outreach::directions().contains(o.direction))
        message = tr("The direction \"%1\" is not known. Use out or in.").arg(o.direction);
    else if (!o.happenedAt.isValid())
        message = tr("The outreach has no date. Give the day it happened.");
    else if (!o.outcome.isEmpty() && !Outreach::outcomes().contains(o.outcome))
        message = tr("The outcome \"%1\" is not known. Use one of: %2.")
                      .arg(o.outcome, Outreach::outcomes().join(u", "_s));
    if (!message.isEmpty() && error)
        *error = message;
    return message.isEmpty();
}

bool OutreachStore::add(Outreach &outreach, QString *error)
{
    if (!validate(outreach, error))
        return false;
    Transaction tx(m_db);
    if (!started(tx, error))
        return false;
    QSqlQuery &q = m_statements->prepared(
        u"INSERT INTO outreach (contact_id, channel, direction, happened_at, subject, body, "
        "outcome, outcome_at, conversation, source_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(outreach.contactId);
    q.addBindValue(outreach.channel);
    q.addBindValue(outreach.direction);
    q.addBindValue(isoUtc(outreach.happenedAt));
    q.addBindValue(text(outreach.subject));
    q.addBindValue(text(outreach.body));
    q.addBindValue(text(outreach.outcome));
    q.addBindValue(isoUtc(outreach.outcomeAt));
    q.addBindValue(text(outreach.conversation));
    q.addBindValue(outreach.sourceKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(outreach.sourceKey));
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the %1 of %2: %3")
                         .arg(outreach.channel, isoUtc(outreach.happenedAt), q.lastError().text());
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!tx.commit(error))
        return false;
    outreach.id = id;
    return true;
}

bool OutreachStore::setOutcome(qint64 id, const QString &outcome, const QDateTime &at,
                               QString *error)
{
    if (!outcome.isEmpty() && !Outreach::outcomes().contains(outcome)) {
        if (error)
            *error = tr("The outcome \"%1\" is not known. Use one of: %2.")
                         .arg(outcome, Outreach::outcomes().join(u", "_s));
        return false;
    }
    Transaction tx(m_db);
    if (!started(tx, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE outreach SET outcome = ?, outcome_at = ? WHERE id = ?"_s);
    q.addBindValue(text(outcome));
    q.addBindValue(text(outcome.isEmpty() ? QString() : isoUtc(at)));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the outcome of outreach #%1: %2")
                         .arg(id)
                         .arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no outreach #%1.").arg(id);
        return false;
    }
    return tx.commit(error);
}

std::optional<Outreach> OutreachStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + selectColumns + u" FROM outreach WHERE id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readOutreach(q);
    return std::nullopt;
}

std::optional<Outreach> OutreachStore::findBySourceKey(const QString &sourceKey) const
{
    if (sourceKey.isEmpty())
        return std::nullopt;
    // Asked once per imported row: a kept statement.
    QSqlQuery &q = m_statements->prepared(u"SELECT "_s + selectColumns +
                                          u" FROM outreach WHERE source_key = ?"_s);
    q.addBindValue(sourceKey);
    std::optional<Outreach> found;
    if (q.exec() && q.next())
        found = readOutreach(q);
    q.finish();
    return found;
}

int OutreachStore::countByContact(qint64 contactId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM outreach WHERE contact_id = ?"_s);
    q.addBindValue(contactId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

int OutreachStore::totalCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT count(*) FROM outreach"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace rapport
