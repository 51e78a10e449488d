#include "outreach/SetOutreachOutcomeCommand.h"

#include "common/OutreachStyle.h"
#include "store/OutreachStore.h"

#include <QCoreApplication>

namespace rapport {

SetOutreachOutcomeCommand::SetOutreachOutcomeCommand(OutreachStore &store, const Outreach &before,
                                                     const QString &outcome, const QDateTime &at,
                                                     const QString &contactName)
    : StoreCommand(
          outcome.isEmpty()
              ? QCoreApplication::translate("SetOutreachOutcomeCommand", "Clear Outcome for %1")
                    .arg(contactName)
              : QCoreApplication::translate("SetOutreachOutcomeCommand", "Set Outcome for %1 (%2)")
                    .arg(contactName, OutreachStyle::outcomeLabel(outcome)))
    , m_store(store)
    , m_id(before.id)
    , m_outcomeBefore(before.outcome)
    , m_atBefore(before.outcomeAt)
    , m_outcome(outcome)
    , m_at(outcome.isEmpty() ? QDateTime() : at)
{}

bool SetOutreachOutcomeCommand::redoChange(QString *error)
{
    return m_store.setOutcome(m_id, m_outcome, m_at, error);
}

bool SetOutreachOutcomeCommand::undoChange(QString *error)
{
    return m_store.setOutcome(m_id, m_outcomeBefore, m_atBefore, error);
}

} // namespace rapport
