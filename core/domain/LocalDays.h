#pragma once

// Local calendar days of stored UTC times, for reading many records at
// once: the local offset is looked up twice per UTC day (and per record
// only on the days the clocks change) instead of once per record, because
// QDateTime::toLocalTime() costs microseconds each (the C library checks
// the zone file every time). Make one per read, so a change of the
// system's time zone is seen by the next one.

#include <QDate>
#include <QHash>
#include <QStringView>

namespace rapport {

class LocalDays
{
public:
    // The local day of "YYYY-MM-DDTHH:MM:SS[.zzz]Z"; invalid for empty or
    // unreadable text.
    QDate of(QStringView isoUtc);

private:
    static constexpr int Changing = 1 << 30; // the clocks change that day
    QHash<qint64, int> m_offsets;            // UTC day since the epoch -> seconds east of UTC
};

} // namespace rapport
