#pragma once

// How the values in LinkedIn's analytics workbook are written, read as
// plain values (no cells, no messages): counts ("1234", "1,234", or a
// number cell's "1.0E3"), dates (M/D/YYYY as LinkedIn writes them, ISO
// dates from other writers, Excel serial numbers), shares ("0.12", "12%",
// "< 1%"), the activity id in a post's URL and the demographic categories.
// AnalyticsSheetCells turns a failure here into a message naming the cell.

#include <QDate>
#include <QString>

#include <optional>

namespace rapport {

class AnalyticsValues
{
public:
    // A whole number written as text: digits with an optional sign, comma
    // thousands separators ("1,234") or a number form with no fraction
    // ("12.0", "1.0E3"). nullopt otherwise.
    static std::optional<qint64> countFromText(const QString &text);
    // A date written as text: "M/D/YYYY" (LinkedIn, US order) or
    // "YYYY-MM-DD" (with an optional time, as t="d" cells hold it).
    static QDate dateFromText(const QString &text);
    // The same text read day first ("3/12/2026" -> 3 December 2026): how a
    // day/month locale flip would have read it; invalid when impossible.
    static QDate swappedDateFromText(const QString &text);
    // An Excel serial date (days since 1899-12-30, or 1904-01-01 when the
    // workbook says date1904); the time of day is dropped.
    static QDate dateFromSerial(double serial, bool date1904);
    // A share of the audience: "0.12", "12%", "12.5 %" -> 0.12, 0.125;
    // nullopt when not a share between 0 and 1. "< 1%" is not a number:
    // see isBelowOnePercent.
    static std::optional<double> shareFromText(const QString &text);
    static bool isBelowOnePercent(const QString &text);
    // The numeric activity id of a post URL:
    // ".../feed/update/urn:li:activity:7123/" or
    // ".../posts/jane-doe_topic-activity-7123-AbCd" -> "7123"; empty when
    // the URL holds none.
    static QString activityId(const QString &url);
    // "Job titles" / "Job title" -> "job title", ... (see
    // AnalyticsDemographic); empty when not one of LinkedIn's categories.
    static QString demographicCategory(const QString &label);
    // Lower case, trimmed, inner runs of spaces as one: how labels and
    // headers are compared.
    static QString labelKey(const QString &text);
};

} // namespace rapport
