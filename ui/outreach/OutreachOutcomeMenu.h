#pragma once

// "Set Outcome" on the Outreach page: one radio item per outcome the row's
// channel can have (objectNames "outcome_<word>", one exclusive
// QActionGroup, so exactly one is checked), "none yet"
// ("outcome_none"), and "Outcome Date…" when there is an outcome. The actions
// stay while the menu is refilled, even while one of them is triggered.

#include <QHash>
#include <QMenu>

class QAction;

namespace rapport {

class OutreachOutcomeMenu : public QMenu
{
    Q_OBJECT

public:
    explicit OutreachOutcomeMenu(QWidget *parent = nullptr);

    // The outcomes offered for a row of this channel, the current one
    // checked; empty for no row.
    void fill(const QString &channel, const QString &outcome);
    void clearEntries();
    QAction *dateAction() const { return m_dateAction; }

signals:
    // An outcome was chosen ("" clears it).
    void outcomeChosen(const QString &outcome);
    // "Outcome Date…" was chosen.
    void dateRequested();

private:
    QHash<QString, QAction *> m_outcomeActions; // by outcome; "" is none yet
    QAction *m_dateAction = nullptr;
};

} // namespace rapport
