#include "today/TodayPage.h"

#include "common/DialogRunner.h"
#include "common/EmptyStateView.h"
#include "common/Prompts.h"
#include "contacts/ContactSidePanel.h"
#include "db/Database.h"
#include "planning/DailyQueue.h"
#include "planning/QueuePlanner.h"
#include "planning/QueueSettings.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"
#include "store/ContactStore.h"
#include "store/QueueStore.h"
#include "store/SettingStore.h"
#include "today/QueueItemCommand.h"
#include "today/TodayActions.h"
#include "today/TodayButtonRow.h"
#include "today/TodayItemDelegate.h"
#include "today/TodayNumbersStrip.h"
#include "today/TodayProgressRow.h"
#include "today/TodayQueueModel.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

TodayPage::TodayPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"todayPage"_s);
    setAccessibleName(tr("Today"));

    // The numbers across the top; below them the queue on the left and the
    // selected person's details on the right.
    auto *outer = new QVBoxLayout(this);
    m_strip = new TodayNumbersStrip(this);
    connect(m_strip, &TodayNumbersStrip::weeklyNumbersRequested, this,
            &TodayPage::weeklyNumbersRequested);
    connect(m_strip, &TodayNumbersStrip::changesRequested, this, &TodayPage::changesRequested);
    outer->addWidget(m_strip);
    auto *queueSide = new QWidget(this);
    auto *layout = new QVBoxLayout(queueSide);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progressRow = new TodayProgressRow(this);
    layout->addWidget(m_progressRow);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createQueueView());
    m_statePage = new EmptyStateView(u":/icons/today.svg"_s, u"today"_s, m_stack);
    m_stack->addWidget(m_statePage);
    layout->addWidget(m_stack, 1);
    m_buttons = new TodayButtonRow(this);
    layout->addWidget(m_buttons);
    m_contactPanel = new ContactSidePanel(this);
    connect(m_contactPanel, &ContactSidePanel::openRequested, this, &TodayPage::contactActivated);
    outer->addWidget(ContactSidePanel::besides(queueSide, m_contactPanel, u"todaySplitter"_s, this),
                     1);
    m_actions = new TodayActions(this, m_list, m_buttons);

    setFocusProxy(m_list);
    setStores(nullptr, nullptr);
}

TodayPage::~TodayPage() = default;

QListView *TodayPage::createQueueView()
{
    m_model = new TodayQueueModel(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(u"todayQueue"_s);
    m_list->setAccessibleName(tr("Today's outreach queue"));
    m_list->setAccessibleDescription(
        tr("J or Down: next. K or Up: previous. Enter: done. Shift+Enter: done without "
           "composing. S: snooze. X: skip. R: reopen a done or skipped item."));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TodayItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TodayPage::updateActions);
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit contactActivated(index.data(TodayQueueModel::ContactIdRole).toLongLong());
    });
    return m_list;
}

void TodayPage::setSession(Session *session)
{
    m_session = session && session->isOpen() ? session : nullptr;
    if (!m_watcher) {
        m_watcher = new ChangeWatcher(
            this, Changes(Change::Queue) | Change::Outreach | Change::Contacts | Change::Settings,
            [this](Changes, const QList<qint64> &) { reload(); });
    }
    m_watcher->setSession(m_session);
    disconnect(m_countConnection);
    if (m_session) {
        // Hidden, the page waits to be shown before it reloads; the count of
        // open items beside "Today" in the navigation stays current.
        m_countConnection = connect(m_session, &Session::changed, this, [this](Changes what) {
            if (!isVisible() && (what & (Changes(Change::Queue) | Change::Contacts)))
                updateItemsLeft();
        });
        setStores(m_session->database(), m_session->contacts());
    } else {
        setStores(nullptr, nullptr);
    }
    // With the session's timeline and scores.
    m_contactPanel->setSession(m_session);
    updateActions();
}

void TodayPage::updateItemsLeft()
{
    // The stored items only: a queue not planned yet is planned when shown.
    if (!m_queue || !m_queue->hasQueue(today()))
        return;
    const QList<QueueItem> stored = m_queue->items(today());
    const int left = int(std::count_if(stored.cbegin(), stored.cend(), [](const QueueItem &item) {
        return item.status == QueueItem::Status::Open;
    }));
    if (left != m_lastLeft) {
        m_lastLeft = left;
        emit itemsLeftChanged(left);
    }
}

