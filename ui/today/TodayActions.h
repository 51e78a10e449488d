#pragma once

// The Today page's actions on the current queue item: Done, Done Without
// Composing, Snooze, Skip Today and Reopen (on the list's keys and the
// button row), Never Suggest and Open Contact, J/K to move through the
// queue, and the card's context menu. Each is enabled only when it applies
// to the current item; triggering one calls the page.

#include "domain/QueueItem.h"

#include <QObject>
#include <optional>

class QAction;
class QListView;
class QPoint;

namespace rapport {

class TodayButtonRow;
class TodayPage;

class TodayActions : public QObject
{
    Q_OBJECT

public:
    // The actions belong to `page` (their objectNames are the page's), the
    // keys to `list` (WidgetShortcut), and the buttons of `buttons` trigger them.
    TodayActions(TodayPage *page, QListView *list, TodayButtonRow *buttons);

    // Enables what applies to `item` (nullopt: no current item); a database
    // that is not `writable` shows the queue as planned, nothing can be marked.
    void update(const std::optional<QueueItem> &item, bool writable);

private:
    // The queue's actions (on the list's keys and the buttons) and J/K.
    void createItemActions();
    void createMoveActions();
    void showContextMenu(const QPoint &pos);

    TodayPage *m_page;
    QListView *m_list;
    TodayButtonRow *m_buttons;
    QAction *m_doneAction = nullptr;
    QAction *m_doneQuietAction = nullptr;
    QAction *m_snoozeAction = nullptr;
    QAction *m_skipAction = nullptr;
    QAction *m_neverAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_openContactAction = nullptr;
};

} // namespace rapport
