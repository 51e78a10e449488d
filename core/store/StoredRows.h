#pragma once

// Rows of one table exactly as stored, every column with its stored value,
// read before a removal so that undoing it can put them back under the same
// ids, timestamps and derived columns (ContactRemoval, OutreachRemoval).
// Also the links that rows staying in the database held to removed rows,
// which ON DELETE SET NULL cleared. SQL of core/store only.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rapport {

class Database;

class StoredRows
{
public:
    // A column of a row that stays, pointing at a removed row.
    struct Link
    {
        QString table;
        qint64 rowId = 0;
        QString column;
        qint64 target = 0;
        bool operator==(const Link &o) const
        {
            return table == o.table && rowId == o.rowId && column == o.column && target == o.target;
        }
    };

    StoredRows() = default;

    // Every row of `table` where `condition` holds (an SQL condition with ?
    // placeholders for `binds`), in rowid order. False, with the reason,
    // when the read fails.
    bool read(Database &db, const QString &table, const QString &condition,
              const QVariantList &binds, QString *error);

    QString table() const { return m_table; }
    QStringList columns() const { return m_columns; }
    int size() const { return static_cast<int>(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QVariant value(int row, const QString &column) const;
    void setValue(int row, const QString &column, const QVariant &value);
    // The "id" column of every row.
    QList<qint64> ids() const;

    // Inserts row `row` as read (every column, the id included), and moves
    // the database's change mark (ImportJournal::markChanged).
    bool insert(Database &db, int row, QString *error) const;
    // Writes every column of row `row` except `key` back onto the stored
    // row with the same `key`.
    bool update(Database &db, int row, const QString &key, QString *error) const;

    // Whether `table` has a row with this id.
    static bool exists(Database &db, const QString &table, qint64 id);
    // Links from rows of `table` (other than those where `exclude` holds,
    // which are being removed too) whose `column` points at one of `ids`.
    static bool readLinks(Database &db, const QString &table, const QString &column,
                          const QList<qint64> &ids, const QString &exclude,
                          const QVariantList &excludeBinds, QList<Link> *links, QString *error);
    // Points each link back at its target where the row is still there and
    // the column still empty (nobody set it meanwhile).
    static bool relink(Database &db, const QList<Link> &links, QString *error);

    bool operator==(const StoredRows &o) const
    {
        return m_table == o.m_table && m_columns == o.m_columns && m_rows == o.m_rows;
    }

private:
    QString m_table;
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

} // namespace rapport
