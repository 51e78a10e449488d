#pragma once

// What one LinkedIn analytics workbook (.xlsx, exported from the post and
// profile analytics pages) says, as plain values: read by
// AnalyticsWorkbookReader (core/io), written by AnalyticsStore (core/store).
// Every number is what the workbook holds; nothing is derived here except
// the daily follower totals, which are worked back from the total LinkedIn
// prints on the FOLLOWERS sheet.

#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

struct AnalyticsDay
{
    QDate date;
    qint64 impressions = 0;
    qint64 engagements = 0;
};

struct AnalyticsTopPost
{
    QString url;        // as in the workbook
    QString activityId; // the numeric urn:li:activity id; the join key
    QDate published;
    // -1 when the post is not in that table of TOP POSTS.
    qint64 engagements = -1;
    qint64 impressions = -1;
};

struct AnalyticsFollowerDay
{
    QDate date;
    qint64 newFollowers = 0;
    // Followers at the end of this day, worked back from the sheet's total.
    qint64 total = 0;
};

struct AnalyticsDemographic
{
    // One of: "job title", "location", "industry", "seniority",
    // "company size", "company" (normalised: singular, lower case).
    QString category;
    QString value;
    // 0..1; -1 when the workbook says "< 1%" (shown as such).
    double share = 0.0;
    bool belowOnePercent = false;
};

struct AnalyticsWorkbookData
{
    QString fileName;                         // the file's name, without folders
    QDate periodStart;                        // DISCOVERY B1's first date
    QDate periodEnd;                          // DISCOVERY B1's second date: the export's last day
    qint64 impressions = -1;                  // DISCOVERY row 2; -1 when absent
    qint64 membersReached = -1;               // DISCOVERY row 3; -1 when absent
    QList<AnalyticsDay> days;                 // ENGAGEMENT, by date
    QList<AnalyticsTopPost> topPosts;         // TOP POSTS, both tables merged by activity id
    QDate followersTotalDate;                 // FOLLOWERS A1's date
    qint64 followersTotal = -1;               // FOLLOWERS B1; -1 when the sheet is absent
    QList<AnalyticsFollowerDay> followerDays; // FOLLOWERS, by date
    QList<AnalyticsDemographic> demographics; // DEMOGRAPHICS, in the sheet's order
};

} // namespace rapport
