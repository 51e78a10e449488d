#include "today/TodayActions.h"

#include "today/TodayButtonRow.h"
#include "today/TodayPage.h"

#include <QAction>
#include <QKeySequence>
#include <QListView>
#include <QMenu>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rapport {

TodayActions::TodayActions(TodayPage *page, QListView *list, TodayButtonRow *buttons)
    : QObject(page)
    , m_page(page)
    , m_list(list)
    , m_buttons(buttons)
{
    createItemActions();
    createMoveActions();
    connect(m_list, &QWidget::customContextMenuRequested, this, &TodayActions::showContextMenu);
}

void TodayActions::createItemActions()
{
    // The keys live on the list, so typing elsewhere in the window is never
    // taken for a queue action.
    auto addAction = [this](const QString &text, const QString &objectName,
                            const QList<QKeySequence> &keys, void (TodayPage::*slot)(),
                            QPushButton *button) {
        auto *action = new QAction(text, m_page);
        action->setObjectName(objectName);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, m_page, slot);
        m_list->addAction(action);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return action;
    };
    m_doneAction = addAction(tr("&Done…"), u"todayDoneAction"_s,
                             {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                             &TodayPage::doneCurrent, m_buttons->doneButton());
    m_doneAction->setStatusTip(tr("Compose the message with the suggested template and log it"));
    m_doneQuietAction = addAction(
        tr("Done &Without Composing"), u"todayDoneQuietAction"_s,
        {QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)},
        &TodayPage::doneCurrentWithoutLogging, m_buttons->doneQuietButton());
    m_doneQuietAction->setStatusTip(tr("You did it some other way: mark it done, log nothing"));
    m_snoozeAction = addAction(tr("&Snooze…"), u"todaySnoozeAction"_s, {QKeySequence(Qt::Key_S)},
                               &TodayPage::snoozeCurrent, m_buttons->snoozeButton());
    m_snoozeAction->setStatusTip(tr("Leave this person out of the queue until a later day"));
    m_skipAction = addAction(tr("S&kip Today"), u"todaySkipAction"_s, {QKeySequence(Qt::Key_X)},
                             &TodayPage::skipCurrent, m_buttons->skipButton());
    m_skipAction->setStatusTip(tr("Not today; they may be suggested again tomorrow"));
    m_reopenAction = addAction(tr("&Reopen"), u"todayReopenAction"_s, {QKeySequence(Qt::Key_R)},
                               &TodayPage::reopenCurrent, m_buttons->reopenButton());
    m_reopenAction->setStatusTip(tr("Put a done or skipped item back in today's queue"));
    m_neverAction = new QAction(tr("&Never Suggest This Person…"), m_page);
    m_neverAction->setObjectName(u"todayNeverAction"_s);
    connect(m_neverAction, &QAction::triggered, m_page, &TodayPage::neverCurrent);
    m_openContactAction = new QAction(tr("&Open Contact"), m_page);
    m_openContactAction->setObjectName(u"todayOpenContactAction"_s);
    connect(m_openContactAction, &QAction::triggered, m_page, [this] {
        if (const auto item = m_page->currentItem())
            emit m_page->contactActivated(item->contactId);
    });
}

void TodayActions::createMoveActions()
{
    auto *next = new QAction(tr("Next"), m_page);
    next->setShortcut(QKeySequence(Qt::Key_J));
    next->setShortcutContext(Qt::WidgetShortcut);
    connect(next, &QAction::triggered, m_page, [this] {
        const int rows = m_list->model()->rowCount();
        if (rows > 0)
            m_page->setCurrentRow(qMin(m_page->currentRow() + 1, rows - 1));
    });
    m_list->addAction(next);
    auto *previous = new QAction(tr("Previous"), m_page);
    previous->setShortcut(QKeySequence(Qt::Key_K));
    previous->setShortcutContext(Qt::WidgetShortcut);
    connect(previous, &QAction::triggered, m_page, [this] {
        if (m_list->model()->rowCount() > 0)
            m_page->setCurrentRow(qMax(m_page->currentRow() - 1, 0));
    });
    m_list->addAction(previous);
}

void TodayActions::update(const std::optional<QueueItem> &item, bool writable)
{
    const bool open = writable && item && item->status == QueueItem::Status::Open;
    for (QAction *action : {m_doneAction, m_doneQuietAction, m_snoozeAction, m_skipAction})
        action->setEnabled(open);
    m_neverAction->setEnabled(writable && item && item->status != QueueItem::Status::Never);
    const bool worked =
        writable && item &&
        (item->status == QueueItem::Status::Done || item->status == QueueItem::Status::Skipped);
    m_reopenAction->setEnabled(worked);
    m_openContactAction->setEnabled(item.has_value());
    m_buttons->enableFor(open, worked);
}

void TodayActions::showContextMenu(const QPoint &pos)
{
    const QModelIndex clicked = m_list->indexAt(pos);
    if (!clicked.isValid())
        return;
    m_page->setCurrentRow(clicked.row());
    QMenu menu(m_page);
    menu.addAction(m_doneAction);
    menu.addAction(m_doneQuietAction);
    menu.addAction(m_snoozeAction);
    menu.addAction(m_skipAction);
    menu.addAction(m_reopenAction);
    menu.addSeparator();
    menu.addAction(m_openContactAction);
    const auto current = m_page->currentItem();
    const qint64 contactId = current ? current->contactId : 0;
    menu.addAction(tr("&Keep in Touch…"), m_page,
                   [this, contactId] { emit m_page->keepInTouchRequested(contactId); });
    menu.addSeparator();
    menu.addAction(m_neverAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace rapport
