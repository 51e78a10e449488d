#pragma once

// Dates and times as we store and export them — "YYYY-MM-DD" and
// "YYYY-MM-DDTHH:MM:SS[.zzz]Z" in UTC — formatted and parsed by hand,
// because Qt's general-purpose conversions dominated reading and exporting
// a million contacts. Anything unusual falls back to Qt's own parser.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace rapport {

class DateText
{
public:
    // "2026-02-08"; empty for an invalid date.
    static QString isoDate(const QDate &date);
    static QDate parseIsoDate(QStringView text);
    // "2026-02-08T14:03:09.120Z" (with milliseconds) or "2026-02-08T14:03:09Z",
    // in UTC whatever the time's zone; empty for an invalid time.
    static QString isoUtc(const QDateTime &time, bool milliseconds);
    // Reads what isoUtc() writes (and other ISO forms, through Qt); the
    // result is in UTC.
    static QDateTime parseIsoUtc(QStringView text);
};

} // namespace rapport
