#pragma once

// Undoable change of one outreach's outcome (see StoreCommand): redo sets
// the new outcome and its date, undo puts back the outcome and date it had
// before, exactly.

#include "domain/Outreach.h"
#include "session/StoreCommand.h"

#include <QDateTime>

namespace rapport {

class OutreachStore;

class SetOutreachOutcomeCommand : public StoreCommand
{
public:
    // The outreach row; acceptance numbers and the contact's score.
    Changes changes() const override { return Changes(Change::Outreach) | Change::Contacts; }

    // `before` is the row as stored now; an empty `outcome` clears it (no
    // outcome yet, no date). `contactName` names the step in the Edit menu.
    SetOutreachOutcomeCommand(OutreachStore &store, const Outreach &before, const QString &outcome,
                              const QDateTime &at, const QString &contactName);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 itemAfterRedo() const override { return m_id; }
    qint64 itemAfterUndo() const override { return m_id; }

private:
    OutreachStore &m_store;
    qint64 m_id;
    QString m_outcomeBefore;
    QDateTime m_atBefore;
    QString m_outcome;
    QDateTime m_at;
};

} // namespace rapport
