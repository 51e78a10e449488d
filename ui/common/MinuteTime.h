#pragma once

// Times as a person reads them: to the minute, never with seconds, in the
// locale's own order ("14:05", "2:05 PM"). Some locales' short time format
// (the C locale's "HH:mm:ss") carries seconds; they are taken out here.

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rapport {

class MinuteTime
{
public:
    // The locale's short time format without seconds: "HH:mm", "h:mm AP".
    static QString timeFormat(const QLocale &locale = QLocale());
    // The locale's date format of `dateFormat` and the time to the minute.
    static QString dateTimeFormat(QLocale::FormatType dateFormat,
                                  const QLocale &locale = QLocale());
    // "14:05"
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    // "12 Mar 2026 14:05" (in local time, whatever the zone of `when`).
    static QString dateTime(const QDateTime &when, QLocale::FormatType dateFormat,
                            const QLocale &locale = QLocale());
};

} // namespace rapport
