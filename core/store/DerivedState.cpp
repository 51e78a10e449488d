#include "store/DerivedState.h"

#include "db/Database.h"
#include "store/EngagementStore.h"
#include "store/ScoreStore.h"

namespace rapport {

DerivedState::DerivedState(Database &db)
    : m_db(db)
    , m_engagement(std::make_unique<EngagementStore>(db))
    , m_scores(std::make_unique<ScoreStore>(db))
{}

DerivedState::~DerivedState() = default;

bool DerivedState::bringUpToDate(const QDate &today, QString *error)
{
    m_problems.clear();
    // Stored tiers and scores cannot change without writing: a read-only
    // file is shown as it was last saved.
    if (m_db.isReadOnly()) {
        m_upToDateOn = today;
        return true;
    }
    QString reason;
    m_engagement->setToday(today);
    if (!m_engagement->refreshTiers(&reason))
        m_problems.append({Part::Tiers, reason});
    // Scores whose facts changed (any earlier write) or whose day passed.
    reason.clear();
    if (!m_scores->refresh(today, &reason))
        m_problems.append({Part::Scores, reason});
    if (!m_problems.isEmpty()) {
        if (error)
            *error = m_problems.first().reason;
        return false;
    }
    m_upToDateOn = today;
    return true;
}

} // namespace rapport
