#include "today/TodayPage.h"

#include "common/OutreachStyle.h"
#include "common/Prompts.h"
#include "db/Database.h"
#include "outreach/OutreachNumbers.h"
#include "planning/QueuePlanner.h"
#include "planning/QueueSettings.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"
#include "store/ContactStore.h"
#include "store/QueueStore.h"
#include "store/SettingStore.h"
#include "store/SnapshotStore.h"
#include "today/QueueItemCommand.h"
#include "today/TodayItemDelegate.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString count(int value)
{
    return QLocale().toString(value);
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QLabel *addStripLabel(QWidget *strip, QHBoxLayout *layout, const QString &objectName,
                      const QString &accessibleName)
{
    auto *label = new QLabel(strip);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The numbers name their windows and can run long: they wrap rather
    // than widen the window past a laptop's screen.
    label->setWordWrap(true);
    layout->addWidget(label, 1);
    return label;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

TodayPage::TodayPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"todayPage"_s);
    setAccessibleName(tr("Today"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createNumbersStrip());
    layout->addWidget(createProgressRow());

    m_stack = new QStackedWidget(this);
    m_list = new QListWidget(m_stack);
    m_list->setObjectName(u"todayQueue"_s);
    m_list->setAccessibleName(tr("Today's outreach queue"));
    m_list->setAccessibleDescription(
        tr("J or Down: next. K or Up: previous. Enter: done. Shift+Enter: done without "
           "composing. S: snooze. X: skip. R: reopen a done or skipped item."));
    m_list->setItemDelegate(new TodayItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list, &QListWidget::currentRowChanged, this, &TodayPage::updateActions);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit contactActivated(item->data(TodayItemDelegate::ContactIdRole).toLongLong());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &TodayPage::showContextMenu);
    m_stack->addWidget(m_list);
    m_stack->addWidget(createStatePage());
    layout->addWidget(m_stack, 1);
    layout->addWidget(createButtonRow());

    // The keys live on the list, so typing elsewhere in the window is never
    // taken for a queue action.
    auto addAction = [this](const QString &text, const QString &objectName,
                            const QList<QKeySequence> &keys, void (TodayPage::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
        return action;
    };
    m_doneAction = addAction(tr("&Done…"), u"todayDoneAction"_s,
                             {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                             &TodayPage::doneCurrent);
    m_doneAction->setStatusTip(tr("Compose the message with the suggested template and log it"));
    m_doneQuietAction = addAction(
        tr("Done &Without Composing"), u"todayDoneQuietAction"_s,
        {QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::SHIFT | Qt::Key_Enter)},
        &TodayPage::doneCurrentWithoutLogging);
    m_doneQuietAction->setStatusTip(tr("You did it some other way: mark it done, log nothing"));
    m_snoozeAction = addAction(tr("&Snooze…"), u"todaySnoozeAction"_s, {QKeySequence(Qt::Key_S)},
                               &TodayPage::snoozeCurrent);
    m_snoozeAction->setStatusTip(tr("Leave this person out of the queue until a later day"));
    m_skipAction = addAction(tr("S&kip Today"), u"todaySkipAction"_s, {QKeySequence(Qt::Key_X)},
                             &TodayPage::skipCurrent);
    m_skipAction->setStatusTip(tr("Not today; they may be suggested again tomorrow"));
    m_reopenAction = addAction(tr("&Reopen"), u"todayReopenAction"_s, {QKeySequence(Qt::Key_R)},
                               &TodayPage::reopenCurrent);
    m_reopenAction->setStatusTip(tr("Put a done or skipped item back in today's queue"));
    m_neverAction = new QAction(tr("&Never Suggest This Person…"), this);
    m_neverAction->setObjectName(u"todayNeverAction"_s);
    connect(m_neverAction, &QAction::triggered, this, &TodayPage::neverCurrent);
    m_openContactAction = new QAction(tr("&Open Contact"), this);
    m_openContactAction->setObjectName(u"todayOpenContactAction"_s);
    connect(m_openContactAction, &QAction::triggered, this, [this] {
        if (const auto item = currentItem())
            emit contactActivated(item->contactId);
    });
    auto *next = new QAction(tr("Next"), this);
    next->setShortcut(QKeySequence(Qt::Key_J));
    next->setShortcutContext(Qt::WidgetShortcut);
    connect(next, &QAction::triggered, this, [this] {
        if (m_list->count() > 0)
            setCurrentRow(qMin(m_list->currentRow() + 1, m_list->count() - 1));
    });
    m_list->addAction(next);
    auto *previous = new QAction(tr("Previous"), this);
    previous->setShortcut(QKeySequence(Qt::Key_K));
    previous->setShortcutContext(Qt::WidgetShortcut);
    connect(previous, &QAction::triggered, this, [this] {
        if (m_list->count() > 0)
            setCurrentRow(qMax(m_list->currentRow() - 1, 0));
    });
    m_list->addAction(previous);

    connect(m_doneButton, &QPushButton::clicked, m_doneAction, &QAction::trigger);
    connect(m_doneQuietButton, &QPushButton::clicked, m_doneQuietAction, &QAction::trigger);
    connect(m_snoozeButton, &QPushButton::clicked, m_snoozeAction, &QAction::trigger);
    connect(m_skipButton, &QPushButton::clicked, m_skipAction, &QAction::trigger);
    connect(m_reopenButton, &QPushButton::clicked, m_reopenAction, &QAction::trigger);

    setFocusProxy(m_list);
    applyWarningColour();
    setStores(nullptr, nullptr);
}

TodayPage::~TodayPage() = default;

QWidget *TodayPage::createNumbersStrip()
{
    m_strip = new QWidget(this);
    m_strip->setObjectName(u"todayNumbers"_s);
    m_strip->setAccessibleName(tr("Today's numbers"));
    auto *column = new QVBoxLayout(m_strip);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    column->addLayout(row);
    m_acceptance = addStripLabel(m_strip, row, u"todayAcceptance"_s, tr("Acceptance rate"));
    row->addWidget(separator(m_strip));
    m_credits = addStripLabel(m_strip, row, u"todayInMailCredits"_s, tr("InMail credits left"));
    row->addWidget(separator(m_strip));
    m_pending =
        addStripLabel(m_strip, row, u"todayPendingInvitations"_s, tr("Pending invitations"));
    row->addWidget(separator(m_strip));
    m_weekly = addStripLabel(m_strip, row, u"todayWeeklyNumbers"_s, tr("This week's numbers"));
    m_weekly->setToolTip(tr("Followers, connections, profile views and search appearances as "
                            "LinkedIn shows them, once a week: Insights charts them."));
    m_weeklyButton = new QPushButton(tr("&Enter Them…"), m_strip);
    m_weeklyButton->setObjectName(u"todayEnterWeeklyNumbers"_s);
    m_weeklyButton->setAccessibleName(tr("Enter this week's numbers"));
    m_weeklyButton->setFlat(true);
    connect(m_weeklyButton, &QPushButton::clicked, this, &TodayPage::weeklyNumbersRequested);
    row->addWidget(m_weeklyButton);
    row->addStretch(1);

    // The watchdog's warning on a line of its own: icon and words, the
    // warning tone only echoes them.
    auto *warning = new QHBoxLayout;
    column->addLayout(warning);
    m_warningIcon = new QLabel(m_strip);
    m_warningIcon->setObjectName(u"todayAcceptanceWarningIcon"_s);
    m_warningIcon->setAccessibleName(tr("Warning"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warning->addWidget(m_warningIcon, 0, Qt::AlignTop);
    m_warningText =
        addStripLabel(m_strip, warning, u"todayAcceptanceWarning"_s, tr("Acceptance warning"));
    m_warningText->setWordWrap(true);
    warning->setStretchFactor(m_warningText, 1);
    m_warningIcon->hide();
    m_warningText->hide();
    // People today's queue leaves out: LinkedIn blocks inviting them again
    // within three weeks of a withdrawal.
    m_heldBack = new QLabel(m_strip);
    m_heldBack->setObjectName(u"todayHeldBack"_s);
    m_heldBack->setAccessibleName(tr("Held back from an invitation"));
    m_heldBack->setTextFormat(Qt::PlainText);
    m_heldBack->setWordWrap(true);
    m_heldBack->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_heldBack);
    m_heldBack->hide();
    return m_strip;
}

QWidget *TodayPage::createProgressRow()
{
    m_progressRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_progressRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(u"todayProgressText"_s);
    m_progressLabel->setAccessibleName(tr("Progress"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    QFont font = m_progressLabel->font();
    font.setBold(true);
    m_progressLabel->setFont(font);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(u"todayProgress"_s);
    m_progress->setAccessibleName(tr("Progress through today's queue"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    row->addWidget(m_progressLabel);
    row->addWidget(m_progress, 1);
    row->addStretch(1);
    return m_progressRow;
}

QWidget *TodayPage::createButtonRow()
{
    m_buttons = new QWidget(this);
    auto *row = new QHBoxLayout(m_buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto addButton = [this, row](const QString &text, const QString &objectName,
                                 const QString &accessibleName, const QString &keys) {
        auto *button = new QPushButton(text, m_buttons);
        button->setObjectName(objectName);
        button->setAccessibleName(accessibleName);
        button->setToolTip(tr("%1 (%2)").arg(accessibleName, keys));
        button->setAutoDefault(false);
        row->addWidget(button);
        return button;
    };
    m_doneButton =
        addButton(tr("&Done…"), u"todayDoneButton"_s, tr("Done: compose and log"), tr("Enter"));
    m_doneButton->setIcon(QIcon::fromTheme(u"mail-send"_s));
    m_doneQuietButton = addButton(tr("Done &Without Composing"), u"todayDoneQuietButton"_s,
                                  tr("Done without composing"), tr("Shift+Enter"));
    m_snoozeButton = addButton(tr("&Snooze…"), u"todaySnoozeButton"_s, tr("Snooze"), tr("S"));
    m_skipButton = addButton(tr("S&kip Today"), u"todaySkipButton"_s, tr("Skip today"), tr("X"));
    m_reopenButton = addButton(tr("&Reopen"), u"todayReopenButton"_s,
                               tr("Reopen a done or skipped item"), tr("R"));
    row->addStretch(1);
    auto *keys = new QLabel(tr("J/K or arrows to move"), m_buttons);
    keys->setObjectName(u"todayKeysHint"_s);
    keys->setEnabled(false);
    row->addWidget(keys);
    return m_buttons;
}

QWidget *TodayPage::createStatePage()
{
    m_statePage = new QWidget(m_stack);
    m_statePage->setObjectName(u"todayState"_s);
    auto *layout = new QVBoxLayout(m_statePage);
    layout->addStretch(2);
    auto *icon = new QLabel(m_statePage);
    icon->setPixmap(QIcon(u":/icons/today.svg"_s).pixmap(64, 64, QIcon::Disabled));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    const int textWidth = fontMetrics().averageCharWidth() * 64;
    m_stateHeading = new QLabel(m_statePage);
    m_stateHeading->setObjectName(u"todayStateHeading"_s);
    QFont headingFont = m_stateHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_stateHeading->setFont(headingFont);
    m_stateHeading->setAlignment(Qt::AlignCenter);
    m_stateHeading->setWordWrap(true);
    m_stateHeading->setFixedWidth(textWidth);
    layout->addWidget(m_stateHeading, 0, Qt::AlignHCenter);
    m_stateText = new QLabel(m_statePage);
    m_stateText->setObjectName(u"todayStateText"_s);
    m_stateText->setAlignment(Qt::AlignCenter);
    m_stateText->setWordWrap(true);
    m_stateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateText->setFixedWidth(textWidth);
    layout->addWidget(m_stateText, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return m_statePage;
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
    m_queue.reset();
    if (m_db)
        m_queue = std::make_unique<QueueStore>(*m_db);
    m_items.clear();
    m_list->clear();
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
        m_items.clear();
        m_list->clear();
        m_day = QDate();
        m_strip->hide();
        m_progressRow->hide();
        m_buttons->hide();
        showState(tr("No database is open"),
                  tr("No database is open. Choose File › New Database to start, or File › Open "
                     "Database… to open one; today's queue appears here."));
        updateProgress();
        return;
    }
    const auto current = currentItem();
    const int row = currentRow();
    const QDate day = today();
    QString error;
    const QueueSettings settings = QueueSettings::load(SettingStore(*m_db));
    m_items = m_queue->todayQueue(day, settings, &error);
    m_day = day;
    QStringList held;
    for (const QueueItem &item : QueuePlanner::heldBack(*m_db, day, settings))
        held << tr("%1 — %2.").arg(item.contactName, item.reason);
    m_heldBack->setText(held.isEmpty() ? QString()
                                       : tr("Held back today: %1").arg(held.join(u' ')));
    m_heldBack->setVisible(!held.isEmpty());
    if (!error.isEmpty())
        Prompts::warning(this, tr("Could Not Plan Today's Queue"), error);
    fillList();
    showNumbers();
    m_strip->show();
    m_buttons->setVisible(!m_items.isEmpty());
    m_progressRow->setVisible(!m_items.isEmpty());
    if (m_items.isEmpty()) {
        if (!error.isEmpty())
            showState(tr("Today's queue could not be planned"), error);
        else
            showState(tr("Today's queue is empty"),
                      tr("Nothing to do today — everyone you engaged with has been answered. Log "
                         "engagement with Quick Capture (Ctrl+L)."));
    } else {
        m_stack->setCurrentWidget(m_list);
        if (current && current->day == day)
            selectContact(current->contactId, row);
        else
            selectNextOpen(0);
    }
    updateProgress();
}

void TodayPage::fillList()
{
    m_list->clear();
    for (const QueueItem &item : std::as_const(m_items)) {
        auto *entry = new QListWidgetItem(m_list);
        const QString action = actionLabel(item.action);
        const QString status = statusLabel(item);
        const bool open = item.status == QueueItem::Status::Open;
        entry->setData(TodayItemDelegate::PositionRole, item.position);
        entry->setData(TodayItemDelegate::NameRole, item.contactName);
        entry->setData(TodayItemDelegate::ActionRole, action);
        entry->setData(TodayItemDelegate::ReasonRole, item.reason);
        entry->setData(TodayItemDelegate::TemplateRole, item.templateName);
        entry->setData(TodayItemDelegate::StatusRole, status);
        entry->setData(TodayItemDelegate::OpenRole, open);
        entry->setData(TodayItemDelegate::ContactIdRole, item.contactId);
        entry->setData(Qt::DecorationRole, actionIcon(item.action));
        QString sentence =
            tr("%1. %2: %3. %4.").arg(count(item.position), item.contactName, action, item.reason);
        if (!item.templateName.isEmpty())
            sentence += u' ' + tr("Suggested template: %1.").arg(item.templateName);
        if (!status.isEmpty())
            sentence += u' ' + status + u'.';
        entry->setText(item.contactName);
        entry->setData(Qt::AccessibleTextRole, sentence);
        entry->setToolTip(sentence);
    }
}

void TodayPage::showNumbers()
{
    if (!m_db)
        return;
    const OutreachNumbers numbers = OutreachNumbers::compute(*m_db, m_day);
    const InvitationStats &stats = numbers.invitations;
    // The rate names its window; the tooltip says how it is computed.
    const QString window = InvitationStats::lastNWindow(stats.lastN);
    if (stats.lastNSent == 0)
        m_acceptance->setText(tr("Acceptance rate: no invitations yet"));
    else if (!stats.lastNRate)
        m_acceptance->setText(tr("Acceptance rate, %1: none decided yet").arg(window));
    else
        m_acceptance->setText(tr("Acceptance rate, %1: %2 (%3 of %4 decided)")
                                  .arg(window, OutreachStyle::formatRate(stats.lastNRate),
                                       count(stats.lastNAccepted), count(stats.lastNDecided)));
    m_acceptance->setToolTip(
        tr("How is this computed? Acceptance over the %1 = accepted ÷ decided = %2 ÷ %3 = %4 "
           "(%5 sent in that window).")
            .arg(window, count(stats.lastNAccepted), count(stats.lastNDecided),
                 OutreachStyle::formatRate(stats.lastNRate), count(stats.lastNSent)) +
        u"\n"_s + InvitationStats::decidedRule());
    m_warningIcon->setVisible(stats.warning);
    m_warningText->setVisible(stats.warning);
    m_warningText->setText(
        tr("Warning: acceptance is below %1 % — today's queue holds fewer cold invitations; "
           "send fewer blind ones and add a note that says why you want to connect.")
            .arg(QLocale().toString(stats.threshold * 100.0, 'g', 4)));

    const std::optional<NetworkSnapshot> week = SnapshotStore(*m_db).forWeekOf(m_day);
    m_weeklyButton->setVisible(!week);
    m_weekly->setText(week ? tr("This week's numbers: %1 followers, %2 connections")
                                 .arg(count(week->followers), count(week->connections))
                           : tr("This week's numbers: missing"));

    const InMailLedger &ledger = numbers.inmail;
    const int credits = ledger.available;
    QString creditsText = credits == 1 ? tr("InMail credits left: 1")
                                       : tr("InMail credits left: %1").arg(count(credits));
    // InMails and credits are different counts (one sent with no credit
    // left holds none).
    if (ledger.awaitingAnswer > 0)
        creditsText =
            tr("%1 (%2 InMails awaiting an answer, %3 credits held)")
                .arg(creditsText, count(ledger.awaitingAnswer), count(ledger.creditsHeld));
    m_credits->setText(creditsText);
    m_credits->setToolTip(
        tr("How is this computed? Credits left = granted − held − spent − expired = %1 − %2 − "
           "%3 − %4 = %5. An InMail awaits an answer for 90 days (your calendar days); any "
           "answer in that time returns its credit.")
            .arg(count(ledger.granted), count(ledger.creditsHeld), count(ledger.spent),
                 count(ledger.expired), count(credits)));
    const int pending = int(stats.pending.size());
    const int old = int(stats.withdrawSuggestions.size());
    if (pending == 0)
        m_pending->setText(tr("Pending invitations: none"));
    else if (old == 0)
        m_pending->setText(tr("Pending invitations: %1").arg(count(pending)));
    else
        m_pending->setText(tr("Pending invitations: %1 (%2 older than three weeks)")
                               .arg(count(pending), count(old)));
    m_pending->setToolTip(
        tr("How is this computed? Pending = invitations sent with no outcome yet: %1; older "
           "than three weeks = 22 days or more since sending: %2.")
            .arg(count(pending), count(old)));
}

int TodayPage::itemsLeft() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const QueueItem &item) {
        return item.status == QueueItem::Status::Open;
    }));
}

int TodayPage::doneCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const QueueItem &item) {
        return item.status == QueueItem::Status::Done;
    }));
}

