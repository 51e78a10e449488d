#include "content/ContentPage.h"

#include "common/DialogRunner.h"
#include "common/EmptyStateView.h"
#include "common/Prompts.h"
#include "content/AddContentCommand.h"
#include "content/AddContentMetricsCommand.h"
#include "content/ContentMetricsDialog.h"
#include "content/ContentPieceDialog.h"
#include "content/ContentPiecePanel.h"
#include "content/ContentTable.h"
#include "content/ContentTableModel.h"
#include "content/DeleteContentCommand.h"
#include "content/EditContentCommand.h"
#include "session/Session.h"
#include "session/UndoStepFollower.h"
#include "store/ContentStore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

namespace rapport {

ContentPage::ContentPage(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_steps(new UndoStepFollower(
          this, Changes(Change::Content) | Change::Engagement, undo ? undo : new QUndoStack(this),
          [this] { reload(); }, [this](qint64 pieceId) { piecesChanged(pieceId); },
          [this] { return currentPieceId(); }))
{
    setObjectName(u"contentPage"_s);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(createToolbar());
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"contentSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Posts versus articles"));
    layout->addWidget(m_summary);
    // The table above, the selected piece's engagers and readings below.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"contentSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_stack = new QStackedWidget(m_splitter);
    m_splitter->addWidget(m_stack);
    m_piecePanel = new ContentPiecePanel(m_splitter);
    connect(m_piecePanel, &ContentPiecePanel::contactActivated, this,
            &ContentPage::contactActivated);
    m_splitter->addWidget(m_piecePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_stack->addWidget(createTable());
    m_stack->addWidget(createEmptyState());
    // The kind filter hides every piece: said, with the way back.
    m_noMatch = new EmptyStateView(u":/icons/content.svg"_s, u"contentNoMatch"_s, m_stack);
    m_noMatchLabel = m_noMatch->text();
    m_noMatchLabel->setObjectName(u"contentNoMatchLabel"_s);
    connect(m_noMatch->addClearFiltersButton(), &QPushButton::clicked, this,
            [this] { setFilter(Filter::All); });
    m_stack->addWidget(m_noMatch);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ContentPage::applyKindFilter);
    setTabOrder(m_filter, m_table);
    updateState();
}

void ContentPage::createActions()
{
    m_addPieceAction = new QAction(tr("Add &Post or Article…"), this);
    m_addPieceAction->setObjectName(u"addContentAction"_s);
    connect(m_addPieceAction, &QAction::triggered, this, &ContentPage::openAddPieceDialog);
    m_addMetricsAction = new QAction(tr("Add &Numbers…"), this);
    m_addMetricsAction->setObjectName(u"addContentMetricsAction"_s);
    connect(m_addMetricsAction, &QAction::triggered, this, &ContentPage::openMetricsDialog);
    m_editAction = new QAction(tr("&Edit Post or Article…"), this);
    m_editAction->setObjectName(u"editContentAction"_s);
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editAction, &QAction::triggered, this, &ContentPage::openEditPieceDialog);
    m_deleteAction = new QAction(tr("&Delete Post or Article…"), this);
    m_deleteAction->setObjectName(u"deleteContentAction"_s);
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &ContentPage::deleteCurrentPiece);
}

QWidget *ContentPage::createToolbar()
{
    m_toolbar = new QWidget(this);
    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    auto addButton = [this, toolbarLayout](QAction *action, const QString &objectName,
                                           const QString &accessibleName) {
        auto *button = new QToolButton(m_toolbar);
        button->setObjectName(objectName);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(accessibleName);
        toolbarLayout->addWidget(button);
    };
    addButton(m_addPieceAction, u"addContentButton"_s, tr("Add post or article"));
    addButton(m_addMetricsAction, u"addMetricsButton"_s, tr("Add numbers"));
    toolbarLayout->addStretch(1);
    m_filter = new QComboBox(m_toolbar);
    m_filter->setObjectName(u"kindFilter"_s);
    m_filter->addItem(tr("Posts and articles"), int(Filter::All));
    m_filter->addItem(tr("Posts"), int(Filter::Posts));
    m_filter->addItem(tr("Articles"), int(Filter::Articles));
    m_filter->setAccessibleName(tr("Show"));
    auto *filterLabel = new QLabel(tr("&Show:"), m_toolbar);
    filterLabel->setBuddy(m_filter);
    toolbarLayout->addWidget(filterLabel);
    toolbarLayout->addWidget(m_filter);
    return m_toolbar;
}

