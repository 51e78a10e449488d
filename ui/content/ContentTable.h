#pragma once

// The Content page's table of posts and articles: one row selected whole,
// sorted by any column (newest first to start), its columns fitted to its
// width (numbers, dates and rates as wide as they need, the title the rest)
// until the user sizes one.

#include <QObject>

class QEvent;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace rapport {

class ContentTable : public QObject
{
    Q_OBJECT

public:
    // A table of `proxy` (over a ContentTableModel) in `parent`; the page's
    // font measures the columns.
    ContentTable(QSortFilterProxyModel *proxy, QWidget *parent, QWidget *page);

    QTableView *view() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();

    QWidget *m_page;
    QTableView *m_table = nullptr;
    bool m_autoFitColumns = true;
    bool m_fittingColumns = false;
};

} // namespace rapport