QString TodayPage::progressText() const
{
    if (m_items.isEmpty())
        return {};
    int skipped = 0;
    int snoozed = 0;
    int never = 0;
    for (const QueueItem &item : m_items) {
        skipped += item.status == QueueItem::Status::Skipped;
        snoozed += item.status == QueueItem::Status::Snoozed;
        never += item.status == QueueItem::Status::Never;
    }
    QStringList parts{tr("%1 of %2 done").arg(count(doneCount()), count(int(m_items.size())))};
    if (skipped > 0)
        parts << tr("%1 skipped").arg(count(skipped));
    if (snoozed > 0)
        parts << tr("%1 snoozed").arg(count(snoozed));
    if (never > 0)
        parts << tr("%1 not suggested again").arg(count(never));
    const int left = itemsLeft();
    parts << (left == 0 ? tr("nothing left for today")
                        : (left == 1 ? tr("1 left") : tr("%1 left").arg(count(left))));
    return parts.join(u" · "_s);
}

void TodayPage::updateProgress()
{
    const int total = int(m_items.size());
    const int left = itemsLeft();
    m_progressLabel->setText(progressText());
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(total - left);
    m_progress->setAccessibleDescription(progressText());
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
    const bool writable = m_db && !m_db->isReadOnly();
    const bool open = writable && item && item->status == QueueItem::Status::Open;
    for (QAction *action : {m_doneAction, m_doneQuietAction, m_snoozeAction, m_skipAction})
        action->setEnabled(open);
    m_neverAction->setEnabled(writable && item && item->status != QueueItem::Status::Never);
    const bool worked =
        writable && item &&
        (item->status == QueueItem::Status::Done || item->status == QueueItem::Status::Skipped);
    m_reopenAction->setEnabled(worked);
    m_reopenButton->setEnabled(worked);
    m_openContactAction->setEnabled(item.has_value());
    m_doneButton->setEnabled(open);
    m_doneQuietButton->setEnabled(open);
    m_snoozeButton->setEnabled(open);
    m_skipButton->setEnabled(open);
}

