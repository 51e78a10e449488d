#include "outreach/OutreachPage.h"

#include "common/EmptyStateView.h"
#include "common/OutreachStyle.h"
#include "common/Prompts.h"
#include "outreach/DeleteOutreachCommand.h"
#include "outreach/OutreachNumbersPanel.h"
#include "outreach/OutreachTableModel.h"
#include "outreach/SetOutreachOutcomeCommand.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Typing pauses this long before the table follows the contact box.
constexpr int searchDelayMs = 200;

// A box layout does not give an aligned, word-wrapped label the height its
// wrapped text needs, so empty-state labels get a fixed size.
void setFixedText(QLabel *label, const QString &text)
{
    label->setText(text);
    const int width = label->width();
    label->setFixedSize(width, label->heightForWidth(width));
}

QComboBox *addFilter(QWidget *row, QHBoxLayout *layout, const QString &label,
                     const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(row);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    auto *caption = new QLabel(label, row);
    caption->setBuddy(combo);
    layout->addWidget(caption);
    layout->addWidget(combo);
    layout->addSpacing(6);
    return combo;
}

} // namespace

OutreachPage::OutreachPage(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo ? undo : new QUndoStack(this))
    , m_watcher(new ChangeWatcher(this,
                                  Changes(Change::Outreach) | Change::Contacts | Change::Settings,
                                  [this](Changes, const QList<qint64> &) {
                                      if (m_stepPending) {
                                          m_stepPending = false;
                                          outreachChanged(m_selectAfterChange);
                                      } else {
                                          reload();
                                      }
                                  }))
{
    setObjectName(u"outreachPage"_s);

    m_outcomeMenu = new QMenu(tr("Set &Outcome"), this);
    m_outcomeMenu->setObjectName(u"outreachOutcomeMenu"_s);
    connect(m_outcomeMenu, &QMenu::aboutToShow, this, &OutreachPage::fillOutcomeMenu);
    const QStringList outcomes = Outreach::outcomes() << QString();
    for (const QString &outcome : outcomes) {
        auto *action = new QAction(OutreachStyle::outcomeLabel(outcome), this);
        action->setObjectName(u"outcome_"_s + (outcome.isEmpty() ? u"none"_s : outcome));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, outcome] {
            const qint64 id = currentOutreachId();
            QString error;
            if (id > 0 && !setOutcome(id, outcome, &error) && !error.isEmpty())
                Prompts::warning(this, tr("Could Not Set the Outcome"), error);
        });
        m_outcomeActions.insert(outcome, action);
    }
    m_outcomeDateAction = new QAction(tr("Outcome &Date…"), this);
    m_outcomeDateAction->setObjectName(u"outreachOutcomeDateAction"_s);
    m_outcomeDateAction->setStatusTip(
        tr("When the answer came, if not today: a credit comes back by the answer's date"));
    connect(m_outcomeDateAction, &QAction::triggered, this, [this] {
        const qint64 id = currentOutreachId();
        const auto row = m_outreach ? m_outreach->get(id) : std::nullopt;
        if (!row || row->outcome.isEmpty())
            return;
        const QDate earliest = row->happenedAt.toLocalTime().date();
        const QDate current = row->outcomeAt.toLocalTime().date();
        std::optional<QDate> chosen;
        if (m_askDate) {
            chosen = m_askDate(current, earliest);
        } else {
            QDialog dialog(this);
            dialog.setWindowTitle(tr("Outcome Date"));
            auto *layout = new QFormLayout(&dialog);
            auto *edit = new QDateEdit(current.isValid() ? current : QDate::currentDate(), &dialog);
            edit->setCalendarPopup(true);
            edit->setDateRange(earliest, QDate::currentDate());
            edit->setAccessibleName(tr("The day the outcome came"));
            layout->addRow(tr("The outcome came on:"), edit);
            auto *buttons =
                new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
            connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            layout->addRow(buttons);
            if (dialog.exec() == QDialog::Accepted)
                chosen = edit->date();
        }
        QString error;
        if (chosen && !setOutcomeDate(id, *chosen, &error) && !error.isEmpty())
            Prompts::warning(this, tr("Could Not Change the Date"), error);
    });
    m_setOutcomeAction = new QAction(tr("Set &Outcome…"), this);
    m_setOutcomeAction->setObjectName(u"setOutreachOutcomeAction"_s);
    m_setOutcomeAction->setShortcuts(
        {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_setOutcomeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_setOutcomeAction, &QAction::triggered, this, &OutreachPage::popUpOutcomeMenu);
    m_deleteAction = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this);
    m_deleteAction->setObjectName(u"deleteOutreachAction"_s);
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &OutreachPage::deleteCurrent);
    m_onlyContactAction = new QAction(tr("Show Only This &Person"), this);
    m_onlyContactAction->setObjectName(u"outreachOnlyContactAction"_s);
    connect(m_onlyContactAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            setContactFilter(current.data(OutreachTableModel::ContactIdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_panel = new OutreachNumbersPanel(this);
    connect(m_panel, &OutreachNumbersPanel::contactActivated, this,
            &OutreachPage::setContactFilter);
    connect(m_panel, &OutreachNumbersPanel::pendingInvitationsRequested, this,
            &OutreachPage::showPendingInvitations);
    layout->addWidget(m_panel);

    m_filterRow = createFilterRow();
    layout->addWidget(m_filterRow);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_model = new OutreachTableModel(this);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"outreachTable"_s);
    m_table->setAccessibleName(tr("Outreach, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns)
            m_autoFitColumns = false;
    });
    // Queued: measuring lays the view out, and a view laid out fetches more
    // rows, which must not happen while the model is still announcing its
    // reset.
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutreachPage::fitColumns,
            Qt::QueuedConnection);
    m_table->viewport()->installEventFilter(this);
    m_table->addAction(m_setOutcomeAction);
    m_table->addAction(m_deleteAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &OutreachPage::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            popUpOutcomeMenu();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutreachPage::updateActions);
    m_stack->addWidget(m_table);

    m_emptyState = createEmptyState();
    m_stack->addWidget(m_emptyState);
    m_noMatch = createNoMatchState();
    m_stack->addWidget(m_noMatch);

    setTabOrder(m_channel, m_outcome);
    setTabOrder(m_outcome, m_range);
    setTabOrder(m_range, m_search);
    setTabOrder(m_search, m_table);
    updateState();
}

