#include "io/AnalyticsImportReport.h"

#include "domain/DateText.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rapport {

QString AnalyticsImportReport::toText() const
{
    QStringList lines;
    lines << tr("Imported %1 (LinkedIn analytics, %2 to %3)")
                 .arg(QDir::toNativeSeparators(source), DateText::isoDate(periodStart),
                      DateText::isoDate(periodEnd));
    lines << tr("Days of impressions and engagements: %1 read, %2 new, %3 changed")
                 .arg(daysRead)
                 .arg(daysAdded)
                 .arg(daysChanged);
    lines << tr("Days of followers: %1 read, %2 new, %3 changed")
                 .arg(followerDaysRead)
                 .arg(followerDaysAdded)
                 .arg(followerDaysChanged);
    lines << tr("Top posts: %1 read, %2 matched, %3 created; numbers %4 added, %5 changed")
                 .arg(postsRead)
                 .arg(postsMatched)
                 .arg(postsCreated)
                 .arg(readingsAdded)
                 .arg(readingsChanged);
    lines << (demographicsStored
                  ? tr("Audience: %1 rows stored").arg(demographicsRead)
                  : tr("Audience: %1 rows read, the same as already stored").arg(demographicsRead));
    if (!stored)
        lines << tr("Nothing new: this workbook was already imported.");
    return lines.join(u'\n');
}

QJsonObject AnalyticsImportReport::toJson() const
{
    return QJsonObject{
        {u"source"_s, source},
        {u"period_start"_s, DateText::isoDate(periodStart)},
        {u"period_end"_s, DateText::isoDate(periodEnd)},
        {u"days"_s,
         QJsonObject{{u"read"_s, daysRead}, {u"added"_s, daysAdded}, {u"changed"_s, daysChanged}}},
        {u"follower_days"_s, QJsonObject{{u"read"_s, followerDaysRead},
                                         {u"added"_s, followerDaysAdded},
                                         {u"changed"_s, followerDaysChanged}}},
        {u"posts"_s, QJsonObject{{u"read"_s, postsRead},
                                 {u"matched"_s, postsMatched},
                                 {u"created"_s, postsCreated},
                                 {u"readings_added"_s, readingsAdded},
                                 {u"readings_changed"_s, readingsChanged}}},
        {u"demographics"_s,
         QJsonObject{{u"read"_s, demographicsRead}, {u"stored"_s, demographicsStored}}},
        {u"changed"_s, stored},
    };
}

} // namespace rapport
