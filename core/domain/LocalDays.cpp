#include "domain/LocalDays.h"

#include "domain/DateText.h"

#include <QDateTime>
#include <QTimeZone>

namespace rapport {

QDate LocalDays::of(QStringView isoUtc)
{
    const QDateTime utc = DateText::parseIsoUtc(isoUtc);
    if (!utc.isValid())
        return {};
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 slot = secs >= 0 ? secs / 900 : (secs - 899) / 900;
    auto it = m_offsets.constFind(slot);
    if (it == m_offsets.cend()) {
        const QDateTime start = utc.addSecs(slot * 900 - secs);
        it = m_offsets.insert(slot, start.toLocalTime().offsetFromUtc());
    }
    return utc.addSecs(it.value()).date();
}

} // namespace rapport