void TodayPage::showState(const QString &heading, const QString &text)
{
    // A box layout does not give an aligned, word-wrapped label the height
    // its wrapped text needs, so the labels get a fixed size.
    for (auto [label, words] : {std::pair{m_stateHeading, heading}, std::pair{m_stateText, text}}) {
        label->setText(words);
        const int width = label->width();
        label->setFixedSize(width, label->heightForWidth(width));
    }
    m_stack->setCurrentWidget(m_statePage);
}

QString TodayPage::stateText() const
{
    return m_stack->currentWidget() == m_statePage ? m_stateText->text() : QString();
}

QString TodayPage::numbersText() const
{
    if (m_strip->isHidden())
        return {};
    QStringList lines;
    for (QLabel *label :
         {m_acceptance, m_warningText, m_credits, m_pending, m_weekly, m_heldBack}) {
        if (!label->isHidden() && !label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(u'\n');
}

bool TodayPage::isAcceptanceWarningShown() const
{
    return !m_strip->isHidden() && !m_warningText->isHidden();
}

std::optional<QueueItem> TodayPage::currentItem() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size() || m_stack->currentWidget() != m_list)
        return std::nullopt;
    return m_items.at(row);
}

int TodayPage::currentRow() const
{
    return m_list->currentRow();
}

