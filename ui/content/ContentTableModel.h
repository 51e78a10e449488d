#pragma once

// The Content page's table: every post and article with its latest numbers
// and the people logged as engaging with it, read whole from
// ContentStore::stats() (a networker publishes hundreds, not millions).

#include "domain/ContentStats.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace rapport {

class ContentStore;

class ContentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        TitleColumn,
        PublishedColumn,
        ViewsColumn,
        ReactionsColumn,
        CommentsColumn,
        SharesColumn,
        EngagersColumn,
        EngagementRateColumn,
        LikeShareColumn,
        NumbersAsOfColumn,
        ColumnCount
    };
    enum Role {
        PieceIdRole = Qt::UserRole + 1,
        // "post" or "article", for filtering.
        KindRole,
        // The raw value (number, date, rate) to sort by; none when unknown.
        SortRole
    };

    explicit ContentTableModel(QObject *parent = nullptr);

    // nullptr: no database, no rows.
    void setStore(ContentStore *store);
    // Re-reads every row from the store.
    void reload();
    // Shows these rows instead of the store's (tests, previews).
    void setRows(const QList<ContentStats> &rows);
    const QList<ContentStats> &rows() const { return m_rows; }

    std::optional<ContentStats> statsAt(int row) const;
    int rowOf(qint64 pieceId) const;

    // "16.1 %", or "—" when unknown.
    static QString formatRate(std::optional<double> rate);
    static QString kindText(ContentKind kind);
    // A count of a reading: the number, "?" when not recorded, "—" without a
    // reading.
    static QString countText(const std::optional<ContentMetrics> &reading,
                             std::optional<int> ContentMetrics::*field);
    // The rate's formula with this row's inputs, to check it by hand.
    static QString rateToolTip(const ContentStats &row);
    // The Content page's posts-versus-articles line explained: the formula
    // and each kind's inputs ("How is this computed?").
    static QString summaryToolTip(const QList<ContentStats> &rows);
    // "Articles: 12, average 800 views, engagement rate 16.1 %, average 129
    // engagers you logged · Posts: …", then a line on why views of the two
    // do not compare (the Content page's summary).
    static QString summaryText(const QList<ContentStats> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ContentStats &row, int column) const;
    QVariant sortValue(const ContentStats &row, int column) const;
    QVariant toolTip(const ContentStats &row, int column) const;

    ContentStore *m_store = nullptr;
    QList<ContentStats> m_rows;
};

} // namespace rapport
