#pragma once

// The strip of numbers at the top of the Today page: the acceptance rate of
// the latest invitations (with the watchdog's warning on a line of its own),
// the InMail credits left, the pending invitations, this week's numbers
// (with "Enter Them…" while they are missing), a link to what changed since
// the last LinkedIn export (once there are two to compare) and the people today's queue
// holds back from an invitation. Each figure's tooltip says how it is
// computed.

#include <QDate>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace rapport {

class Database;
struct InMailLedger;
struct InvitationStats;

class TodayNumbersStrip : public QWidget
{
    Q_OBJECT

public:
    explicit TodayNumbersStrip(QWidget *parent = nullptr);

    // Reads the numbers of `day` from the database.
    void showNumbers(Database &db, const QDate &day);
    // "Held back today: …", one sentence per person; hidden when empty.
    void setHeldBack(const QStringList &sentences);

    // Everything the strip says, one line per statement ("" while hidden).
    QString text() const;
    bool isAcceptanceWarningShown() const;

signals:
    // "Enter Them…" beside "This week's numbers: missing".
    void weeklyNumbersRequested();
    // "N changes since the last export ▸".
    void changesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QHBoxLayout *createFiguresRow();
    QHBoxLayout *createWarningRow();
    QLabel *createHeldBackLabel();
    QLabel *addLabel(QHBoxLayout *layout, const QString &objectName, const QString &accessibleName);
    void showAcceptance(const InvitationStats &stats);
    void showCredits(const InMailLedger &ledger);
    void showPending(const InvitationStats &stats);
    void showWeekly(Database &db, const QDate &day);
    void showExportChanges(Database &db);
    void applyWarningColour();

    QLabel *m_acceptance = nullptr;
    QLabel *m_warningIcon = nullptr;
    QLabel *m_warningText = nullptr;
    QLabel *m_credits = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_weekly = nullptr;
    QLabel *m_heldBack = nullptr;
    QPushButton *m_weeklyButton = nullptr;
    QPushButton *m_changesLink = nullptr;
};

} // namespace rapport
