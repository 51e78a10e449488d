#include "settings/PreferenceSet.h"

#include "db/Transaction.h"
#include "store/EngagementStore.h"
#include "store/SettingStore.h"

namespace rapport {

bool PreferenceSet::save(Database &db, EngagementStore &engagement, bool *tiersChanged,
                         QString *error) const
{
    if (tiersChanged)
        *tiersChanged = false;
    const bool windowChanges = windowDays != engagement.windowDays();
    Transaction tx(db);
    if (!tx.started(error))
        return false;
    SettingStore settings(db);
    bool saved = outreach.save(settings, error) && queue.save(settings, error) &&
                 industries.save(settings, error);
    if (saved && windowChanges)
        saved = engagement.setWindowDays(windowDays, error);
    if (saved)
        saved = tx.commit(error);
    if (!saved) {
        tx.rollback();
        engagement.forgetWindowDays(); // its cache may hold the rolled-back value
        return false;
    }
    if (tiersChanged)
        *tiersChanged = windowChanges;
    return true;
}

} // namespace rapport