void TodayPage::setStores(Database *db, ContactStore *contacts)
{
    m_db = db;
    m_contacts = contacts;
    m_contactPanel->setStores(contacts, nullptr, nullptr);
    m_queue.reset();
    if (m_db)
        m_queue = std::make_unique<QueueStore>(*m_db);
    m_model->setItems({});
    reload();
}

void TodayPage::setToday(const QDate &today)
{
    m_fixedToday = today;
}

QDate TodayPage::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

void TodayPage::reload()
{
    if (!m_queue) {
        m_model->setItems({});
        m_day = QDate();
        m_strip->hide();
        m_progressRow->hide();
        m_buttons->hide();
        m_statePage->setActions({});
        showState(tr("No database is open"),
                  tr("No database is open. Choose File \u25b8 New Database to start, or File "
                     "\u25b8 Open Database… to open one; today's queue appears here."));
        updateProgress();
        return;
    }
    const auto current = currentItem();
    const int row = currentRow();
    const QDate day = today();
    QString error;
    const QueueSettings settings = QueueSettings::load(SettingStore(*m_db));
    const QList<QueueItem> planned = DailyQueue::todayQueue(*m_queue, day, settings, &error);
    m_day = day;
    QStringList held;
    for (const QueueItem &item : QueuePlanner::heldBack(*m_db, day, settings))
        held << tr("%1 — %2.").arg(item.contactName, item.reason);
    m_strip->setHeldBack(held);
    if (!error.isEmpty())
        Prompts::warning(this, tr("Could Not Plan Today's Queue"), error);
    m_model->setItems(planned);
    m_strip->showNumbers(*m_db, m_day);
    m_strip->show();
    m_buttons->setVisible(!items().isEmpty());
    m_progressRow->setVisible(!items().isEmpty());
    if (items().isEmpty()) {
        const QString capture =
            QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText);
        if (!error.isEmpty()) {
            m_statePage->setActions({});
            showState(tr("Today's queue could not be planned"), error);
        } else if (m_contacts && m_contacts->totalCount() == 0) {
            // A new database: nothing can be planned before there are people.
            m_statePage->setActions({u"importLinkedInAction"_s, u"addContactAction"_s});
            showState(tr("No contacts yet"),
                      tr("Each morning this page lists who to answer, thank and keep in touch "
                         "with, planned from your contacts and their engagement. Start by "
                         "importing your LinkedIn export, or add a contact by hand."));
        } else {
            m_statePage->setActions({u"quickCaptureAction"_s});
            showState(tr("All done for today"),
                      tr("Nobody is waiting for an answer, a thank-you or a call today. When "
                         "people react to your posts, log them with Quick Capture (%1): "
                         "tomorrow's queue is planned from it.")
                          .arg(capture));
        }
    } else {
        m_stack->setCurrentWidget(m_list);
        m_contactPanel->show();
        if (current && current->day == day)
            selectContact(current->contactId, row);
        else
            selectNextOpen(0);
    }
    updateProgress();
}

const QList<QueueItem> &TodayPage::items() const
{
    return m_model->items();
}

int TodayPage::itemsLeft() const
{
    return m_model->openCount();
}

int TodayPage::doneCount() const
{
    return m_model->doneCount();
}

QString TodayPage::progressText() const
{
    return m_model->progressText();
}

void TodayPage::updateProgress()
{
    const int total = int(items().size());
    const int left = itemsLeft();
    m_progressRow->setProgress(progressText(), total - left, total);
    updateActions();
    if (left != m_lastLeft) {
        m_lastLeft = left;
        emit itemsLeftChanged(left);
    }
}

void TodayPage::updateActions()
{
    const auto item = currentItem();
    // A read-only database shows the queue as planned; nothing can be marked.
    m_actions->update(item, m_db && !m_db->isReadOnly());
    m_contactPanel->showContact(item ? item->contactId : 0);
}

void TodayPage::showState(const QString &heading, const QString &text)
{
    m_statePage->setState(heading, text);
    m_stack->setCurrentWidget(m_statePage);
    m_contactPanel->hide();
}

