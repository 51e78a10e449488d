#include "outreach/OutreachPage.h"

#include "common/DialogRunner.h"
#include "common/EmptyStateView.h"
#include "common/OutreachStyle.h"
#include "common/Prompts.h"
#include "contacts/ContactSidePanel.h"
#include "outreach/DeleteOutreachCommand.h"
#include "outreach/OutcomeDateDialog.h"
#include "outreach/OutreachFilterRow.h"
#include "outreach/OutreachNumbersPanel.h"
#include "outreach/OutreachOutcomeMenu.h"
#include "outreach/OutreachRowActions.h"
#include "outreach/OutreachTableModel.h"
#include "outreach/SetOutreachOutcomeCommand.h"
#include "session/Session.h"
#include "session/UndoStepFollower.h"
#include "store/ContactStore.h"
#include "store/OutreachStore.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
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
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

OutreachPage::OutreachPage(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_steps(new UndoStepFollower(
          this, Changes(Change::Outreach) | Change::Contacts | Change::Settings,
          undo ? undo : new QUndoStack(this), [this] { reload(); },
          [this](qint64 outreachId) { outreachChanged(outreachId); },
          [this] { return currentOutreachId(); }))
{
    setObjectName(u"outreachPage"_s);

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
    m_stack->addWidget(createTable());
    m_emptyState = new EmptyStateView(u":/icons/outreach.svg"_s, u"outreach"_s, m_stack);
    m_stack->addWidget(m_emptyState);
    m_noMatch = createNoMatchState();
    m_stack->addWidget(m_noMatch);
    m_contactPanel = new ContactSidePanel(this);
    connect(m_contactPanel, &ContactSidePanel::openRequested, this,
            &OutreachPage::contactActivated);
    // The list on the left, the selected message's person on the right.
    layout->addWidget(
        ContactSidePanel::besides(m_stack, m_contactPanel, u"outreachSplitter"_s, this), 1);

    setTabOrder(m_filterRow->searchEdit(), m_table);
    updateState();
}

QMenu *OutreachPage::outcomeMenu() const
{
    return m_actions->outcomeMenu();
}

QAction *OutreachPage::setOutcomeAction() const
{
    return m_actions->setOutcomeAction();
}

QAction *OutreachPage::deleteAction() const
{
    return m_actions->deleteAction();
}

void OutreachPage::redateCurrentOutcome()
{
    const qint64 id = currentOutreachId();
    const auto row = m_outreach ? m_outreach->get(id) : std::nullopt;
    if (!row || row->outcome.isEmpty())
        return;
    const QDate earliest = row->happenedAt.toLocalTime().date();
    const QDate current = row->outcomeAt.toLocalTime().date();
    OutcomeDateDialog dialog(current, earliest, this);
    // Saved while open: a refused date stays in the dialog with the reason.
    dialog.setSaver(
        [this, id, &dialog](QString *error) { return setOutcomeDate(id, dialog.date(), error); });
    DialogRunner::run(dialog);
}

QTableView *OutreachPage::createTable()
{
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
    m_actions = new OutreachRowActions(this, m_table);
    connect(m_actions->outcomeMenu(), &OutreachOutcomeMenu::dateRequested, this,
            &OutreachPage::redateCurrentOutcome);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutreachPage::updateActions);
    return m_table;
}

OutreachFilterRow *OutreachPage::createFilterRow()
{
    auto *row = new OutreachFilterRow(this);
    connect(row, &OutreachFilterRow::filtersChanged, this, &OutreachPage::applyFilters);
    // Typing replaces a person picked elsewhere with a name search.
    connect(row, &OutreachFilterRow::searchEdited, this, [this] { m_pinnedContact = 0; });
    return row;
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
    // Narrow enough that the table fits beside the contact panel at 1280 px;
    // short of room, the template's name gives some up first.
    const int minimumSubject = fontMetrics().averageCharWidth() * 20;
    const int missing = m_table->viewport()->width() - used - minimumSubject;
    if (missing < 0) {
        const int templateWidth = header->sectionSize(OutreachTableModel::TemplateColumn);
        const int narrower = qMax(fontMetrics().averageCharWidth() * 12, templateWidth + missing);
        header->resizeSection(OutreachTableModel::TemplateColumn, qMin(templateWidth, narrower));
        used -= templateWidth - header->sectionSize(OutreachTableModel::TemplateColumn);
    }
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
    m_filterRow->setSearchTextSilently(QString());
    m_contactPanel->setStores(m_contacts, nullptr, nullptr);
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
    m_steps->setSession(m_session);
    if (m_session)
        setStores(m_session->database(), m_session->contacts(), m_session->outreach());
    else
        setStores(nullptr, nullptr, nullptr);
    // With the session's timeline and scores.
    m_contactPanel->setSession(m_session);
    updateActions();
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
    m_filterRow->setSearchTextSilently(m_pinnedContact > 0 ? m_model->contactName(m_pinnedContact)
                                                           : QString());
    applyFilters();
}

