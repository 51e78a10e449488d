#include "contacts/ContactsPage.h"

#include "common/TierStyle.h"
#include "contacts/ContactColumnFitter.h"
#include "contacts/ContactDetailPanel.h"
#include "contacts/ContactStatePages.h"
#include "contacts/ContactTableModel.h"
#include "session/ChangeWatcher.h"
#include "session/Session.h"
#include "settings/Settings.h"
#include "store/ContactPosition.h"
#include "store/ContactStore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString splitterKey = u"contacts"_s;
// Version 3: columns fitted to the window until the user sizes one.
const QString headerKey = u"contactsTable3"_s;
// Set (non-empty) once the user sized a column: the widths are theirs then.
const QString userSizedKey = u"contactsTable3Sized"_s;

// Typing pauses shorter than this are still one word being typed.
constexpr int searchDelayMs = 150;

} // namespace

ContactsPage::ContactsPage(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(u"contactsPage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"contactsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    auto *listSide = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(6);

    listLayout->addWidget(createSearchBar(listSide));
    listLayout->addWidget(createReviewBar(listSide));
    connectSearch();

    m_stack = new QStackedWidget(listSide);
    listLayout->addWidget(m_stack, 1);
    createTable();
    m_statePages = new ContactStatePages(m_stack, this);
    connect(m_statePages, &ContactStatePages::clearFiltersRequested, this,
            &ContactsPage::clearFilters);
    // Below the list, so the search box keeps its width as the count changes.
    m_countLabel = new QLabel(listSide);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wraps rather than widening the list (and squeezing the panel).
    m_countLabel->setWordWrap(true);
    listLayout->addWidget(m_countLabel);

    m_panel = new ContactDetailPanel(m_splitter);
    connect(m_panel, &ContactDetailPanel::saveRequested, this, &ContactsPage::saveRequested);

    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    // The panel keeps its width whichever contact it shows; the list takes
    // what the window gives or takes.
    m_panel->setMinimumWidth(
        qMax(fontMetrics().averageCharWidth() * 46, m_panel->minimumSizeHint().width()));
    if (!m_splitter->restoreState(m_settings.splitterState(splitterKey)))
        m_splitter->setSizes(
            {fontMetrics().averageCharWidth() * 150, fontMetrics().averageCharWidth() * 50});

    setTabOrder(m_searchEdit, m_table);
    setTabOrder(m_table, m_panel);
    updateState();
}

QWidget *ContactsPage::createSearchBar(QWidget *listSide)
{
    m_searchBar = new QWidget(listSide);
    auto *searchLayout = new QHBoxLayout(m_searchBar);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    m_searchEdit = new QLineEdit(m_searchBar);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(
        tr("Search names, companies, positions, places, notes, tags (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchEdit->setAccessibleName(tr("Search contacts"));
    searchLayout->addWidget(m_searchEdit, 1);
    m_tierFilter = new QComboBox(m_searchBar);
    m_tierFilter->setObjectName(u"tierFilter"_s);
    m_tierFilter->setAccessibleName(tr("Show contacts of engagement tier"));
    m_tierFilter->setToolTip(
        tr("Show only people whose best engagement within the recency window is of this kind"));
    m_tierFilter->addItem(tr("All tiers"), 0);
    for (int rank = 1; rank <= 6; ++rank) {
        Tier tier;
        tier.rank = rank;
        m_tierFilter->addItem(TierStyle::icon(tier), TierStyle::pluralLabel(rank), rank);
    }
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model) {
            m_model->setTierFilter(m_tierFilter->currentData().toInt());
            updateState();
        }
    });
    searchLayout->addWidget(m_tierFilter);
    return m_searchBar;
}

