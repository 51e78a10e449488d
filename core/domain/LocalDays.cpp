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
    // The offsets at the start and the end of the UTC day: equal on every
    // day but the few a year when the clocks change, when the record's own
    // offset is asked for.
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 day = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    auto it = m_offsets.constFind(day);
    if (it == m_offsets.cend()) {
        const QDateTime start = utc.addSecs(day * 86400 - secs);
        const int first = start.toLocalTime().offsetFromUtc();
        const int last = start.addSecs(86399).toLocalTime().offsetFromUtc();
        it = m_offsets.insert(day, first == last ? first : Changing);
    }
    const int offset = it.value() != Changing ? it.value() : utc.toLocalTime().offsetFromUtc();
    return utc.addSecs(offset).date();
}

} // namespace rapport
