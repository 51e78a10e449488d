#pragma once

// Undoable deletion of one outreach (see StoreCommand). Undo puts it back
// under the same id, exactly as it was: replies that answered it point at
// it again (the database let go of them on delete), and a received message
// that answered nothing is not attached to anything on its way back.

#include "StoreCommand.h"
#include "domain/Outreach.h"

#include <QList>

namespace rapport {

class Database;
class OutreachStore;

class DeleteOutreachCommand : public StoreCommand
{
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
    Database &m_db;
    OutreachStore &m_store;
    Outreach m_outreach;
    QList<qint64> m_replyIds;
};

} // namespace rapport