QWidget *ContactsPage::createReviewBar(QWidget *listSide)
{
    // A network review list opened from Insights: said plainly, one click
    // back to everyone.
    m_reviewBar = new QWidget(listSide);
    m_reviewBar->setObjectName(u"reviewBar"_s);
    auto *reviewLayout = new QHBoxLayout(m_reviewBar);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    m_reviewLabel = new QLabel(m_reviewBar);
    m_reviewLabel->setObjectName(u"reviewLabel"_s);
    reviewLayout->addWidget(m_reviewLabel, 1);
    auto *showAll = new QPushButton(tr("Show &All Contacts"), m_reviewBar);
    showAll->setObjectName(u"reviewClearButton"_s);
    connect(showAll, &QPushButton::clicked, this, [this] { showReview({}, QString()); });
    reviewLayout->addWidget(showAll);
    m_reviewBar->hide();
    return m_reviewBar;
}

void ContactsPage::connectSearch()
{
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsPage::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        if (m_model && m_model->rowCount() > 0) {
            if (!m_table->currentIndex().isValid())
                selectRow(0);
            m_table->setFocus(Qt::ShortcutFocusReason);
        }
    });
}

void ContactsPage::createTable()
{
    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"contactsTable"_s);
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view place a million rows without asking
    // the model about each of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSortIndicator(ContactTableModel::NameColumn,
                                                  Qt::AscendingOrder);
    m_stack->addWidget(m_table);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns)
            m_autoFitColumns = false;
    });
    // Sized columns stay as sized; this brings back columns that follow the window.
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *fit = new QAction(tr("&Fit Columns to Window"), header);
    fit->setObjectName(u"fitColumnsAction"_s);
    connect(fit, &QAction::triggered, this, [this] {
        m_autoFitColumns = true;
        if (m_model)
            fitColumns();
    });
    header->addAction(fit);
}

void ContactsPage::clearFilters()
{
    if (m_model && m_model->query().review.isActive())
        showReview({}, QString());
    m_tierFilter->setCurrentIndex(0);
    m_searchEdit->clear();
    applySearch();
}

void ContactsPage::setSession(Session *session)
{
    if (!m_watcher) {
        m_watcher = new ChangeWatcher(this, Changes(Change::Contacts) | Change::Engagement,
                                      [this](Changes, const QList<qint64> &) { reload(); });
    }
    const bool open = session && session->isOpen();
    m_watcher->setSession(open ? session : nullptr);
    m_panel->setScoreStore(open ? session->scores() : nullptr);
    m_panel->setExportDatabase(open ? session->database() : nullptr);
    setTimelineStore(open ? session->timeline() : nullptr);
    setStore(open ? session->contacts() : nullptr);
}

void ContactsPage::selectAfterWrite(qint64 contactId)
{
    m_changePending = true;
    m_changedContact = contactId;
}

void ContactsPage::setTimelineStore(TimelineStore *timeline)
{
    m_panel->setTimelineStore(timeline);
}

void ContactsPage::setStore(ContactStore *store)
{
    // The columns as the window had them, or at start as they were saved.
    const QByteArray header =
        m_model ? m_table->horizontalHeader()->saveState() : m_settings.headerState(headerKey);
    const bool userSized =
        m_model ? !m_autoFitColumns : !m_settings.headerState(userSizedKey).isEmpty();
    // setModel() leaves the old selection model to its owner: us.
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_table->setModel(nullptr);
    delete oldSelection;
    delete m_model;
    m_model = nullptr;
    m_store = store;
    m_panel->setContact(std::nullopt);
    {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_tierFilter);
        m_tierFilter->setCurrentIndex(0);
        m_reviewBar->hide();
    }
    m_total = 0;
    if (m_store) {
        m_model = new ContactTableModel(*m_store, this);
        m_table->setModel(m_model);
        restoreHeader(header, userSized);
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                &ContactsPage::aboutToReset);
        connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::afterReset);
        connect(m_model, &ContactTableModel::countChanged, this, &ContactsPage::updateState);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current, const QModelIndex &previous) {
                    showRow(current.row(), previous.row());
                });
        m_total = m_store->totalCount();
        if (m_model->rowCount() > 0)
            selectRow(0);
    }
    updateState();
    emit totalCountChanged(m_total);
    emit currentContactChanged();
}