QString TodayPage::stateText() const
{
    return m_stack->currentWidget() == m_statePage ? m_statePage->text()->text() : QString();
}

QString TodayPage::numbersText() const
{
    return m_strip->text();
}

bool TodayPage::isAcceptanceWarningShown() const
{
    return m_strip->isAcceptanceWarningShown();
}

std::optional<QueueItem> TodayPage::currentItem() const
{
    const int row = currentRow();
    if (row < 0 || row >= items().size() || m_stack->currentWidget() != m_list)
        return std::nullopt;
    return items().at(row);
}

int TodayPage::currentRow() const
{
    return m_list->currentIndex().row();
}

void TodayPage::setCurrentRow(int row)
{
    if (row >= 0 && row < m_model->rowCount()) {
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    }
}

void TodayPage::selectContact(qint64 contactId, int nearRow)
{
    for (int row = 0; row < items().size(); ++row) {
        if (items().at(row).contactId == contactId) {
            setCurrentRow(row);
            return;
        }
    }
    if (!items().isEmpty()) // an empty list has no row to go near
        setCurrentRow(qBound(0, nearRow, int(items().size()) - 1));
}

void TodayPage::selectNextOpen(int fromRow)
{
    const int n = int(items().size());
    for (int i = 0; i < n; ++i) {
        const int row = (qMax(fromRow, 0) + i) % n;
        if (items().at(row).status == QueueItem::Status::Open) {
            setCurrentRow(row);
            return;
        }
    }
    setCurrentRow(qBound(0, fromRow, n - 1));
}

bool TodayPage::run(QueueItemCommand *command, const QString &failureTitle, bool stay,
                    QString *errorOut)
{
    std::unique_ptr<QueueItemCommand> owned(command);
    const int row = currentRow();
    // Every later undo or redo shows the item it changed (the rows keep
    // their places, so it is selected before the reload that follows).
    const QPointer<TodayPage> page(this);
    owned->setChangedHandler([page](qint64 contactId) {
        if (page)
            page->selectContact(contactId, page->currentRow());
    });
    owned->setErrorHandler([page](const QString &message) {
        if (page)
            Prompts::warning(page, tr("Could Not Undo or Redo"), message);
    });
    QString error;
    bool ok = false;
    if (m_session) {
        ok = m_session->push(owned.release(), &error); // reloads through changed()
    } else {
        ok = owned->apply(&error); // no undo step without a Session
        if (ok)
            reload();
    }
    if (!ok) {
        reload();
        if (errorOut)
            *errorOut = error;
        else
            Prompts::warning(this, failureTitle, error);
        return false;
    }
    if (!stay)
        selectNextOpen(row);
    return true;
}

void TodayPage::doneCurrent()
{
    const auto item = currentItem();
    if (!item || item->status != QueueItem::Status::Open)
        return;
    emit doneRequested(*item);
}

bool TodayPage::completeDone(qint64 contactId, qint64 outreachId, QString *error)
{
    if (!m_queue || !m_day.isValid())
        return true; // no list to mark
    selectContact(contactId, currentRow());
    QueueItem item;
    item.day = m_day;
    item.contactId = contactId;
    for (const QueueItem &shown : items()) {
        if (shown.contactId == contactId)
            item = shown;
    }
    return run(new QueueItemCommand(*m_db, QueueItemCommand::Action::Done, item, outreachId),
               tr("Could Not Mark It Done"), false, error);
}

void TodayPage::doneCurrentWithoutLogging()
{
    const auto item = currentItem();
    if (!item || item->status != QueueItem::Status::Open)
        return;
    completeDone(item->contactId, 0);
}

void TodayPage::skipCurrent()
{
    const auto item = currentItem();
    if (!m_queue || !item || item->status != QueueItem::Status::Open)
        return;
    run(new QueueItemCommand(*m_db, QueueItemCommand::Action::Skip, *item), tr("Could Not Skip"));
}