QTableView *ContentPage::createTable()
{
    m_model = new ContentTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContentTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(ContentTableModel::KindRole);
    m_proxy->setFilterKeyColumn(ContentTableModel::KindColumn);

    m_table = (new ContentTable(m_proxy, m_stack, this))->view();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_editAction);
    m_table->addAction(m_addMetricsAction);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_deleteAction);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            openEditPieceDialog();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContentPage::updateActions);
    return m_table;
}

void ContentPage::applyKindFilter()
{
    const qint64 current = currentPieceId();
    switch (filter()) {
    case Filter::All:
        m_proxy->setFilterRegularExpression(QRegularExpression());
        break;
    case Filter::Posts:
    case Filter::Articles: {
        const QString kind = ContentPiece::kindName(
            filter() == Filter::Posts ? ContentKind::Post : ContentKind::Article);
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(kind)));
        break;
    }
    }
    restoreSelection(current, 0);
    updateState();
}

QWidget *ContentPage::createEmptyState()
{
    auto *page = new EmptyStateView(u":/icons/content.svg"_s, u"content"_s, m_stack);
    m_emptyState = page;
    auto *add = new QPushButton(m_addPieceAction->text().remove(u'&'), page);
    add->setObjectName(u"contentEmptyStateAddButton"_s);
    add->setAccessibleName(tr("Add post or article"));
    connect(add, &QPushButton::clicked, m_addPieceAction, &QAction::trigger);
    connect(m_addPieceAction, &QAction::changed, add,
            [this, add] { add->setEnabled(m_addPieceAction->isEnabled()); });
    page->addButton(add);
    return page;
}

void ContentPage::setStore(ContentStore *store)
{
    m_store = store;
    m_piecePanel->setStore(store);
    m_model->setStore(store);
    if (m_proxy->rowCount() > 0)
        restoreSelection(0, 0);
    updateState();
}

void ContentPage::setSession(Session *session)
{
    m_session = session && session->isOpen() ? session : nullptr;
    m_steps->setSession(m_session);
    setStore(m_session ? m_session->content() : nullptr);
}

void ContentPage::reload()
{
    const qint64 current = currentPieceId();
    const int row = m_table->currentIndex().row();
    m_model->reload();
    restoreSelection(current, row);
    updateState();
}

void ContentPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

ContentPage::Filter ContentPage::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

qint64 ContentPage::currentPieceId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ContentTableModel::PieceIdRole).toLongLong() : 0;
}

