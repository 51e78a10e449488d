#include "insights/IndustryScope.h"

#include "db/Transaction.h"
#include "store/DatabaseSettings.h"
#include "store/SettingStore.h"

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

const QString ownKey = DatabaseSettings::OwnIndustry.name();
const QString relatedKey = DatabaseSettings::RelatedIndustries.name();

} // namespace

IndustryScope::Kind IndustryScope::classify(const QString &industry) const
{
    const QString name = industry.trimmed();
    if (name.isEmpty())
        return Kind::Unknown;
    if (!own.isEmpty() && name.compare(own, Qt::CaseInsensitive) == 0)
        return Kind::Own;
    for (const QString &r : related) {
        if (name.compare(r, Qt::CaseInsensitive) == 0)
            return Kind::Related;
    }
    return Kind::Outside;
}

IndustryScope IndustryScope::load(const SettingStore &store)
{
    IndustryScope s;
    s.own = store.value(ownKey);
    const QString related = store.value(relatedKey);
    if (!related.isEmpty())
        s.related = related.split(u'\n');
    return s;
}

bool IndustryScope::save(SettingStore &store, QString *error) const
{
    const QString ownName = own.simplified();
    QStringList clean;
    for (const QString &r : related) {
        const QString name = r.simplified();
        if (name.isEmpty() || name.compare(ownName, Qt::CaseInsensitive) == 0 ||
            clean.contains(name, Qt::CaseInsensitive))
            continue;
        clean << name;
    }
    Transaction tx(store.database());
    if (!tx.started(error))
        return false;
    return store.setValue(ownKey, ownName, error) &&
           store.setValue(relatedKey, clean.join(u'\n'), error) && tx.commit(error);
}

} // namespace rapport