void TodayPage::setCurrentRow(int row)
{
    if (row >= 0 && row < m_list->count()) {
        m_list->setCurrentRow(row);
        m_list->scrollToItem(m_list->item(row));
    }
}

void TodayPage::selectContact(qint64 contactId, int nearRow)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).contactId == contactId) {
            setCurrentRow(row);
            return;
        }
    }
    setCurrentRow(qBound(0, nearRow, int(m_items.size()) - 1));
}

void TodayPage::selectNextOpen(int fromRow)
{
    const int n = int(m_items.size());
    for (int i = 0; i < n; ++i) {
        const int row = (qMax(fromRow, 0) + i) % n;
        if (m_items.at(row).status == QueueItem::Status::Open) {
            setCurrentRow(row);
            return;
        }
    }
    setCurrentRow(qBound(0, fromRow, n - 1));
}

void TodayPage::run(QueueItemCommand *command, const QString &failureTitle, bool stay)
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
        Prompts::warning(this, failureTitle, error);
        return;
    }
    if (!stay)
        selectNextOpen(row);
}

void TodayPage::doneCurrent()
{
    const auto item = currentItem();
    if (!item || item->status != QueueItem::Status::Open)
        return;
    emit doneRequested(*item);
}

void TodayPage::completeDone(qint64 contactId, qint64 outreachId)
{
    if (!m_queue || !m_day.isValid())
        return;
    selectContact(contactId, currentRow());
    QueueItem item;
    item.day = m_day;
    item.contactId = contactId;
    for (const QueueItem &shown : std::as_const(m_items)) {
        if (shown.contactId == contactId)
            item = shown;
    }
    run(new QueueItemCommand(*m_db, QueueItemCommand::Action::Done, item, outreachId),
        tr("Could Not Mark It Done"));
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

void TodayPage::snoozeCurrent()
{
    const auto item = currentItem();
    if (!m_queue || !item || item->status != QueueItem::Status::Open)
        return;
    std::unique_ptr<QMenu> menu(buildSnoozeMenu());
    QAction *chosen = nullptr;
    if (m_chooseSnooze) {
        chosen = m_chooseSnooze(menu.get());
    } else {
        const QRect card = m_list->visualItemRect(m_list->currentItem());
        chosen = menu->exec(m_list->viewport()->mapToGlobal(card.bottomLeft()));
    }
    if (!chosen)
        return;
    const QDate earliest = m_day.addDays(1);
    QDate until = chosen->data().toDate();
    if (chosen->objectName() == u"snoozePickDate"_s) {
        std::optional<QDate> picked;
        if (m_askDate) {
            picked = m_askDate(earliest);
        } else {
            QDialog dialog(this);
            dialog.setWindowTitle(tr("Snooze Until"));
            auto *layout = new QVBoxLayout(&dialog);
            auto *label = new QLabel(tr("Suggest %1 again from:").arg(item->contactName), &dialog);
            auto *calendar = new QCalendarWidget(&dialog);
            calendar->setAccessibleName(tr("The day to suggest them again"));
            calendar->setMinimumDate(earliest);
            calendar->setSelectedDate(m_day.addDays(14));
            label->setBuddy(calendar);
            auto *buttons =
                new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
            connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            layout->addWidget(label);
            layout->addWidget(calendar);
            layout->addWidget(buttons);
            if (dialog.exec() == QDialog::Accepted)
                picked = calendar->selectedDate();
        }
        if (!picked)
            return;
        until = *picked;
    }
    snoozeCurrentUntil(until);
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

void TodayPage::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *clicked = m_list->itemAt(pos);
    if (!clicked)
        return;
    m_list->setCurrentItem(clicked);
    QMenu menu(this);
    menu.addAction(m_doneAction);
    menu.addAction(m_doneQuietAction);
    menu.addAction(m_snoozeAction);
    menu.addAction(m_skipAction);
    menu.addAction(m_reopenAction);
    menu.addSeparator();
    menu.addAction(m_openContactAction);
    const qint64 contactId = currentItem() ? currentItem()->contactId : 0;
    menu.addAction(tr("&Keep in Touch…"), this,
                   [this, contactId] { emit keepInTouchRequested(contactId); });
    menu.addSeparator();
    menu.addAction(m_neverAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void TodayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyWarningColour();
    QWidget::changeEvent(event);
}

void TodayPage::applyWarningColour()
{
    QPalette palette = m_warningText->palette();
    palette.setColor(QPalette::WindowText, OutreachStyle::warningColor(this->palette()));
    m_warningText->setPalette(palette);
}

QString TodayPage::actionLabel(QueueItem::Action action)
{
    switch (action) {
    case QueueItem::Action::ReplyWaiting:
        return tr("Answer their reply");
    case QueueItem::Action::FollowerMessage:
        return tr("Send the follower message");
    case QueueItem::Action::Invite:
        return tr("Invite to connect");
    case QueueItem::Action::InMail:
        return tr("Send an InMail");
    case QueueItem::Action::Welcome:
        return tr("Welcome");
    case QueueItem::Action::Thank:
        return tr("Thank");
    case QueueItem::Action::Reconnect:
        return tr("Offer a 15-minute call");
    case QueueItem::Action::FollowUpInvitation:
        return tr("Follow up or withdraw the invitation");
    }
    return {};
}

QIcon TodayPage::actionIcon(QueueItem::Action action)
{
    // The system theme's icon first; the style's standard one otherwise.
    // The words beside it carry the meaning.
    QStyle *style = QApplication::style();
    switch (action) {
    case QueueItem::Action::ReplyWaiting:
        return QIcon::fromTheme(u"mail-reply-sender"_s, style->standardIcon(QStyle::SP_ArrowBack));
    case QueueItem::Action::FollowerMessage:
        return QIcon::fromTheme(u"mail-message-new"_s,
                                style->standardIcon(QStyle::SP_FileDialogContentsView));
    case QueueItem::Action::Invite:
        return QIcon::fromTheme(u"contact-new"_s,
                                style->standardIcon(QStyle::SP_FileDialogNewFolder));
    case QueueItem::Action::InMail:
        return QIcon::fromTheme(u"mail-send"_s, style->standardIcon(QStyle::SP_DialogOkButton));
    case QueueItem::Action::Welcome:
        return QIcon::fromTheme(u"face-smile"_s, style->standardIcon(QStyle::SP_DialogYesButton));
    case QueueItem::Action::Thank:
        return QIcon::fromTheme(u"emblem-favorite"_s,
                                style->standardIcon(QStyle::SP_DialogApplyButton));
    case QueueItem::Action::Reconnect:
        return QIcon::fromTheme(u"call-start"_s, style->standardIcon(QStyle::SP_BrowserReload));
    case QueueItem::Action::FollowUpInvitation:
        return QIcon::fromTheme(u"appointment-soon"_s,
                                style->standardIcon(QStyle::SP_MessageBoxQuestion));
    }
    return {};
}

QString TodayPage::statusLabel(const QueueItem &item)
{
    switch (item.status) {
    case QueueItem::Status::Open:
        return {};
    case QueueItem::Status::Done:
        return tr("Done");
    case QueueItem::Status::Skipped:
        return tr("Skipped");
    case QueueItem::Status::Snoozed:
        return item.snoozedUntil.isValid()
                   ? tr("Snoozed until %1").arg(shortDate(item.snoozedUntil))
                   : tr("Snoozed");
    case QueueItem::Status::Never:
        return tr("Not suggested again");
    }
    return {};
}

} // namespace rapport