void ContentPage::selectPiece(qint64 pieceId)
{
    const int sourceRow = m_model->rowOf(pieceId);
    if (sourceRow < 0)
        return;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(sourceRow, ContentTableModel::KindColumn));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ContentPage::restoreSelection(qint64 pieceId, int nearRow)
{
    if (pieceId > 0 && m_model->rowOf(pieceId) >= 0) {
        selectPiece(pieceId);
        if (currentPieceId() == pieceId)
            return;
    }
    const int rows = m_proxy->rowCount();
    if (rows == 0 || nearRow < 0)
        return;
    const QModelIndex index =
        m_proxy->index(qMin(nearRow, rows - 1), ContentTableModel::KindColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

QString ContentPage::summaryText() const
{
    return m_summary->text();
}

QString ContentPage::summaryFor(const QList<ContentStats> &rows)
{
    return ContentTableModel::summaryText(rows);
}

QString ContentPage::deleteQuestion(const ContentStats &stats, int snapshots)
{
    const bool article = stats.piece.kind == ContentKind::Article;
    QStringList parts;
    parts << (article ? tr("Delete the article “%1”?") : tr("Delete the post “%1”?"))
                 .arg(stats.piece.title);
    if (snapshots == 1)
        parts << tr("The numbers you added for it (1 snapshot) are deleted with it.");
    else if (snapshots > 1)
        parts << tr("The numbers you added for it (%1 snapshots) are deleted with it.")
                     .arg(QLocale().toString(snapshots));
    QString kept = tr("Engagement logged on it is kept in people's timelines, no longer "
                      "attached to any post or article.");
    if (stats.loggedEngagers == 1)
        kept = tr("Engagement logged on it (by 1 person) is kept in their timeline, no longer "
                  "attached to any post or article.");
    else if (stats.loggedEngagers > 1)
        kept = tr("Engagement logged on it (by %1 people) is kept in their timelines, no longer "
                  "attached to any post or article.")
                   .arg(QLocale().toString(stats.loggedEngagers));
    parts << kept;
    const QString undoKey = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    if (stats.loggedEngagers > 0)
        parts << (article ? tr("Edit ▸ Undo (%1) brings the article, its numbers and that "
                               "engagement back together.")
                          : tr("Edit ▸ Undo (%1) brings the post, its numbers and that "
                               "engagement back together."))
                     .arg(undoKey);
    else
        parts << (article ? tr("Edit ▸ Undo (%1) brings the article and its numbers back.")
                          : tr("Edit ▸ Undo (%1) brings the post and its numbers back."))
                     .arg(undoKey);
    return parts.join(u"\n\n"_s);
}

bool ContentPage::addPiece(const ContentPiece &piece, QString *error, qint64 *newId)
{
    if (!m_store)
        return false;
    auto command = std::make_unique<AddContentCommand>(*m_store, piece);
    m_steps->follow(*command);
    if (m_session) {
        AddContentCommand *added = command.get();
        if (!m_session->push(command.release(), error))
            return false;
        if (newId)
            *newId = added->pieceId();
        return true;
    }
    if (!command->apply(error))
        return false;
    if (newId)
        *newId = command->pieceId();
    m_steps->keep(std::move(command));
    return true;
}

bool ContentPage::editPiece(const ContentPiece &piece, QString *error)
{
    if (!m_store)
        return false;
    const auto before = m_store->get(piece.id);
    if (!before) {
        if (error)
            *error = tr("“%1” is no longer in the database; it may have been deleted. Your "
                        "changes were not saved.")
                         .arg(piece.title);
        return false;
    }
    if (*before == piece)
        return true;
    return m_steps->push(std::make_unique<EditContentCommand>(*m_store, *before, piece), error);
}

bool ContentPage::deletePiece(qint64 pieceId, QString *error)
{
    if (!m_store)
        return false;
    const auto piece = m_store->get(pieceId);
    if (!piece) {
        if (error)
            *error = tr("There is no post or article with id %1; it may have been deleted "
                        "already.")
                         .arg(pieceId);
        return false;
    }
    return m_steps->push(std::make_unique<DeleteContentCommand>(*m_store, *piece), error);
}

bool ContentPage::addMetrics(const ContentMetrics &metrics, QString *error)
{
    if (!m_store)
        return false;
    const auto piece = m_store->get(metrics.contentId);
    if (!piece) {
        if (error)
            *error = tr("There is no post or article with id %1; it may have been deleted.")
                         .arg(metrics.contentId);
        return false;
    }
    return m_steps->push(
        std::make_unique<AddContentMetricsCommand>(*m_store, metrics, piece->title), error);
}

void ContentPage::openAddPieceDialog()
{
    if (!m_store)
        return;
    ContentPieceDialog dialog(this);
    dialog.setSaveHandler(
        [this](const ContentPiece &piece, QString *error) { return addPiece(piece, error); });
    DialogRunner::run(dialog);
}

void ContentPage::openEditPieceDialog()
{
    if (!m_store)
        return;
    const auto piece = m_store->get(currentPieceId());
    if (!piece)
        return;
    ContentPieceDialog dialog(this);
    dialog.setPiece(*piece);
    dialog.setSaveHandler(
        [this](const ContentPiece &edited, QString *error) { return editPiece(edited, error); });
    DialogRunner::run(dialog);
}

void ContentPage::openMetricsDialog()
{
    if (!m_store || m_model->rowCount() == 0)
        return;
    ContentMetricsDialog dialog(*m_store, this);
    dialog.setPieceId(currentPieceId());
    dialog.setSaveHandler([this](const ContentMetrics &metrics, QString *error) {
        return addMetrics(metrics, error);
    });
    DialogRunner::run(dialog);
}

void ContentPage::deleteCurrentPiece()
{
    if (!m_store)
        return;
    const auto stats = m_store->statsFor(currentPieceId());
    if (!stats)
        return;
    const int snapshots = int(m_store->metrics(stats->piece.id).size());
    if (!Prompts::confirm(this, tr("Delete"), deleteQuestion(*stats, snapshots)))
        return;
    QString error;
    if (!deletePiece(stats->piece.id, &error))
        Prompts::warning(this, tr("Could Not Delete"), error);
}

void ContentPage::piecesChanged(qint64 pieceId)
{
    const int row = m_table->currentIndex().row();
    m_model->reload();
    // A piece just added or brought back is shown even when the filter
    // would hide it.
    const int sourceRow = pieceId > 0 ? m_model->rowOf(pieceId) : -1;
    if (sourceRow >= 0 &&
        !m_proxy->mapFromSource(m_model->index(sourceRow, ContentTableModel::TitleColumn))
             .isValid()) {
        setFilter(Filter::All);
    }
    restoreSelection(pieceId, row);
    updateState();
    emit changed();
}

void ContentPage::updateState()
{
    const int pieces = m_model->rowCount();
    if (!m_store) {
        m_emptyState->setState(tr("No database is open"),
                               tr("No database is open. Choose File \u25b8 New Database to "
                                  "start one, or File \u25b8 Open Database to use an existing "
                                  "one."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (pieces == 0) {
        m_emptyState->setState(tr("No posts or articles yet"),
                               tr("Add the posts and articles you publish to track their "
                                  "views and who engaged."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (m_proxy->rowCount() == 0) {
        if (filter() == Filter::Articles)
            m_noMatch->setState(tr("No articles yet"),
                                tr("No articles yet: the filter shows articles only. Add one with "
                                   "Add Post or Article…, or clear the filter to see your "
                                   "posts."));
        else
            m_noMatch->setState(tr("No posts yet"),
                                tr("No posts yet: the filter shows posts only. Add one with Add "
                                   "Post or Article…, or clear the filter to see your "
                                   "articles."));
        m_stack->setCurrentWidget(m_noMatch);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    m_emptyState->setAccessibleName(m_emptyState->heading()->text() + u" — "_s +
                                    m_emptyState->text()->text());
    m_toolbar->setVisible(m_store && pieces > 0);
    m_piecePanel->setVisible(m_stack->currentWidget() == m_table);
    m_summary->setVisible(m_store && pieces > 0);
    m_summary->setText(pieces > 0 ? summaryFor(m_model->rows()) : QString());
    m_summary->setToolTip(pieces > 0 ? ContentTableModel::summaryToolTip(m_model->rows())
                                     : QString());
    updateActions();
}

void ContentPage::updateActions()
{
    const bool hasPieces = m_store && m_model->rowCount() > 0;
    const bool hasCurrent = hasPieces && currentPieceId() > 0;
    m_addPieceAction->setEnabled(m_store != nullptr);
    m_addMetricsAction->setEnabled(hasPieces);
    m_editAction->setEnabled(hasCurrent);
    m_deleteAction->setEnabled(hasCurrent);
    m_piecePanel->showPiece(hasCurrent ? currentPieceId() : 0);
}

} // namespace rapport
