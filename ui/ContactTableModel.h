#pragma once

// The contacts table: a window onto ContactStore that never loads the whole
// list. It counts once per reset and fetches rows a page at a time, anchored
// wherever the query is cheapest, so a million contacts scroll like a hundred.

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <optional>

namespace rapport {

class ContactStore;

class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        PositionColumn,
        CompanyColumn,
        LocationColumn,
        IndustryColumn,
        ConnectedOnColumn,
        DegreeColumn,
        ColumnCount
    };
    enum Role { ContactIdRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 64;

    explicit ContactTableModel(ContactStore &store, QObject *parent = nullptr);

    void setQuery(const ContactQuery &query);
    ContactQuery query() const { return m_query; }
    void setSearchText(const QString &text);
    // Re-reads everything after a write, keeping the query.
    void refresh();

    qint64 contactIdAt(int row) const;
    std::optional<Contact> contactAt(int row) const;
    // The row of a contact, looked for only in the pages around `nearRow`
    // (where a refreshed or just-edited contact usually is); -1 if not there.
    int findRow(qint64 contactId, int nearRow) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static ContactSort sortForColumn(int column);

signals:
    void countChanged(int count);

private:
    void reset();
    const Contact *rowContact(int row) const;
    const QVector<Contact> *fetchPage(int pageIndex) const;

    ContactStore &m_store;
    ContactQuery m_query;
    int m_count = 0;
    mutable QHash<int, QVector<Contact>> m_pages;
};

} // namespace rapport