void OutreachPage::setChannelFilter(const QString &channel)
{
    m_filterRow->setChannel(channel);
}

void OutreachPage::setOutcomeFilter(const QString &outcome)
{
    m_filterRow->setOutcome(outcome);
}

void OutreachPage::setDateRange(DateRange range)
{
    m_filterRow->setDateRange(range);
}

void OutreachPage::setContactSearch(const QString &text)
{
    m_filterRow->setSearchTextSilently(text);
    m_pinnedContact = 0;
    applyFilters();
}

void OutreachPage::clearFilters()
{
    m_filterRow->setSilently(QString(), QString(), DateRange::AllTime);
    setContactFilter(0);
}

void OutreachPage::showPendingInvitations()
{
    m_filterRow->setSilently(u"invitation"_s, u"none"_s, DateRange::AllTime);
    setContactFilter(0);
}

OutreachFilter OutreachPage::currentFilter() const
{
    OutreachFilter filter = m_filterRow->filter();
    filter.contactId = m_pinnedContact;
    return filter;
}

void OutreachPage::applyFilters()
{
    const qint64 current = currentOutreachId();
    m_model->setFilter(currentFilter(),
                       m_pinnedContact > 0 ? QString() : m_filterRow->searchText());
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
    return m_steps->push(
        std::make_unique<SetOutreachOutcomeCommand>(*m_outreach, *before, outcome, now,
                                                    m_model->contactName(before->contactId)),
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
    return m_steps->push(
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
    return m_steps->push(
        std::make_unique<DeleteOutreachCommand>(*m_db, *m_outreach, *outreach,
                                                m_model->contactName(outreach->contactId)),
        error);
}

QString OutreachPage::deleteQuestion(const Outreach &outreach, const QString &contactName)
{
    return OutreachTableModel::deleteQuestion(outreach, contactName);
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
        m_emptyState->setActions({});
        m_emptyState->setState(tr("No database is open"),
                               tr("Choose File \u25b8 New Database to start one, or File "
                                  "\u25b8 Open Database to use an existing one."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!any) {
        m_emptyState->setState(
            tr("No outreach logged yet"),
            tr("Messages, InMails and invitations you log appear here with how they went. "
               "Import your LinkedIn export to bring in what you already sent, or open a "
               "contact and compose your first message (Ctrl+M)."));
        m_emptyState->setActions({u"importLinkedInAction"_s});
        m_stack->setCurrentWidget(m_emptyState);
    } else if (!rows) {
        // Name the filters that hide everything.
        QStringList active;
        for (QComboBox *combo : m_filterRow->findChildren<QComboBox *>()) {
            if (combo->currentIndex() > 0)
                active << tr("%1: %2").arg(combo->accessibleName(), combo->currentText());
        }
        if (!m_filterRow->searchText().isEmpty())
            active << tr("Contact: \u201c%1\u201d").arg(m_filterRow->searchText());
        m_noMatchText->setText(
            active.isEmpty() ? tr("No outreach matches these filters. Clear them to see all of it.")
                             : tr("No outreach matches %1. Clear the filters to see all of it.")
                                   .arg(active.join(tr(", "))));
        m_stack->setCurrentWidget(m_noMatch);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    m_contactPanel->setVisible(m_stack->currentWidget() == m_table);
    m_emptyState->setAccessibleName(m_emptyState->heading()->text() + u" — "_s +
                                    m_emptyState->text()->text());
    m_noMatch->setAccessibleName(m_noMatchText->text());
    m_panel->setVisible(open);
    m_filterRow->setVisible(open && any);
    updateActions();
}

void OutreachPage::updateActions()
{
    const bool hasCurrent = m_outreach && currentOutreachId() > 0;
    const QModelIndex current = m_table->currentIndex();
    m_contactPanel->showContact(
        hasCurrent ? current.data(OutreachTableModel::ContactIdRole).toLongLong() : 0);
    m_actions->update(m_outreach != nullptr, m_pinnedContact != 0);
}

} // namespace rapport
