#include "store/StoredRows.h"

#include "db/Database.h"
#include "store/ImportJournal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString joinedIds(const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(u", "_s);
}

} // namespace

bool StoredRows::read(Database &db, const QString &table, const QString &condition,
                      const QVariantList &binds, QString *error)
{
    m_table = table;
    m_columns.clear();
    m_rows.clear();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT * FROM %1 WHERE %2 ORDER BY rowid"_s.arg(table, condition))) {
        if (error)
            *error = db.describe(q.lastError());
        return false;
    }
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        if (error)
            *error = db.describe(q.lastError());
        return false;
    }
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        m_columns << record.fieldName(i);
    while (q.next()) {
        QVariantList row;
        row.reserve(m_columns.size());
        for (int i = 0; i < m_columns.size(); ++i)
            row << q.value(i);
        m_rows << row;
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = db.describe(q.lastError());
        return false;
    }
    return true;
}

QVariant StoredRows::value(int row, const QString &column) const
{
    const qsizetype i = m_columns.indexOf(column);
    if (row < 0 || row >= m_rows.size() || i < 0)
        return {};
    return m_rows.at(row).at(i);
}

void StoredRows::setValue(int row, const QString &column, const QVariant &value)
{
    const qsizetype i = m_columns.indexOf(column);
    if (row < 0 || row >= m_rows.size() || i < 0)
        return;
    m_rows[row][i] = value;
}

QList<qint64> StoredRows::ids() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (int row = 0; row < size(); ++row)
        ids << value(row, u"id"_s).toLongLong();
    return ids;
}

bool StoredRows::insert(Database &db, int row, QString *error) const
{
    QStringList marks;
    for (int i = 0; i < m_columns.size(); ++i)
        marks << u"?"_s;
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_table, m_columns.join(u", "_s),
                                                       marks.join(u", "_s)));
    for (const QVariant &v : m_rows.at(row))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = db.describe(q.lastError());
        return false;
    }
    // Under its old id the row moves no AUTOINCREMENT counter: without
    // this, an import undone later would take the database for unchanged
    // since the import and go back to its backup, without the row.
    return ImportJournal::markChanged(db, error);
}

bool StoredRows::update(Database &db, int row, const QString &key, QString *error) const
{
    QStringList sets;
    QVariantList binds;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i) == key)
            continue;
        sets << m_columns.at(i) + u" = ?"_s;
        binds << m_rows.at(row).at(i);
    }
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(m_table, sets.join(u", "_s), key));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(value(row, key));
    if (!q.exec()) {
        if (error)
            *error = db.describe(q.lastError());
        return false;
    }
    return true;
}

bool StoredRows::exists(Database &db, const QString &table, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool StoredRows::readLinks(Database &db, const QString &table, const QString &column,
                           const QList<qint64> &ids, const QString &exclude,
                           const QVariantList &excludeBinds, QList<Link> *links, QString *error)
{
    if (ids.isEmpty())
        return true;
    // The ids are our own integers, never text from outside.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, %2 FROM %1 WHERE %2 IN (%3) AND NOT (%4) ORDER BY id"_s.arg(
        table, column, joinedIds(ids), exclude));
    for (const QVariant &bind : excludeBinds)
        q.addBindValue(bind);
    if (!q.exec()) {
        if (error)
            *error = db.describe(q.lastError());
        return false;
    }
    while (q.next())
        *links << Link{table, q.value(0).toLongLong(), column, q.value(1).toLongLong()};
    return true;
}

bool StoredRows::relink(Database &db, const QList<Link> &links, QString *error)
{
    for (const Link &link : links) {
        QSqlQuery q(db.connection());
        q.prepare(
            u"UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL"_s.arg(link.table, link.column));
        q.addBindValue(link.target);
        q.addBindValue(link.rowId);
        if (!q.exec()) {
            if (error)
                *error = db.describe(q.lastError());
            return false;
        }
    }
    return true;
}

} // namespace rapport
