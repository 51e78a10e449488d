#include "store/ContactTags.h"

#include "db/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rapport {

ContactTags::ContactTags(Database &db, StatementCache &statements)
    : m_db(db)
    , m_statements(statements)
{}

// Messages keep ContactStore's translation context.

bool ContactTags::write(qint64 id, const QStringList &tags, QString *error)
{
    // Remember the old tags so the ones nobody uses any more can go.
    QList<qint64> oldTagIds;
    QSqlQuery &old =
        m_statements.prepared(u"SELECT tag_id FROM contact_tag WHERE contact_id = ?"_s);
    old.addBindValue(id);
    bool ok = old.exec();
    while (ok && old.next())
        oldTagIds << old.value(0).toLongLong();
    old.finish();
    QSqlQuery &del = m_statements.prepared(u"DELETE FROM contact_tag WHERE contact_id = ?"_s);
    del.addBindValue(id);
    ok = ok && del.exec();
    QSqlQuery &insTag =
        m_statements.prepared(u"INSERT INTO tag (name) VALUES (?) ON CONFLICT(name) DO NOTHING"_s);
    QSqlQuery &link =
        m_statements.prepared(u"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) "
                              "SELECT ?, id FROM tag WHERE name = ?"_s);
    for (const QString &tag : tags) {
        if (!ok)
            break;
        insTag.addBindValue(tag);
        link.addBindValue(id);
        link.addBindValue(tag);
        ok = insTag.exec() && link.exec();
    }
    ok = ok && dropUnused(oldTagIds);
    if (!ok && error)
        *error =
            QCoreApplication::translate("ContactStore", "Could not save the tags of contact #%1.")
                .arg(id);
    return ok;
}

bool ContactTags::dropUnused(const QList<qint64> &tagIds)
{
    QSqlQuery &q =
        m_statements.prepared(u"DELETE FROM tag WHERE id = ? "
                              "AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = ?)"_s);
    for (qint64 tagId : tagIds) {
        q.addBindValue(tagId);
        q.addBindValue(tagId);
        if (!q.exec())
            return false;
    }
    return true;
}

QStringList ContactTags::all() const
{
    QStringList tags;
    QSqlQuery q(m_db.connection());
    if (q.exec(u"SELECT name FROM tag ORDER BY name COLLATE NOCASE"_s)) {
        while (q.next())
            tags << q.value(0).toString();
    }
    return tags;
}

} // namespace rapport
