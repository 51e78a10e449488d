#pragma once

// The contacts table: a window onto ContactStore that never loads the whole
// list. It counts once per reset and fetches rows a page at a time, anchored
// wherever the query is cheapest, so a million contacts scroll like a hundred.
// A search lists newest first (straight from the search index) until the
// user picks a column; a search with very many matches shows its first rows
// at once and counts the rest a moment later, so typing never waits.

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
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
        TierColumn,
        PositionColumn,
        CompanyColumn,
        LocationColumn,
        IndustryColumn,
        ConnectedOnColumn,
        DegreeColumn,
        LastEngagedColumn,
        ScoreColumn, // connection score; a first click sorts strongest first
        ColumnCount
    };
    enum Role { ContactIdRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 64;
    static constexpr int MaxCachedPages = 128;
    // Rows a big search shows before its full count is known.
    static constexpr int QuickRows = 1024;
    static constexpr int CountDelayMs = 300;

    explicit ContactTableModel(ContactStore &store, QObject *parent = nullptr);

    void setQuery(const ContactQuery &query);
    ContactQuery query() const { return m_query; }
    void setSearchText(const QString &text);
    // Only contacts whose active tier has this rank (1..6); 0 = everyone.
    void setTierFilter(int rank);
    // A network review list (Insights); an inactive filter shows everyone.
    void setReviewFilter(const ContactReviewFilter &filter);
    // Re-reads everything after a write, keeping the query.
    void refresh();

    qint64 contactIdAt(int row) const;
    std::optional<Contact> contactAt(int row) const;
    // The row of a contact, looked for only in the pages around `nearRow`
    // (where a refreshed or just-edited contact usually is); -1 if not there.
    int findRow(qint64 contactId, int nearRow) const;

    // False while a big search shows only its first QuickRows rows.
    bool isCountExact() const { return m_exact; }
    // True while a search is listed newest first rather than by a column.
    bool isNewestFirst() const { return m_query.sort == ContactSort::Id; }
    // Counts a big search's remaining rows now instead of after the delay.
    void completeCount();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
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
    ContactSort m_columnSort = ContactSort::Name;
    bool m_columnDescending = false;
    int m_count = 0;
    bool m_exact = true;
    QTimer *m_countTimer = nullptr;
    mutable QHash<int, QVector<Contact>> m_pages;
};

} // namespace rapport