void ContactsPage::restoreHeader(const QByteArray &state, bool userSized)
{
    QHeaderView *header = m_table->horizontalHeader();
    const bool restored = !state.isEmpty() && header->restoreState(state);
    if (!restored)
        header->setSortIndicator(ContactTableModel::NameColumn, Qt::AscendingOrder);
    // Order and sorting come back; widths only when the user chose them.
    m_autoFitColumns = !restored || !userSized;
    if (m_autoFitColumns)
        fitColumns();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void ContactsPage::fitColumns()
{
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    ContactColumnFitter::fit(m_table);
}

bool ContactsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Until the user sizes a column, the columns follow the table's width.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && m_autoFitColumns &&
        m_model) {
        fitColumns();
    }
    // Home and End (with or without Ctrl) go to the first and last contact;
    // a row is selected whole, so the view never scrolls sideways to a
    // last column.
    if (watched == m_table && event->type() == QEvent::KeyPress && m_model &&
        m_model->rowCount() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Home || key == Qt::Key_End) {
            selectRow(key == Qt::Key_Home ? 0 : m_model->rowCount() - 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<Contact> ContactsPage::currentContact() const
{
    if (!m_store || m_panel->contactId() <= 0)
        return std::nullopt;
    return m_store->get(m_panel->contactId());
}

void ContactsPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void ContactsPage::setDetailsVisible(bool visible)
{
    m_detailsVisible = visible;
    updateState();
}

void ContactsPage::applySearch()
{
    m_searchTimer->stop();
    if (m_model)
        m_model->setSearchText(m_searchEdit->text().trimmed());
}

void ContactsPage::contactsChanged(qint64 contactId)
{
    if (!m_model)
        return;
    m_changePending = true;
    m_changedContact = contactId;
    m_total = m_store->totalCount();
    m_model->refresh();
    emit totalCountChanged(m_total);
}

void ContactsPage::reload()
{
    if (!m_model)
        return;
    m_total = m_store->totalCount();
    m_model->refresh();
    emit totalCountChanged(m_total);
}

void ContactsPage::aboutToReset()
{
    m_rowBeforeReset = m_table->currentIndex().row();
}

void ContactsPage::afterReset()
{
    const bool afterWrite = m_changePending;
    qint64 wanted = afterWrite ? m_changedContact : m_panel->contactId();
    // The panel shows what is stored now (saved, undone or redone) ...
    if (afterWrite && m_changedContact > 0 && m_changedContact == m_panel->contactId())
        m_panel->setContact(m_store->get(m_changedContact));
    // ... and edits saved on the way to another contact go on to it.
    if (afterWrite && m_selectAfterSave > 0)
        wanted = m_selectAfterSave;
    m_selectAfterSave = 0;
    m_changePending = false;
    m_changedContact = 0;
    const int nearRow = qMax(0, m_rowBeforeReset);
    const int row = m_model->findRow(wanted, nearRow);
    if (row >= 0) {
        selectRow(row);
    } else if (afterWrite && wanted > 0) {
        // Added or restored outside the rows near the old selection: show it
        // anyway, so the user sees what just happened.
        m_panel->setContact(m_store->get(wanted));
    } else if (afterWrite && m_rowBeforeReset >= 0 && m_model->rowCount() > 0) {
        selectRow(qMin(m_rowBeforeReset, m_model->rowCount() - 1));
    } else {
        // A new order or search starts at its beginning, as a fresh list would.
        m_table->scrollToTop();
        if (!m_panel->isModified())
            m_panel->setContact(std::nullopt);
    }
    // Tier and timeline of the contact shown may have changed with the write.
    if (afterWrite && !m_panel->isModified() && m_panel->contactId() > 0)
        m_panel->setContact(m_store->get(m_panel->contactId()));
    // Newest-first search results follow no column.
    m_table->horizontalHeader()->setSortIndicatorShown(!m_model->isNewestFirst());
    updateState();
    emit currentContactChanged();
}

void ContactsPage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, ContactTableModel::NameColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ContactsPage::showRow(int row, int previousRow)
{
    const std::optional<Contact> next =
        row >= 0 && m_model ? m_model->contactAt(row) : std::nullopt;
    if (m_panel->isModified()) {
        if (next && next->id == m_panel->contactId())
            return; // back on the contact being edited: keep what was typed
        // Leaving a contact keeps what was typed: it is saved (one undo
        // step). If it cannot be saved the selection stays, so the message
        // about what to fix can be read.
        m_selectAfterSave = next ? next->id : 0;
        const bool valid = m_panel->validate();
        if (valid)
            m_panel->save();
        if (!valid || m_selectAfterSave != 0) {
            m_selectAfterSave = 0;
            const qint64 editedId = m_panel->contactId();
            QTimer::singleShot(0, this, [this, editedId, previousRow] {
                if (m_model && m_panel->contactId() == editedId)
                    selectRow(m_model->findRow(editedId, qMax(0, previousRow)));
            });
        }
        return;
    }
    m_panel->setContact(next);
    emit currentContactChanged();
}

void ContactsPage::showReview(const ContactReviewFilter &filter, const QString &title)
{
    if (!m_model)
        return;
    m_reviewLabel->setText(filter.isActive() ? tr("Showing: %1").arg(title) : QString());
    m_reviewBar->setVisible(filter.isActive());
    if (filter.isActive()) {
        // The list as the review counted it: no search or tier left over.
        const QSignalBlocker searchBlocker(m_searchEdit);
        const QSignalBlocker tierBlocker(m_tierFilter);
        m_searchEdit->clear();
        m_searchTimer->stop();
        m_tierFilter->setCurrentIndex(0);
        ContactQuery query = m_model->query();
        query.search.clear();
        query.tierRank = 0;
        query.review = filter;
        m_model->setQuery(query);
    } else {
        m_model->setReviewFilter(filter);
    }
    updateState();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void ContactsPage::updateState()
{
    QWidget *statePage = m_statePages->pageFor(m_model, m_total);
    m_stack->setCurrentWidget(statePage ? statePage : m_table);
    const bool hasContacts = m_store && m_total > 0;
    m_searchBar->setVisible(hasContacts);
    m_panel->setVisible(hasContacts && m_detailsVisible);
    m_countLabel->setText(ContactStatePages::countText(m_model, m_total));
}

void ContactsPage::saveState()
{
    // A hidden panel saves as zero width; keep the sizes from when it showed.
    if (!m_panel->isHidden())
        m_settings.setSplitterState(splitterKey, m_splitter->saveState());
    if (m_model) {
        m_settings.setHeaderState(headerKey, m_table->horizontalHeader()->saveState());
        m_settings.setHeaderState(userSizedKey,
                                  m_autoFitColumns ? QByteArray() : QByteArrayLiteral("1"));
    }
}

bool ContactsPage::showContact(qint64 contactId, bool *filtersCleared)
{
    if (filtersCleared)
        *filtersCleared = false;
    if (!m_model || contactId <= 0)
        return false;
    applySearch(); // what was typed counts, even before the search timer fires
    int row = ContactPosition::rowOf(m_store->database(), m_model->query(), contactId);
    const ContactQuery query = m_model->query();
    if (row < 0 && (query.hasFilter() || !query.search.isEmpty())) {
        // A search or filter hides them: everyone again, in the column order.
        const QSignalBlocker searchBlocker(m_searchEdit);
        const QSignalBlocker tierBlocker(m_tierFilter);
        m_searchEdit->clear();
        m_tierFilter->setCurrentIndex(0);
        m_reviewBar->hide();
        m_model->setSearchText(QString());
        ContactQuery everyone = m_model->query();
        everyone.tag.clear();
        everyone.tierRank = 0;
        everyone.review = {};
        m_model->setQuery(everyone);
        row = ContactPosition::rowOf(m_store->database(), everyone, contactId);
        if (filtersCleared)
            *filtersCleared = true;
    }
    // Rows past a big search's first ones are counted first.
    if (row >= m_model->rowCount())
        m_model->completeCount();
    if (row < 0 || row >= m_model->rowCount())
        return false;
    updateState();
    selectRow(row);
    return true;
}

} // namespace rapport