QWidget *OutreachPage::createFilterRow()
{
    auto *row = new QWidget(this);
    row->setObjectName(u"outreachFilterRow"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_channel = addFilter(row, layout, tr("Cha&nnel:"), u"outreachChannelFilter"_s, tr("Channel"));
    m_channel->addItem(tr("All"), QString());
    for (const QString &channel : Outreach::channels())
        m_channel->addItem(OutreachStyle::channelLabel(channel), channel);

    m_outcome = addFilter(row, layout, tr("O&utcome:"), u"outreachOutcomeFilter"_s, tr("Outcome"));
    m_outcome->addItem(tr("All"), QString());
    m_outcome->addItem(OutreachStyle::outcomeLabel(QString()), u"none"_s);
    for (const QString &outcome : Outreach::outcomes())
        m_outcome->addItem(OutreachStyle::outcomeLabel(outcome), outcome);

    m_range = addFilter(row, layout, tr("&When:"), u"outreachDateFilter"_s, tr("Date range"));
    m_range->addItem(tr("All time"), int(DateRange::AllTime));
    m_range->addItem(tr("Last 7 days"), int(DateRange::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(DateRange::Last30Days));
    m_range->addItem(tr("Last 90 days"), int(DateRange::Last90Days));
    m_range->addItem(tr("This year"), int(DateRange::ThisYear));

    m_search = new QLineEdit(row);
    m_search->setObjectName(u"outreachContactSearch"_s);
    m_search->setAccessibleName(tr("Contact name"));
    m_search->setPlaceholderText(tr("Name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    auto *searchLabel = new QLabel(tr("Contac&t:"), row);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search, 1);

    for (QComboBox *combo : {m_channel, m_outcome, m_range})
        connect(combo, &QComboBox::currentIndexChanged, this, &OutreachPage::applyFilters);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &OutreachPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        // Typing replaces a person picked elsewhere with a name search.
        m_pinnedContact = 0;
        m_searchTimer->start();
    });
    return row;
}

QWidget *OutreachPage::createEmptyState()
{
    auto *page = new EmptyStateView(u":/icons/outreach.svg"_s, u"outreach"_s, m_stack);
    m_emptyHeading = page->heading();
    m_emptyText = page->text();
    return page;
}

QWidget *OutreachPage::createNoMatchState()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(u"outreachNoMatch"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_noMatchText = new QLabel(page);
    m_noMatchText->setObjectName(u"outreachNoMatchText"_s);
    m_noMatchText->setAlignment(Qt::AlignCenter);
    m_noMatchText->setWordWrap(true);
    layout->addWidget(m_noMatchText);
    layout->addSpacing(12);
    auto *clear = new QPushButton(tr("Clear Filters"), page);
    clear->setObjectName(u"outreachClearFiltersButton"_s);
    clear->setAccessibleName(tr("Clear filters"));
    connect(clear, &QPushButton::clicked, this, &OutreachPage::clearFilters);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void OutreachPage::fitColumns()
{
    // Dates, names and words get the width their values and headings need;
    // the subject takes the rest, but never so little that it cannot be read.
    if (!m_autoFitColumns)
        return;
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    QHeaderView *header = m_table->horizontalHeader();
    // QTableView hides the public QAbstractItemView::sizeHintForColumn().
    const QAbstractItemView *view = m_table;
    const int maxContact = fontMetrics().averageCharWidth() * 28;
    int used = 0;
    for (int column = 0; column < OutreachTableModel::ColumnCount; ++column) {
        if (column == OutreachTableModel::SubjectColumn)
            continue;
        int width = qMax(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        if (column == OutreachTableModel::ContactColumn ||
            column == OutreachTableModel::TemplateColumn)
            width = qMin(width, maxContact);
        header->resizeSection(column, width);
        used += width;
    }
    const int minimumSubject = fontMetrics().averageCharWidth() * 32;
    header->resizeSection(OutreachTableModel::SubjectColumn,
                          qMax(minimumSubject, m_table->viewport()->width() - used));
}

bool OutreachPage::eventFilter(QObject *watched, QEvent *event)
{
    // Until the user sizes a column, the columns follow the table's width.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void OutreachPage::setStores(Database *db, ContactStore *contacts, OutreachStore *outreach)
{
    const bool open = db && contacts && outreach;
    m_db = open ? db : nullptr;
    m_contacts = open ? contacts : nullptr;
    m_outreach = open ? outreach : nullptr;
    m_pinnedContact = 0;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchTimer->stop();
    m_panel->setStores(m_db, m_contacts);
    // The stores first: the old ones may be gone already.
    m_model->setStores(m_contacts, m_outreach);
    m_model->setFilter(currentFilter(), QString());
    m_panel->refresh(QDate::currentDate());
    if (m_model->rowCount() > 0)
        restoreSelection(0, 0);
    updateState();
}

void OutreachPage::setSession(Session *session)
{
    m_session = session && session->isOpen() ? session : nullptr;
    m_stepPending = false;
    m_watcher->setSession(m_session);
    if (m_session)
        setStores(m_session->database(), m_session->contacts(), m_session->outreach());
    else
        setStores(nullptr, nullptr, nullptr);
}

void OutreachPage::reload()
{
    const qint64 current = currentOutreachId();
    const int row = m_table->currentIndex().row();
    m_model->reload();
    restoreSelection(current, qMax(row, 0));
    m_panel->refresh(QDate::currentDate());
    updateState();
}

void OutreachPage::setContactFilter(qint64 contactId)
{
    m_pinnedContact = contactId > 0 ? contactId : 0;
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(m_pinnedContact > 0 ? m_model->contactName(m_pinnedContact) : QString());
    }
    m_searchTimer->stop();
    applyFilters();
}

void OutreachPage::setChannelFilter(const QString &channel)
{
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(channel)));
}

void OutreachPage::setOutcomeFilter(const QString &outcome)
{
    m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));
}

