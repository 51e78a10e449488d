#pragma once

// The Outreach page's actions on the selected row: Set Outcome (F2 or Enter,
// or a double-click: the outcome menu under the row's Outcome cell), Delete…,
// Open Contact, Show Only This Person, and the row's context menu. Each is
// enabled only with a row selected; triggering one calls the page.

#include <QObject>

class QAction;
class QPoint;
class QTableView;

namespace rapport {

class OutreachOutcomeMenu;
class OutreachPage;

class OutreachRowActions : public QObject
{
    Q_OBJECT

public:
    // The actions belong to `page` (their objectNames are the page's), the
    // keys to `table` (WidgetShortcut), as does its context menu.
    OutreachRowActions(OutreachPage *page, QTableView *table);

    OutreachOutcomeMenu *outcomeMenu() const { return m_outcomeMenu; }
    QAction *setOutcomeAction() const { return m_setOutcomeAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    // Enables what applies to the current row of an `open` database; Show
    // Only This Person not while the list shows one person (`pinned`).
    void update(bool open, bool pinned);
    // The outcome menu under the current row's Outcome cell.
    void popUpOutcomeMenu();

private:
    void createActions();
    void fillOutcomeMenu();
    void showContextMenu(const QPoint &pos);

    OutreachPage *m_page;
    QTableView *m_table;
    bool m_open = false;
    OutreachOutcomeMenu *m_outcomeMenu = nullptr;
    QAction *m_setOutcomeAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_onlyContactAction = nullptr;
    QAction *m_openContactAction = nullptr;
};

} // namespace rapport
