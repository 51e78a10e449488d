#pragma once

// The numbers that matter for outreach, at the top of the Outreach page:
// invitation acceptance over the last N and the last 30 days with the
// watchdog's warning, pending invitations with the ones worth withdrawing,
// and the InMail credits and response rates under the user's plan. Every
// headline says which window it counts, and "How is this computed?" beside
// each group gives the formulas with today's inputs.

#include "outreach/OutreachNumbers.h"

#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QStackedWidget;

namespace rapport {

class ContactStore;
class Database;

class OutreachNumbersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OutreachNumbersPanel(QWidget *parent = nullptr);

    // nullptrs: no database is open, and the panel says so.
    void setStores(Database *db, ContactStore *contacts);
    // Recomputes every number as of `today`.
    void refresh(const QDate &today);

    // The numbers last shown; none without a database.
    const std::optional<OutreachNumbers> &numbers() const { return m_numbers; }
    bool isWarningShown() const;
    // Everything the panel says, as plain text, one line per statement
    // (tests, screen readers).
    QString text() const;
    // "How is this computed?" for a headline label or a group's link (by
    // object name): the formula with today's inputs.
    QString howComputed(const QString &objectName) const;

signals:
    // A person named in the pending list was clicked.
    void contactActivated(qint64 contactId);
    // "Show them": list the pending invitations.
    void pendingInvitationsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *createInvitationsGroup(QWidget *parent);
    // The watchdog's warning: icon and words (hidden until it warns).
    QWidget *createWarning(QWidget *parent);
    QGroupBox *createPendingGroup(QWidget *parent);
    QGroupBox *createInMailGroup(QWidget *parent);
    QLabel *addLine(QGroupBox *group, const QString &objectName, const QString &accessibleName);
    QLabel *addHowLink(QGroupBox *group, const QString &objectName);
    void showInvitations(const InvitationStats &stats);
    void showPending(const InvitationStats &stats);
    void showInMail(const InMailLedger &ledger, const OutreachSettings &settings);
    void applyWarningColour();

    Database *m_db = nullptr;
    ContactStore *m_contacts = nullptr;
    std::optional<OutreachNumbers> m_numbers;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_groups = nullptr;
    QLabel *m_noDatabase = nullptr;
    QLabel *m_lastN = nullptr;
    QLabel *m_recent = nullptr;
    QWidget *m_warning = nullptr;
    QLabel *m_warningIcon = nullptr;
    QLabel *m_warningText = nullptr;
    QLabel *m_tooFew = nullptr;
    QLabel *m_pendingCount = nullptr;
    QLabel *m_oldest = nullptr;
    QLabel *m_withdraw = nullptr;
    QLabel *m_reminder = nullptr;
    QLabel *m_credits = nullptr;
    QLabel *m_response = nullptr;
    QLabel *m_split = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_decidedRule = nullptr;
    QLabel *m_invitationsHow = nullptr;
    QLabel *m_pendingHow = nullptr;
    QLabel *m_inmailHow = nullptr;
};

} // namespace rapport
