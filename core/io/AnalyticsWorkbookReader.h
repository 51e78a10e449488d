#pragma once

// Reads LinkedIn's analytics workbook (.xlsx, the aggregate post and
// profile analytics export: Content_<start>_<end>_<Name>.xlsx or
// AggregateAnalytics_<Name>_<start>_<end>.xlsx) into AnalyticsWorkbookData.
// The five sheets are found by name (DISCOVERY, ENGAGEMENT, TOP POSTS,
// FOLLOWERS, DEMOGRAPHICS); their headers are checked, every daily date
// must lie in the DISCOVERY window and appear once, and the daily follower
// totals are worked back from FOLLOWERS' total. The xlsx file itself is
// read by XlsxWorkbook. On any problem nothing is returned and the message
// names the file, the sheet and the cell, and says what to do.

#include "domain/AnalyticsWorkbookData.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace rapport {

class AnalyticsSheetCells;
class XlsxWorkbook;

class AnalyticsWorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsWorkbookReader)

public:
    // Reads the workbook at `path`. False with *error set (and *out
    // untouched) when it cannot be read as LinkedIn's analytics workbook.
    static bool read(const QString &path, AnalyticsWorkbookData *out, QString *error);

    // The sheets a LinkedIn analytics workbook has, in its order.
    static QStringList sheetNames();

    // Followers at the end of each day, from the total at the end of
    // `totalDate`: total(d) = total + (new followers up to d) - (new
    // followers up to totalDate). `days` must be sorted by date.
    static void workBackTotals(QList<AnalyticsFollowerDay> *days, const QDate &totalDate,
                               qint64 total);

private:
    static bool readDiscovery(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data);
    static bool readEngagement(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data);
    static bool readTopPosts(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data);
    static bool readFollowers(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data);
    static bool readDemographics(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data);
    // Column A of a daily row: a date inside the period, not seen before in
    // this sheet (rowOf: each day's row so far).
    static bool readDayOnce(AnalyticsSheetCells &cells, int row, QHash<QDate, int> *rowOf,
                            QDate *date);
    // The row whose column A says `firstHeader`, looked for a few rows
    // around `usual` (where LinkedIn puts it); `usual` when there is none,
    // so that the mismatch is reported there.
    static int headerRow(const AnalyticsSheetCells &cells, int usual, const QString &firstHeader);
    static QString notAnalyticsWorkbook(const XlsxWorkbook &workbook);
};

} // namespace rapport