void OutreachPage::setDateRange(DateRange range)
{
    m_range->setCurrentIndex(qMax(0, m_range->findData(int(range))));
}

void OutreachPage::setContactSearch(const QString &text)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_pinnedContact = 0;
    m_searchTimer->stop();
    applyFilters();
}

void OutreachPage::clearFilters()
{
    for (QComboBox *combo : {m_channel, m_outcome, m_range}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    setContactFilter(0);
}

void OutreachPage::showPendingInvitations()
{
    {
        const QSignalBlocker channelBlocker(m_channel);
        const QSignalBlocker outcomeBlocker(m_outcome);
        const QSignalBlocker rangeBlocker(m_range);
        setChannelFilter(u"invitation"_s);
        setOutcomeFilter(u"none"_s);
        setDateRange(DateRange::AllTime);
    }
    setContactFilter(0);
}

OutreachFilter OutreachPage::currentFilter() const
{
    OutreachFilter filter;
    filter.channel = m_channel->currentData().toString();
    filter.outcome = m_outcome->currentData().toString();
    filter.contactId = m_pinnedContact;
    const QDate today = QDate::currentDate();
    switch (DateRange(m_range->currentData().toInt())) {
    case DateRange::AllTime:
        break;
    case DateRange::Last7Days:
        filter.since = today.addDays(-6);
        break;
    case DateRange::Last30Days:
        filter.since = today.addDays(-29);
        break;
    case DateRange::Last90Days:
        filter.since = today.addDays(-89);
        break;
    case DateRange::ThisYear:
        filter.since = QDate(today.year(), 1, 1);
        break;
    }
    return filter;
}

void OutreachPage::applyFilters()
{
    const qint64 current = currentOutreachId();
    m_model->setFilter(currentFilter(), m_pinnedContact > 0 ? QString() : m_search->text());
    restoreSelection(current, 0);
    updateState();
}

qint64 OutreachPage::currentOutreachId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(OutreachTableModel::OutreachIdRole).toLongLong() : 0;
}

