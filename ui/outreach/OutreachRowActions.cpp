#include "outreach/OutreachRowActions.h"

#include "common/Prompts.h"
#include "outreach/OutreachOutcomeMenu.h"
#include "outreach/OutreachPage.h"
#include "outreach/OutreachTableModel.h"

#include <QAction>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMenu>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace rapport {

OutreachRowActions::OutreachRowActions(OutreachPage *page, QTableView *table)
    : QObject(page)
    , m_page(page)
    , m_table(table)
{
    createActions();
    m_table->addAction(m_setOutcomeAction);
    m_table->addAction(m_deleteAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            &OutreachRowActions::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, m_page, [this](const QModelIndex &index) {
        if (index.isValid())
            popUpOutcomeMenu();
    });
}

void OutreachRowActions::createActions()
{
    m_outcomeMenu = new OutreachOutcomeMenu(m_page);
    connect(m_outcomeMenu, &QMenu::aboutToShow, this, &OutreachRowActions::fillOutcomeMenu);
    connect(m_outcomeMenu, &OutreachOutcomeMenu::outcomeChosen, m_page,
            [this](const QString &outcome) {
                const qint64 id = m_page->currentOutreachId();
                QString error;
                if (id > 0 && !m_page->setOutcome(id, outcome, &error) && !error.isEmpty())
                    Prompts::warning(m_page, tr("Could Not Set the Outcome"), error);
            });
    m_setOutcomeAction = new QAction(tr("Set &Outcome…"), m_page);
    m_setOutcomeAction->setObjectName(u"setOutreachOutcomeAction"_s);
    m_setOutcomeAction->setShortcuts(
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_setOutcomeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_setOutcomeAction, &QAction::triggered, this, &OutreachRowActions::popUpOutcomeMenu);
    m_deleteAction = new QAction(tr("&Delete…"), m_page);
    m_deleteAction->setObjectName(u"deleteOutreachAction"_s);
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, m_page, &OutreachPage::deleteCurrent);
    m_openContactAction = new QAction(tr("&Open Contact"), m_page);
    m_openContactAction->setObjectName(u"outreachOpenContactAction"_s);
    connect(m_openContactAction, &QAction::triggered, m_page, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit m_page->contactActivated(
                current.data(OutreachTableModel::ContactIdRole).toLongLong());
    });
    m_onlyContactAction = new QAction(tr("Show Only This &Person"), m_page);
    m_onlyContactAction->setObjectName(u"outreachOnlyContactAction"_s);
    connect(m_onlyContactAction, &QAction::triggered, m_page, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_page->setContactFilter(current.data(OutreachTableModel::ContactIdRole).toLongLong());
    });
}

void OutreachRowActions::update(bool open, bool pinned)
{
    m_open = open;
    const bool hasCurrent = open && m_page->currentOutreachId() > 0;
    m_setOutcomeAction->setEnabled(hasCurrent);
    m_deleteAction->setEnabled(hasCurrent);
    m_onlyContactAction->setEnabled(hasCurrent && !pinned);
    m_openContactAction->setEnabled(hasCurrent);
    m_outcomeMenu->setEnabled(hasCurrent);
    fillOutcomeMenu();
}

void OutreachRowActions::fillOutcomeMenu()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_open || !current.isValid()) {
        m_outcomeMenu->clearEntries();
        return;
    }
    m_outcomeMenu->fill(current.data(OutreachTableModel::ChannelRole).toString(),
                        current.data(OutreachTableModel::OutcomeRole).toString());
}

void OutreachRowActions::popUpOutcomeMenu()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    fillOutcomeMenu();
    const QRect cell = m_table->visualRect(
        m_table->model()->index(current.row(), OutreachTableModel::OutcomeColumn));
    m_outcomeMenu->popup(m_table->viewport()->mapToGlobal(cell.bottomLeft()));
}

void OutreachRowActions::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    if (!m_table->currentIndex().isValid())
        return;
    QMenu menu(m_page);
    menu.addMenu(m_outcomeMenu);
    menu.addAction(m_onlyContactAction);
    menu.addAction(m_openContactAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace rapport
