#include "outreach/OutreachOutcomeMenu.h"

#include "common/OutreachStyle.h"
#include "domain/Outreach.h"

#include <QAction>
#include <QActionGroup>

using namespace Qt::StringLiterals;

namespace rapport {

OutreachOutcomeMenu::OutreachOutcomeMenu(QWidget *parent)
    : QMenu(tr("Set &Outcome"), parent)
{
    setObjectName(u"outreachOutcomeMenu"_s);
    // A QMenu drops every connection from an action to itself when the
    // action leaves it (each refill), so the actions talk to a child.
    auto *relay = new QObject(this);
    // One outcome at a time: the menu shows them as radio items.
    auto *group = new QActionGroup(this);
    group->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    const QStringList outcomes = Outreach::outcomes() << QString();
    for (const QString &outcome : outcomes) {
        auto *action = new QAction(OutreachStyle::outcomeLabel(outcome), parent);
        action->setObjectName(u"outcome_"_s + (outcome.isEmpty() ? u"none"_s : outcome));
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, relay,
                [this, outcome] { emit outcomeChosen(outcome); });
        m_outcomeActions.insert(outcome, action);
    }
    m_dateAction = new QAction(tr("Outcome &Date…"), parent);
    m_dateAction->setObjectName(u"outreachOutcomeDateAction"_s);
    m_dateAction->setStatusTip(
        tr("When the answer came, if not today: a credit comes back by the answer's date"));
    connect(m_dateAction, &QAction::triggered, relay, [this] { emit dateRequested(); });
}

void OutreachOutcomeMenu::clearEntries()
{
    // The actions belong to the page, so clear() only takes them out of the
    // menu, even while one of them is being triggered.
    clear();
}

void OutreachOutcomeMenu::fill(const QString &channel, const QString &outcome)
{
    clearEntries();
    QStringList offered = OutreachStyle::outcomesFor(channel);
    if (!outcome.isEmpty() && !offered.contains(outcome))
        offered << outcome;
    for (const QString &o : std::as_const(offered)) {
        QAction *action = m_outcomeActions.value(o);
        action->setChecked(o == outcome);
        addAction(action);
    }
    addSeparator();
    QAction *none = m_outcomeActions.value(QString());
    none->setChecked(outcome.isEmpty());
    addAction(none);
    addSeparator();
    m_dateAction->setEnabled(!outcome.isEmpty());
    addAction(m_dateAction);
}

} // namespace rapport