QMenu *TodayPage::buildSnoozeMenu()
{
    auto *menu = new QMenu(tr("Snooze"), this);
    menu->setObjectName(u"todaySnoozeMenu"_s);
    const QDate day = m_day.isValid() ? m_day : today();
    auto *tomorrow = menu->addAction(tr("&Tomorrow (%1)").arg(shortDate(day.addDays(1))));
    tomorrow->setObjectName(u"snoozeTomorrow"_s);
    tomorrow->setData(day.addDays(1));
    auto *week = menu->addAction(tr("&Next Week (%1)").arg(shortDate(day.addDays(7))));
    week->setObjectName(u"snoozeNextWeek"_s);
    week->setData(day.addDays(7));
    auto *pick = menu->addAction(tr("&Pick a Date…"));
    pick->setObjectName(u"snoozePickDate"_s);
    return menu;
}

namespace {

// The snooze menu choices tests queued (objectNames).
QStringList &snoozeChoices()
{
    static QStringList choices;
    return choices;
}

} // namespace

void TodayPage::setNextSnoozeChoice(const QString &objectName)
{
    snoozeChoices().append(objectName);
}

void TodayPage::snoozeCurrent()
{
    const auto item = currentItem();
    if (!m_queue || !item || item->status != QueueItem::Status::Open)
        return;
    std::unique_ptr<QMenu> menu(buildSnoozeMenu());
    QAction *chosen = nullptr;
    if (!snoozeChoices().isEmpty() || Prompts::isTesting()) {
        const QString name = snoozeChoices().isEmpty() ? QString() : snoozeChoices().takeFirst();
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (!name.isEmpty() && action->objectName() == name)
                chosen = action;
        }
    } else {
        const QRect card = m_list->visualRect(m_list->currentIndex());
        chosen = menu->exec(m_list->viewport()->mapToGlobal(card.bottomLeft()));
    }
    if (!chosen)
        return;
    const QDate earliest = m_day.addDays(1);
    QDate until = chosen->data().toDate();
    if (chosen->objectName() == u"snoozePickDate"_s) {
        const std::optional<QDate> picked = askSnoozeDate(item->contactName, earliest);
        if (!picked)
            return;
        until = *picked;
    }
    snoozeCurrentUntil(until);
}

std::optional<QDate> TodayPage::askSnoozeDate(const QString &contactName, const QDate &earliest)
{
    QDialog dialog(this);
    dialog.setObjectName(u"snoozeDateDialog"_s);
    dialog.setWindowTitle(tr("Snooze Until"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(tr("Suggest %1 again from:").arg(contactName), &dialog);
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setObjectName(u"snoozeCalendar"_s);
    calendar->setAccessibleName(tr("The day to suggest them again"));
    calendar->setMinimumDate(earliest);
    calendar->setSelectedDate(m_day.addDays(14));
    label->setBuddy(calendar);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    if (!DialogRunner::run(dialog))
        return std::nullopt;
    return calendar->selectedDate();
}

void TodayPage::snoozeCurrentUntil(const QDate &until)
{
    const auto item = currentItem();
    if (!m_queue || !item || item->status != QueueItem::Status::Open)
        return;
    if (!until.isValid() || until <= m_day) {
        Prompts::warning(this, tr("Could Not Snooze"),
                         tr("A snooze ends on a later day than today."));
        return;
    }
    run(new QueueItemCommand(*m_db, QueueItemCommand::Action::Snooze, *item, 0, until),
        tr("Could Not Snooze"));
}

void TodayPage::neverCurrent()
{
    const auto item = currentItem();
    if (!m_queue || !item || item->status == QueueItem::Status::Never)
        return;
    if (!Prompts::confirm(
            this, tr("Never Suggest This Person"),
            tr("Never suggest %1 again? They are marked “do not contact” and left out of "
               "every queue from now on (Edit ▸ Undo or Contact ▸ Keep in Touch undoes "
               "it).")
                .arg(item->contactName)))
        return;
    run(new QueueItemCommand(*m_db, QueueItemCommand::Action::Never, *item),
        tr("Could Not Change the Queue"));
}

void TodayPage::reopenCurrent()
{
    const auto item = currentItem();
    if (!m_queue || !item ||
        (item->status != QueueItem::Status::Done && item->status != QueueItem::Status::Skipped))
        return;
    run(new QueueItemCommand(*m_db, QueueItemCommand::Action::Reopen, *item),
        tr("Could Not Reopen"), true);
}

} // namespace rapport
