#include "outreach/DeleteOutreachCommand.h"

#include "common/OutreachStyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

DeleteOutreachCommand::DeleteOutreachCommand(Database &db, OutreachStore &store,
                                             const Outreach &outreach, const QString &contactName)
    : StoreCommand((outreach.direction == u"in"_s ? tr("Delete %1 from %2") : tr("Delete %1 to %2"))
                       .arg(OutreachStyle::channelNoun(outreach.channel), contactName))
    , m_removal(db, store)
    , m_outreach(outreach)
{}

bool DeleteOutreachCommand::redoChange(QString *error)
{
    std::optional<OutreachRemoval::Snapshot> removed = m_removal.remove(m_outreach.id, error);
    if (!removed)
        return false;
    m_removed = std::move(removed);
    return true;
}

bool DeleteOutreachCommand::undoChange(QString *error)
{
    if (!m_removed) {
        if (error)
            *error = tr("This outreach was not deleted here, so there is nothing to bring back.");
        return false;
    }
    if (!m_removal.restore(*m_removed, error))
        return false;
    m_removed.reset();
    return true;
}

} // namespace rapport
