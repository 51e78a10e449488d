#pragma once

// The row of buttons under the Today queue: Done…, Done Without Composing,
// Snooze…, Skip Today and Reopen, each with its key in the tooltip, and the
// hint that J/K or the arrows move. The page connects each button to its
// action and enables them with the current item.

#include <QWidget>

class QHBoxLayout;
class QPushButton;

namespace rapport {

class TodayButtonRow : public QWidget
{
    Q_OBJECT

public:
    explicit TodayButtonRow(QWidget *parent = nullptr);

    QPushButton *doneButton() const { return m_done; }
    QPushButton *doneQuietButton() const { return m_doneQuiet; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *reopenButton() const { return m_reopen; }

    // `open`: the current item can be done, snoozed or skipped; `worked`:
    // it can be reopened.
    void enableFor(bool open, bool worked);

private:
    QPushButton *addButton(QHBoxLayout *row, const QString &text, const QString &objectName,
                           const QString &accessibleName, const QString &keys);

    QPushButton *m_done = nullptr;
    QPushButton *m_doneQuiet = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_reopen = nullptr;
};

} // namespace rapport
