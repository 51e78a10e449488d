#pragma once

// The Today page, the home page: the day's outreach queue best first, each
// card with the action and the reason in words and the template to start
// from; progress ("7 of 15 done"); a strip with the day's numbers. Worked
// from the keyboard: arrows or J/K move, Enter is Done (the main window
// composes and logs, then calls completeDone), Shift+Enter is Done without
// logging, S snoozes, X skips, R reopens a done or skipped item; the context
// menu adds "Never suggest this person" (the actions and keys: TodayActions).
// Each action is one undo step of the Session (QueueItemCommand): Ctrl+Z
// brings the item back as it was. The selected person's details show beside
// the queue (ContactSidePanel).

#include "domain/QueueItem.h"

#include <QDate>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace rapport {

class ChangeWatcher;
class ContactSidePanel;
class ContactStore;
class EmptyStateView;
class Database;
class QueueItemCommand;
class QueueStore;
class Session;
class TodayActions;
class TodayButtonRow;
class TodayNumbersStrip;
class TodayProgressRow;
class TodayQueueModel;

class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(QWidget *parent = nullptr);
    ~TodayPage() override;

    // The session's database; reloads when the session says the queue,
    // outreach, contacts or settings changed (once shown, if hidden). The
    // actions are pushed to it (its undo stack); without one (nullptr, a
    // test) they still store, with no undo.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // The stores of another database; nullptrs when none is open (the page
    // then says so).
    void setStores(Database *db, ContactStore *contacts);
    // The day the page works (tests); by default the current date, read
    // again on every reload.
    void setToday(const QDate &today);
    QDate today() const;
    // Reads the day's queue back, planning and storing it first when the
    // day has none yet; recomputes the numbers. Keeps the current person.
    void reload();

    // The logged outreach completed the item of this person (0: done some
    // other way). Stores it, refreshes and moves to the next open item.
    // False when marking it done was refused; with `error`, the reason is
    // put there rather than shown.
    bool completeDone(qint64 contactId, qint64 outreachId, QString *error = nullptr);

    // What the page shows, for the window and tests.
    const QList<QueueItem> &items() const;
    int itemsLeft() const;
    int doneCount() const;
    // "7 of 15 done · 1 skipped · 7 left".
    QString progressText() const;
    // The queue item of the current card; nullopt with none.
    std::optional<QueueItem> currentItem() const;
    void setCurrentRow(int row);
    int currentRow() const;
    // Everything the numbers strip says, one line per statement.
    QString numbersText() const;
    bool isAcceptanceWarningShown() const;
    // The text of the state shown instead of the list ("" while the list shows).
    QString stateText() const;
    // The selected person's details beside the queue.
    ContactSidePanel *contactPanel() const { return m_contactPanel; }

    // The actions on the current item (also on the buttons and the context
    // menu). Done emits doneRequested; the rest store at once, one undo
    // step each. Reopen: a done or skipped item open again.
    void doneCurrent();
    void doneCurrentWithoutLogging();
    void skipCurrent();
    void snoozeCurrent();
    void snoozeCurrentUntil(const QDate &until);
    void neverCurrent();
    void reopenCurrent();

    // Tests: the next snooze menu is not shown; the action with this
    // objectName ("snoozeTomorrow", "snoozeNextWeek", "snoozePickDate") is
    // chosen, or none (cancel) for any other name. Choices queue up in
    // order; while Prompts is testing, a menu with no choice queued counts
    // as cancelled. "Pick a Date…" runs the "snoozeDateDialog" through
    // DialogRunner (its QCalendarWidget is "snoozeCalendar").
    static void setNextSnoozeChoice(const QString &objectName);

signals:
    // Done on an open item: compose and log with item.templateName, then
    // call completeDone(item.contactId, outreachId).
    void doneRequested(const QueueItem &item);
    // Open items left, for the navigation count; after every change.
    void itemsLeftChanged(int left);
    // A card was double-clicked (or Open Contact chosen).
    void contactActivated(qint64 contactId);
    // "Enter Them…" beside "This week's numbers: missing".
    void weeklyNumbersRequested();
    // The strip's "N changes since the last export ▸": the Changes view.
    void changesRequested();
    // Keep in Touch… chosen on a card: cadence, snooze, archive, do not contact.
    void keepInTouchRequested(qint64 contactId);

private:
    QListView *createQueueView();
    void updateProgress();
    // Only the navigation's count of open items, from the stored queue.
    void updateItemsLeft();
    void updateActions();
    void showState(const QString &heading, const QString &text);
    void selectContact(qint64 contactId, int nearRow);
    void selectNextOpen(int fromRow);
    // Applies the action (through the Session when there is one), reloads
    // and selects what comes next: the next open item, or with `stay` the
    // same one.
    // Pushes the command; on a refusal says why (or, given `errorOut`, puts
    // the reason there instead) and returns false.
    bool run(QueueItemCommand *command, const QString &failureTitle, bool stay = false,
             QString *errorOut = nullptr);
    QMenu *buildSnoozeMenu();
    // "Pick a Date…": a calendar from `earliest`; nullopt when cancelled.
    std::optional<QDate> askSnoozeDate(const QString &contactName, const QDate &earliest);

    Session *m_session = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    QMetaObject::Connection m_countConnection;
    Database *m_db = nullptr;
    ContactStore *m_contacts = nullptr;
    std::unique_ptr<QueueStore> m_queue;
    QDate m_fixedToday;
    QDate m_day; // the day of m_items
    int m_lastLeft = -1;

    TodayNumbersStrip *m_strip = nullptr;
    TodayProgressRow *m_progressRow = nullptr;
    QStackedWidget *m_stack = nullptr;
    TodayQueueModel *m_model = nullptr;
    QListView *m_list = nullptr;
    EmptyStateView *m_statePage = nullptr;
    TodayButtonRow *m_buttons = nullptr;
    TodayActions *m_actions = nullptr;
    ContactSidePanel *m_contactPanel = nullptr;
};

} // namespace rapport
