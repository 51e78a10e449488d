#include "store/TemplateStore.h"

#include "db/Database.h"
#include "domain/Outreach.h"
#include "domain/StarterTemplates.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString nonNull(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

TemplateStore::TemplateStore(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

TemplateStore::~TemplateStore() = default;

QList<MessageTemplate> TemplateStore::all() const
{
    QList<MessageTemplate> list;
    QSqlQuery &q =
        m_statements->prepared(u"SELECT id, name, channel, subject, body FROM message_template"_s);
    if (q.exec()) {
        while (q.next()) {
            MessageTemplate t;
            t.id = q.value(0).toLongLong();
            t.name = q.value(1).toString();
            t.channel = q.value(2).toString();
            t.subject = q.value(3).toString();
            t.body = q.value(4).toString();
            list << t;
        }
    }
    q.finish();
    for (const MessageTemplate &starter : StarterTemplates::all()) {
        const bool replaced =
            std::any_of(list.cbegin(), list.cend(), [&](const MessageTemplate &t) {
                return t.name.compare(starter.name, Qt::CaseInsensitive) == 0;
            });
        if (!replaced)
            list << starter;
    }
    const QStringList order = Outreach::channels();
    std::stable_sort(list.begin(), list.end(),
                     [&](const MessageTemplate &a, const MessageTemplate &b) {
                         if (a.channel != b.channel)
                             return order.indexOf(a.channel) < order.indexOf(b.channel);
                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                     });
    return list;
}

std::optional<MessageTemplate> TemplateStore::find(const QString &name) const
{
    for (const MessageTemplate &t : all()) {
        if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

bool TemplateStore::save(MessageTemplate &t, QString *error)
{
    QString message;
    if (t.name.trimmed().isEmpty())
        message = tr("The template needs a name.");
    else if (!Outreach::channels().contains(t.channel))
        message = tr("The channel \"%1\" is not known. Use one of: %2.")
                      .arg(t.channel, Outreach::channels().join(u", "_s));
    else if (t.body.trimmed().isEmpty())
        message = tr("The template \"%1\" has no text.").arg(t.name.trimmed());
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    QSqlQuery &q =
        t.id > 0
            ? m_statements->prepared(u"UPDATE message_template SET name = ?, channel = ?, "
                                     "subject = ?, body = ? WHERE id = ?"_s)
            : m_statements->prepared(u"INSERT INTO message_template (name, channel, subject, body) "
                                     "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(t.name.trimmed());
    q.addBindValue(t.channel);
    q.addBindValue(nonNull(t.subject));
    q.addBindValue(t.body);
    if (t.id > 0)
        q.addBindValue(t.id);
    if (!q.exec()) {
        const bool taken = q.lastError().text().contains(u"UNIQUE"_s);
        if (error)
            *error = taken
                         ? tr("You already have a template called \"%1\". Choose another name.")
                               .arg(t.name.trimmed())
                         : tr("Could not save the template: %1").arg(m_db.describe(q.lastError()));
        return false;
    }
    if (t.id <= 0)
        t.id = q.lastInsertId().toLongLong();
    t.builtIn = false;
    q.finish();
    return true;
}

bool TemplateStore::remove(qint64 id, QString *error)
{
    QSqlQuery &q = m_statements->prepared(u"DELETE FROM message_template WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no template with id %1.").arg(id);
        return false;
    }
    return true;
}

} // namespace rapport
