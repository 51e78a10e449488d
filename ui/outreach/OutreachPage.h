#pragma once

// The Outreach page: every message, InMail, invitation, e-mail and call
// logged, newest first and loaded as the table scrolls, filtered by
// channel, outcome, date and contact; the numbers panel on top; outcome
// changes and deletions as undo steps on the window's QUndoStack; the
// selected message's person beside the list (ContactSidePanel). The row's
// actions and context menu: OutreachRowActions.

#include "domain/Outreach.h"
#include "domain/OutreachFilter.h"
#include "outreach/OutreachFilterRow.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace rapport {

class ContactSidePanel;
class ContactStore;
class Database;
class EmptyStateView;
class Session;
class OutreachNumbersPanel;
class OutreachRowActions;
class OutreachStore;
class OutreachTableModel;
class UndoStepFollower;

class OutreachPage : public QWidget
{
    Q_OBJECT

public:
    using DateRange = OutreachFilterRow::DateRange;

    explicit OutreachPage(QUndoStack *undo, QWidget *parent = nullptr);

    // The stores of another database; nullptrs when none is open (the page
    // then says so).
    void setStores(Database *db, ContactStore *contacts, OutreachStore *outreach);
    // Shows the session's outreach and writes through it; reloads when the
    // session says outreach, contacts or settings changed (once shown, if
    // hidden).
    void setSession(Session *session);
    // Re-reads the rows and the numbers after changes made elsewhere (an
    // outreach logged, an import), keeping the selection.
    void reload();
    // Shows one person's outreach (their name in the contact box); 0 shows
    // everyone's again.
    void setContactFilter(qint64 contactId);

    OutreachNumbersPanel *numbersPanel() const { return m_panel; }
    OutreachTableModel *model() const { return m_model; }
    // The selected message's person, beside the list.
    ContactSidePanel *contactPanel() const { return m_contactPanel; }

    // The filter row. `channel` and `outcome` take the stored words
    // ("invitation", "accepted"); "" is All, and outcome "none" is no
    // outcome yet.
    void setChannelFilter(const QString &channel);
    void setOutcomeFilter(const QString &outcome);
    void setDateRange(DateRange range);
    // Matches contact names, as typing in the contact box does, at once.
    void setContactSearch(const QString &text);
    // Every filter back to All.
    void clearFilters();
    // Pending invitations (invitation, no outcome yet), the numbers panel's
    // "Show them".
    void showPendingInvitations();

    // The outreach of the current row; 0 if none.
    qint64 currentOutreachId() const;
    void selectOutreach(qint64 outreachId);

    // The edits, each one undo step. False, with what went wrong, when the
    // store refuses; nothing is pushed then. An empty outcome clears it.
    bool setOutcome(qint64 outreachId, const QString &outcome, QString *error);
    // Redates the outcome (it came on `date`, not when it was noted): the
    // InMail ledger returns a credit by the answer's date. One undo step.
    bool setOutcomeDate(qint64 outreachId, const QDate &date, QString *error);
    bool deleteOutreach(qint64 outreachId, QString *error);
    // Asks first (naming the person and date), then deletes the current row.
    void deleteCurrent();
    // The question deleteCurrent() asks.
    static QString deleteQuestion(const Outreach &outreach, const QString &contactName);

    // "Set Outcome" with one checkable action per outcome for the current
    // row (objectName "outcome_<word>", "outcome_none").
    QMenu *outcomeMenu() const;
    QAction *setOutcomeAction() const;
    QAction *deleteAction() const;

signals:
    // After any edit made here, and after its undo or redo.
    void changed();
    // Open Contact (the context menu or the panel's Open in Contacts).
    void contactActivated(qint64 contactId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    OutreachFilterRow *createFilterRow();
    QTableView *createTable();
    QWidget *createNoMatchState();
    OutreachFilter currentFilter() const;
    void applyFilters();
    void fitColumns();
    void outreachChanged(qint64 outreachId);
    void restoreSelection(qint64 outreachId, int nearRow);
    void updateState();
    void updateActions();
    // "Outcome Date…": asks for the day (OutcomeDateDialog, run by
    // DialogRunner as "outcomeDateDialog").
    void redateCurrentOutcome();

    // The edits' undo steps, followed with the session or on the page's own stack.
    UndoStepFollower *m_steps;
    Session *m_session = nullptr;
    Database *m_db = nullptr;
    ContactStore *m_contacts = nullptr;
    OutreachStore *m_outreach = nullptr;
    OutreachTableModel *m_model = nullptr;
    qint64 m_pinnedContact = 0;
    bool m_autoFitColumns = true;
    bool m_fittingColumns = false;

    OutreachNumbersPanel *m_panel = nullptr;
    OutreachFilterRow *m_filterRow = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    EmptyStateView *m_emptyState = nullptr;
    QWidget *m_noMatch = nullptr;
    QLabel *m_noMatchText = nullptr;
    OutreachRowActions *m_actions = nullptr;
    ContactSidePanel *m_contactPanel = nullptr;
};

} // namespace rapport
