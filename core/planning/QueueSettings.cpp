#include "planning/QueueSettings.h"

#include "db/Transaction.h"
#include "store/SettingStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString capacityKey = u"queue_capacity"_s;
const QString cooldownKey = u"queue_cooldown_days"_s;
const QString cadenceKey = u"queue_default_cadence_days"_s;

} // namespace

QueueSettings QueueSettings::load(const SettingStore &store)
{
    QueueSettings s;
    s.capacity = store.intValue(capacityKey, s.capacity);
    s.cooldownDays = store.intValue(cooldownKey, s.cooldownDays);
    s.defaultCadenceDays = store.intValue(cadenceKey, s.defaultCadenceDays);
    return s;
}

bool QueueSettings::save(SettingStore &store, QString *error) const
{
    QString message;
    if (capacity < 1 || capacity > 100)
        message = tr("The daily queue holds between 1 and 100 people.");
    else if (cooldownDays < 0 || cooldownDays > 60)
        message = tr("The cool-down after contacting someone is between 0 and 60 days.");
    else if (defaultCadenceDays < 7 || defaultCadenceDays > 3650)
        message = tr("The keep-in-touch cadence is between 7 and 3,650 days.");
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    Transaction tx(store.database());
    if (!tx.started(error))
        return false;
    return store.setValue(capacityKey, QString::number(capacity), error) &&
           store.setValue(cooldownKey, QString::number(cooldownDays), error) &&
           store.setValue(cadenceKey, QString::number(defaultCadenceDays), error) &&
           tx.commit(error);
}

} // namespace rapport
