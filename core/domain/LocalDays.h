#pragma once

// Local calendar days of stored UTC times, for reading many records at
// once: the local offset is looked up once per quarter hour of UTC (zone
// changes fall on such boundaries) instead of per record, because
// QDateTime::toLocalTime() costs microseconds each. Make one per read, so a
// change of the system's time zone is seen by the next one.

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
    QHash<qint64, int> m_offsets; // quarter hour since the epoch -> seconds east of UTC
};

} // namespace rapport
