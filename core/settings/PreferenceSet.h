#pragma once

// Everything the Preferences dialog edits, saved as one change: the
// outreach, queue and industry settings and the engagement window (whose
// change re-tiers every contact), in one transaction, so a refused save
// leaves every preference as it was — never the first half of them.

#include "insights/IndustryScope.h"
#include "outreach/OutreachSettings.h"
#include "planning/QueueSettings.h"

#include <QString>

namespace rapport {

class Database;
class EngagementStore;

struct PreferenceSet
{
    OutreachSettings outreach;
    QueueSettings queue;
    IndustryScope industries;
    int windowDays = 0;

    // Saves all of it or nothing. *tiersChanged (when given) says whether
    // the window changed and so every tier was recomputed.
    bool save(Database &db, EngagementStore &engagement, bool *tiersChanged, QString *error) const;
};

} // namespace rapport