void OutreachPage::selectOutreach(qint64 outreachId)
{
    const int row = m_model->rowOf(outreachId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, OutreachTableModel::WhenColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void OutreachPage::restoreSelection(qint64 outreachId, int nearRow)
{
    if (outreachId > 0 && m_model->rowOf(outreachId) >= 0) {
        selectOutreach(outreachId);
        return;
    }
    const int rows = m_model->rowCount();
    if (rows == 0 || nearRow < 0) {
        updateActions();
        return;
    }
    const QModelIndex index =
        m_model->index(qMin(nearRow, rows - 1), OutreachTableModel::WhenColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

bool OutreachPage::setOutcome(qint64 outreachId, const QString &outcome, QString *error)
{
    if (!m_outreach)
        return false;
    const auto before = m_outreach->get(outreachId);
    if (!before) {
        if (error)
            *error = tr("This outreach is no longer in the database; it may have been deleted. "
                        "The outcome was not saved.");
        return false;
    }
    if (before->outcome == outcome)
        return true;
    // Stored to the second; undo must find exactly what redo wrote.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return push(std::make_unique<SetOutreachOutcomeCommand>(
                    *m_outreach, *before, outcome, now, m_model->contactName(before->contactId)),
                error);
}

bool OutreachPage::setOutcomeDate(qint64 outreachId, const QDate &date, QString *error)
{
    if (!m_outreach)
        return false;
    const auto before = m_outreach->get(outreachId);
    if (!before || before->outcome.isEmpty()) {
        if (error)
            *error = tr("This outreach has no outcome to date.");
        return false;
    }
    const QDate sent = before->happenedAt.toLocalTime().date();
    if (!date.isValid() || date < sent || date > QDate::currentDate()) {
        if (error)
            *error = tr("The outcome must be dated between the day it was sent (%1) and today.")
                         .arg(QLocale().toString(sent, QLocale::ShortFormat));
        return false;
    }
    // Noon that day, or when it was sent if that was later the same day.
    QDateTime at = QDateTime(date, QTime(12, 0)).toUTC();
    if (at < before->happenedAt)
        at = before->happenedAt;
    at = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    if (at == before->outcomeAt)
        return true;
    return push(
        std::make_unique<SetOutreachOutcomeCommand>(*m_outreach, *before, before->outcome, at,
                                                    m_model->contactName(before->contactId)),
        error);
}

bool OutreachPage::deleteOutreach(qint64 outreachId, QString *error)
{
    if (!m_outreach || !m_db)
        return false;
    const auto outreach = m_outreach->get(outreachId);
    if (!outreach) {
        if (error)
            *error = tr("There is no outreach with id %1; it may have been deleted already.")
                         .arg(outreachId);
        return false;
    }
    return push(std::make_unique<DeleteOutreachCommand>(*m_db, *m_outreach, *outreach,
                                                        m_model->contactName(outreach->contactId)),
                error);
}

QString OutreachPage::deleteQuestion(const Outreach &outreach, const QString &contactName)
{
    const QString when =
        QLocale().toString(outreach.happenedAt.toLocalTime().date(), QLocale::LongFormat);
    const QString noun = OutreachStyle::channelNoun(outreach.channel);
    QString question;
    if (outreach.channel == u"call"_s)
        question = tr("Delete the call with %1 on %2?").arg(contactName, when);
    else if (outreach.direction == u"in"_s)
        question = tr("Delete the %1 %2 sent you on %3?").arg(noun, contactName, when);
    else
        question = tr("Delete the %1 you sent %2 on %3?").arg(noun, contactName, when);
    QStringList parts{question};
    const QString headline = OutreachTableModel::headline(outreach);
    if (!headline.isEmpty()) {
        constexpr int maxHeadline = 80;
        parts << tr("“%1”").arg(headline.size() > maxHeadline
                                    ? headline.left(maxHeadline - 1).trimmed() + QChar(0x2026)
                                    : headline);
    }
    parts << tr("Edit › Undo (%1) brings it back.")
                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    return parts.join(u"\n\n"_s);
}

void OutreachPage::deleteCurrent()
{
    if (!m_outreach)
        return;
    const auto outreach = m_outreach->get(currentOutreachId());
    if (!outreach)
        return;
    if (!Prompts::confirm(this, tr("Delete Outreach"),
                          deleteQuestion(*outreach, m_model->contactName(outreach->contactId))))
        return;
    QString error;
    if (!deleteOutreach(outreach->id, &error))
        Prompts::warning(this, tr("Could Not Delete"), error);
}

bool OutreachPage::push(std::unique_ptr<StoreCommand> command, QString *error)
{
    const QPointer<OutreachPage> self(this);
    if (m_session) {
        // The session applies it and tells every view; this page then
        // reloads once and selects the row.
        command->setChangedHandler([self](qint64 outreachId) {
            if (self) {
                self->m_selectAfterChange = outreachId;
                self->m_stepPending = true;
            }
        });
        command->setErrorHandler([self](const QString &message) {
            if (self)
                Prompts::warning(self, tr("Could Not Undo or Redo"), message);
        });
        return m_session->push(command.release(), error);
    }
    command->setChangedHandler([self](qint64 outreachId) {
        if (self)
            self->outreachChanged(outreachId);
    });
    command->setErrorHandler([self](const QString &message) {
        if (!self)
            return;
        Prompts::warning(self, tr("Could Not Undo or Redo"), message);
        self->outreachChanged(self->currentOutreachId());
    });
    if (!command->apply(error))
        return false;
    // Without a stack (it went before the page) the change stays, but can
    // no longer be undone.
    if (m_undo)
        m_undo->push(command.release());
    return true;
}

void OutreachPage::outreachChanged(qint64 outreachId)
{
    const int row = m_table->currentIndex().row();
    m_model->reload();
    restoreSelection(outreachId, row);
    m_panel->refresh(QDate::currentDate());
    updateState();
    emit changed();
}

void OutreachPage::updateState()
{
    const bool open = m_outreach != nullptr;
    const bool rows = m_model->rowCount() > 0;
    const bool any = rows || (open && m_outreach->totalCount() > 0);
    if (!open) {
        setFixedText(m_emptyHeading, tr("No database is open"));
        setFixedText(m_emptyText, tr("Choose File › New Database to start one, or File › Open "
                                     "Database to use an existing one."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!any) {
        setFixedText(m_emptyHeading, tr("No outreach logged yet"));
        setFixedText(m_emptyText,
                     tr("Messages, InMails and invitations you log appear here with how they "
                        "went. Open a contact and choose Contact › Compose Message (Ctrl+M), or "
                        "import your LinkedIn export with File › Import LinkedIn Export."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!rows) {
        m_noMatchText->setText(tr("No outreach matches these filters. Choose All in a filter, "
                                  "or clear them all."));
        m_stack->setCurrentWidget(m_noMatch);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    m_emptyState->setAccessibleName(m_emptyHeading->text() + u" — "_s + m_emptyText->text());
    m_noMatch->setAccessibleName(m_noMatchText->text());
    m_panel->setVisible(open);
    m_filterRow->setVisible(open && any);
    updateActions();
}

void OutreachPage::updateActions()
{
    const bool hasCurrent = m_outreach && currentOutreachId() > 0;
    m_setOutcomeAction->setEnabled(hasCurrent);
    m_deleteAction->setEnabled(hasCurrent);
    m_onlyContactAction->setEnabled(hasCurrent && m_pinnedContact == 0);
    m_outcomeMenu->setEnabled(hasCurrent);
    fillOutcomeMenu();
}

void OutreachPage::fillOutcomeMenu()
{
    // The actions belong to the page, so clear() only takes them out of the
    // menu, even while one of them is being triggered.
    m_outcomeMenu->clear();
    const QModelIndex current = m_table->currentIndex();
    if (!m_outreach || !current.isValid())
        return;
    const QString now = current.data(OutreachTableModel::OutcomeRole).toString();
    QStringList offered =
        OutreachStyle::outcomesFor(current.data(OutreachTableModel::ChannelRole).toString());
    if (!now.isEmpty() && !offered.contains(now))
        offered << now;
    for (const QString &outcome : std::as_const(offered)) {
        QAction *action = m_outcomeActions.value(outcome);
        action->setChecked(outcome == now);
        m_outcomeMenu->addAction(action);
    }
    m_outcomeMenu->addSeparator();
    QAction *none = m_outcomeActions.value(QString());
    none->setChecked(now.isEmpty());
    m_outcomeMenu->addAction(none);
    m_outcomeMenu->addSeparator();
    m_outcomeDateAction->setEnabled(!now.isEmpty());
    m_outcomeMenu->addAction(m_outcomeDateAction);
}

void OutreachPage::popUpOutcomeMenu()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    fillOutcomeMenu();
    const QRect cell =
        m_table->visualRect(m_model->index(current.row(), OutreachTableModel::OutcomeColumn));
    m_outcomeMenu->popup(m_table->viewport()->mapToGlobal(cell.bottomLeft()));
}

void OutreachPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    if (!m_table->currentIndex().isValid())
        return;
    QMenu menu(this);
    menu.addMenu(m_outcomeMenu);
    menu.addAction(m_onlyContactAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace rapport
