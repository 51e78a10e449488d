#pragma once

// The Content page: the user's posts and articles with their latest numbers,
// engagers and rates, a posts-versus-articles summary, below the table the
// selected piece's engagers and readings (ContentPiecePanel), and the undoable
// edits (add, edit, delete a piece; add numbers) pushed on the window's
// QUndoStack.

#include "domain/ContentMetrics.h"
#include "domain/ContentPiece.h"
#include "domain/ContentStats.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace rapport {

class ContentStore;
class EmptyStateView;
class ContentTableModel;
class ContentPiecePanel;
class Session;
class UndoStepFollower;

class ContentPage : public QWidget
{
    Q_OBJECT

public:
    enum class Filter { All, Posts, Articles };

    explicit ContentPage(QUndoStack *undo, QWidget *parent = nullptr);

    // Shows the pieces of another database (nullptr: none is open, and the
    // page is disabled with its empty state).
    void setStore(ContentStore *store);
    // Shows the session's pieces and writes through it; reloads when the
    // session says pieces or engagement changed (once shown, if hidden).
    void setSession(Session *session);
    // Re-reads after changes made elsewhere (engagement logged, an import),
    // keeping the selection.
    void reload();

    QAction *addPieceAction() const { return m_addPieceAction; }
    QAction *addMetricsAction() const { return m_addMetricsAction; }
    QAction *editPieceAction() const { return m_editAction; }
    QAction *deletePieceAction() const { return m_deleteAction; }

    ContentTableModel *model() const { return m_model; }
    // Who engaged with the selected piece and its readings.
    ContentPiecePanel *piecePanel() const { return m_piecePanel; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    void setFilter(Filter filter);
    Filter filter() const;
    // The piece of the current row; 0 if none.
    qint64 currentPieceId() const;
    void selectPiece(qint64 pieceId);
    QString summaryText() const;

    // The edits, each one undo step. False, with what the store said, when
    // it refuses; nothing is pushed then.
    bool addPiece(const ContentPiece &piece, QString *error, qint64 *newId = nullptr);
    bool editPiece(const ContentPiece &piece, QString *error);
    bool deletePiece(qint64 pieceId, QString *error);
    bool addMetrics(const ContentMetrics &metrics, QString *error);

    // The dialogs and the confirmation behind the actions.
    void openAddPieceDialog();
    void openEditPieceDialog();
    void openMetricsDialog();
    void deleteCurrentPiece();

    // "Articles: 12, average 800 views, engagement rate 16.1 %, average 129
    // engagers you logged · Posts: …",
    // then a line on why views of the two do not compare.
    static QString summaryFor(const QList<ContentStats> &rows);
    // The delete confirmation: names the piece, says its numbers go and its
    // engagement events stay, unattached.
    static QString deleteQuestion(const ContentStats &stats, int snapshots);

signals:
    // After any edit made here, and after its undo or redo.
    void changed();
    // Someone in the piece's engagers was double-clicked: open them.
    void contactActivated(qint64 contactId);

private:
    void createActions();
    QWidget *createToolbar();
    QTableView *createTable();
    QWidget *createEmptyState();
    void applyKindFilter();
    void piecesChanged(qint64 pieceId);
    void restoreSelection(qint64 pieceId, int nearRow);
    void updateState();
    void updateActions();

    // The edits' undo steps, followed with the session or on the page's own stack.
    UndoStepFollower *m_steps;
    Session *m_session = nullptr;
    ContentStore *m_store = nullptr;
    ContentTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QAction *m_addPieceAction = nullptr;
    QAction *m_addMetricsAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QWidget *m_toolbar = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    EmptyStateView *m_emptyState = nullptr;
    EmptyStateView *m_noMatch = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    ContentPiecePanel *m_piecePanel = nullptr;
};

} // namespace rapport
