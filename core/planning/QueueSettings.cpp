#include "planning/QueueSettings.h"

#include "db/Transaction.h"
#include "store/SettingStore.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

using S = DatabaseSettings;

const QString capacityKey = S::QueueCapacity.name();
const QString cooldownKey = S::QueueCooldownDays.name();
const QString cadenceKey = S::KeepInTouchCadenceDays.name();

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
    const QLocale locale;
    if (!S::QueueCapacity.allows(capacity))
        message = tr("The daily queue holds between %1 and %2 people.")
                      .arg(locale.toString(S::QueueCapacity.minimum),
                           locale.toString(S::QueueCapacity.maximum));
    else if (!S::QueueCooldownDays.allows(cooldownDays))
        message = tr("The cool-down after contacting someone is between %1 and %2 days.")
                      .arg(locale.toString(S::QueueCooldownDays.minimum),
                           locale.toString(S::QueueCooldownDays.maximum));
    else if (!S::KeepInTouchCadenceDays.allows(defaultCadenceDays))
        message = tr("The keep-in-touch cadence is between %1 and %2 days.")
                      .arg(locale.toString(S::KeepInTouchCadenceDays.minimum),
                           locale.toString(S::KeepInTouchCadenceDays.maximum));
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
