#pragma once

// What importing one LinkedIn analytics workbook did (AnalyticsImporter):
// days, follower days, posts and the audience read, and how many of them
// were new, changed what Rapport shows, or changed nothing. As text and as
// JSON for the CLI and the window.

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QJsonObject;

namespace rapport {

class AnalyticsImportReport
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsImportReport)

public:
    QString source; // the path imported
    QDate periodStart;
    QDate periodEnd;
    int daysRead = 0;
    int daysAdded = 0;   // a day Rapport had no number for
    int daysChanged = 0; // this export now decides the day and says otherwise
    int followerDaysRead = 0;
    int followerDaysAdded = 0;
    int followerDaysChanged = 0;
    int postsRead = 0;
    int postsMatched = 0; // found by activity id or address
    int postsCreated = 0;
    int readingsAdded = 0;   // a post's numbers on the export's last day
    int readingsChanged = 0; // that day's numbers said otherwise
    int demographicsRead = 0;
    bool demographicsStored = false; // false: the same audience was already there
    bool stored = false;             // anything at all was written

    // Lines for a terminal or the import report dialog.
    QString toText() const;
    // snake_case keys: source, period_start, period_end, days{read, added,
    // changed}, follower_days{...}, posts{read, matched, created,
    // readings_added, readings_changed}, demographics{read, stored}, changed.
    QJsonObject toJson() const;
};

} // namespace rapport
