#pragma once

// Undoable deletion of one outreach (see StoreCommand): an adapter over
// OutreachRemoval. Undo puts it back under the same id, exactly as it was:
// replies that answered it point at it again, the message it answered gets
// back the outcome its delete took, and a received message that answered
// nothing is not attached to anything on its way back.

#include "domain/Outreach.h"
#include "session/StoreCommand.h"
#include "store/OutreachRemoval.h"

#include <QCoreApplication>
#include <optional>

namespace rapport {

class Database;
class OutreachStore;

class DeleteOutreachCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteOutreachCommand)

public:
    // The outreach and its replies; the contact's score; a queue item it completed.
    Changes changes() const override
    {
        return Changes(Change::Outreach) | Change::Contacts | Change::Queue;
    }

    // `contactName` names the step in the Edit menu.
    DeleteOutreachCommand(Database &db, OutreachStore &store, const Outreach &outreach,
                          const QString &contactName);

protected:
    bool redoChange(QString *error) override;
    bool undoChange(QString *error) override;
    qint64 itemAfterRedo() const override { return 0; }
    qint64 itemAfterUndo() const override { return m_outreach.id; }

private:
    OutreachRemoval m_removal;
    Outreach m_outreach;
    std::optional<OutreachRemoval::Snapshot> m_removed;
};

} // namespace rapport
