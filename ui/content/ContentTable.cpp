#include "content/ContentTable.h"

#include "content/ContentTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rapport {

ContentTable::ContentTable(QSortFilterProxyModel *proxy, QWidget *parent, QWidget *page)
    : QObject(page)
    , m_page(page)
{
    m_table = new QTableView(parent);
    m_table->setObjectName(u"contentTable"_s);
    m_table->setAccessibleName(tr("Posts and articles"));
    m_table->setModel(proxy);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ContentTable::fitColumns);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &ContentTable::fitColumns);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_page->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns)
            m_autoFitColumns = false;
    });
    m_table->viewport()->installEventFilter(this);
    header->setSortIndicator(ContentTableModel::PublishedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
}

void ContentTable::fitColumns()
{
    // Numbers, dates and rates get the width their values and headings
    // need; the title takes the rest, but never so little that it cannot be
    // read (the table scrolls sideways instead).
    if (!m_autoFitColumns)
        return;
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    QHeaderView *header = m_table->horizontalHeader();
    // QTableView hides the public QAbstractItemView::sizeHintForColumn().
    const QAbstractItemView *view = m_table;
    int used = 0;
    for (int column = 0; column < ContentTableModel::ColumnCount; ++column) {
        if (column == ContentTableModel::TitleColumn)
            continue;
        const int width = qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        header->resizeSection(column, width);
        used += width;
    }
    const int minimumTitle = m_page->fontMetrics().averageCharWidth() * 32;
    header->resizeSection(ContentTableModel::TitleColumn,
                          qMax(minimumTitle, m_table->viewport()->width() - used));
}

bool ContentTable::eventFilter(QObject *watched, QEvent *event)
{
    // Until the user sizes a column, the columns follow the table's width.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QObject::eventFilter(watched, event);
}

} // namespace rapport
