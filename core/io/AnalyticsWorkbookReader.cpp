#include "io/AnalyticsWorkbookReader.h"

#include "io/AnalyticsSheetCells.h"
#include "io/AnalyticsValues.h"
#include "io/XlsxWorkbook.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

// Where the header row may be: LinkedIn puts it in row 1 (ENGAGEMENT,
// DEMOGRAPHICS) or row 3 after a banner (TOP POSTS, FOLLOWERS); a few rows
// either way keep a workbook with a row more or less readable.
constexpr int headerSlack = 4;
// The followers' total and a top post's publish date may fall a little
// after the period (an export made days after its last day); further out
// they are a misread date.
constexpr int lateDays = 7;

QString listed(const QStringList &names)
{
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(u"\u201C"_s + n + u"\u201D"_s);
    return quoted.isEmpty() ? AnalyticsWorkbookReader::tr("none") : quoted.join(u", "_s);
}

} // namespace

QStringList AnalyticsWorkbookReader::sheetNames()
{
    return {u"DISCOVERY"_s, u"ENGAGEMENT"_s, u"TOP POSTS"_s, u"FOLLOWERS"_s, u"DEMOGRAPHICS"_s};
}

QString AnalyticsWorkbookReader::notAnalyticsWorkbook(const XlsxWorkbook &workbook)
{
    const QStringList found = workbook.sheetNames();
    const bool singlePost =
        workbook.fileName().startsWith(u"PostAnalytics"_s, Qt::CaseInsensitive) ||
        std::any_of(found.cbegin(), found.cend(), [](const QString &name) {
            return AnalyticsValues::labelKey(name) == u"performance";
        });
    if (singlePost)
        return tr("%1 looks like the analytics of a single post (its sheets: %2). Rapport imports "
                  "the workbook of all your posts over a period: on LinkedIn, open your post "
                  "analytics (Analytics \u25B8 Content), choose the period and use Export, then "
                  "import that file. Nothing was imported.")
            .arg(workbook.fileName(), listed(found));
    return tr("%1 is not a LinkedIn analytics workbook: it has the sheets %2, none of %3. On "
              "LinkedIn, open your post analytics (Analytics \u25B8 Content), choose the period "
              "and use Export, then import that file. Nothing was imported.")
        .arg(workbook.fileName(), listed(found), listed(sheetNames()));
}

bool AnalyticsWorkbookReader::read(const QString &path, AnalyticsWorkbookData *out, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    XlsxWorkbook workbook;
    QString why;
    if (!workbook.open(path, &why)) {
        // A file that is not there or cannot be read is no fault of LinkedIn's.
        if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable())
            return fail(why + u' ' + tr("Nothing was imported."));
        if (workbook.hasEntry(u"Connections.csv"_s) || workbook.hasEntry(u"messages.csv"_s))
            return fail(tr("%1 is LinkedIn's data export (a ZIP of CSV files), not the analytics "
                           "workbook. Import it with File \u25B8 Import LinkedIn Export\u2026 "
                           "(or rapport-cli import linkedin) instead. Nothing was imported.")
                            .arg(workbook.fileName()));
        return fail(why + u' ' + AnalyticsSheetCells::advice());
    }

    const QStringList wanted = sheetNames();
    const bool any = std::any_of(wanted.cbegin(), wanted.cend(), [&](const QString &name) {
        return workbook.findSheet(name) >= 0;
    });
    if (!any)
        return fail(notAnalyticsWorkbook(workbook));
    for (const QString &name : wanted) {
        if (workbook.findSheet(name) < 0)
            return fail(tr("%1 has no sheet \u201C%2\u201D; its sheets are %3. LinkedIn's "
                           "analytics workbook has the sheets %4: a sheet was renamed or "
                           "deleted. %5")
                            .arg(workbook.fileName(), name, listed(workbook.sheetNames()),
                                 listed(wanted), AnalyticsSheetCells::advice()));
    }

    AnalyticsWorkbookData data;
    data.fileName = workbook.fileName();
    using SheetReader = bool (*)(AnalyticsSheetCells &, AnalyticsWorkbookData *);
    const SheetReader readers[] = {readDiscovery, readEngagement, readTopPosts, readFollowers,
                                   readDemographics};
    for (int i = 0; i < wanted.size(); ++i) {
        XlsxSheet sheet;
        if (!workbook.readSheet(workbook.findSheet(wanted.at(i)), &sheet, &why))
            return fail(why + u' ' + AnalyticsSheetCells::advice());
        AnalyticsSheetCells cells(workbook.fileName(), sheet, workbook.isDate1904());
        cells.setWindow(data.periodStart, data.periodEnd);
        if (!readers[i](cells, &data))
            return fail(cells.error());
    }
    *out = std::move(data);
    return true;
}

int AnalyticsWorkbookReader::headerRow(const AnalyticsSheetCells &cells, int usual,
                                       const QString &firstHeader)
{
    const QString key = AnalyticsValues::labelKey(firstHeader);
    for (int row = qMax(1, usual - headerSlack); row <= usual + headerSlack; ++row) {
        if (AnalyticsValues::labelKey(cells.text(row, 1)) == key)
            return row;
    }
    return usual;
}

bool AnalyticsWorkbookReader::readDayOnce(AnalyticsSheetCells &cells, int row,
                                          QHash<QDate, int> *rowOf, QDate *date)
{
    if (!cells.date(row, 1, date, true))
        return false;
    if (rowOf->contains(*date))
        return cells.fail(row, 1,
                          tr("the day %1 is already in row %2; a day appears once.")
                              .arg(cells.shown(row, 1), QString::number(rowOf->value(*date))));
    rowOf->insert(*date, row);
    return true;
}

bool AnalyticsWorkbookReader::readDiscovery(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data)
{
    if (!cells.header(1, 1, u"Overall Performance"_s))
        return false;
    static const QRegularExpression range(u"^\\s*(\\S+)\\s*[-\u2013\u2014]\\s*(\\S+)\\s*$"_s);
    const QRegularExpressionMatch m = range.match(cells.text(1, 2));
    const QDate start = m.hasMatch() ? AnalyticsValues::dateFromText(m.captured(1)) : QDate();
    const QDate end = m.hasMatch() ? AnalyticsValues::dateFromText(m.captured(2)) : QDate();
    if (!start.isValid() || !end.isValid()) {
        const bool swapped = m.hasMatch() &&
                             AnalyticsValues::swappedDateFromText(m.captured(1)).isValid() &&
                             AnalyticsValues::swappedDateFromText(m.captured(2)).isValid();
        return cells.fail(1, 2,
                          swapped ? tr("%1 is not a period in LinkedIn's month/day/year order; "
                                       "it reads as day/month/year, so the file was saved by a "
                                       "program set to a day/month locale.")
                                        .arg(cells.shown(1, 2))
                                  : tr("the period should read like \u201C"
                                       "1/1/2026 - "
                                       "1/31/2026\u201D, but the cell holds %1.")
                                        .arg(cells.shown(1, 2)));
    }
    if (end < start)
        return cells.fail(1, 2,
                          tr("the period %1 ends before it starts; if day and month are "
                             "swapped, the file was saved by a program set to a day/month "
                             "locale.")
                              .arg(cells.shown(1, 2)));
    data->periodStart = start;
    data->periodEnd = end;
    for (int row = 2; row <= cells.sheet().lastRow(); ++row) {
        const QString label = AnalyticsValues::labelKey(cells.text(row, 1));
        qint64 *target = label == u"impressions"       ? &data->impressions
                         : label == u"members reached" ? &data->membersReached
                                                       : nullptr;
        if (!target)
            continue;
        if (*target >= 0)
            return cells.fail(row, 1, tr("%1 appears a second time.").arg(cells.shown(row, 1)));
        if (!cells.count(row, 2, target))
            return false;
    }
    return true;
}

bool AnalyticsWorkbookReader::readEngagement(AnalyticsSheetCells &cells,
                                             AnalyticsWorkbookData *data)
{
    const int header = headerRow(cells, 1, u"Date"_s);
    if (!cells.header(header, 1, u"Date"_s) || !cells.header(header, 2, u"Impressions"_s) ||
        !cells.header(header, 3, u"Engagements"_s))
        return false;
    QHash<QDate, int> rowOf;
    QList<AnalyticsDay> days;
    for (int row = header + 1; row <= cells.sheet().lastRow(); ++row) {
        if (cells.sheet().rowIsBlank(row, 1, 3))
            continue;
        AnalyticsDay day;
        if (!readDayOnce(cells, row, &rowOf, &day.date))
            return false;
        if (!cells.count(row, 2, &day.impressions) || !cells.count(row, 3, &day.engagements))
            return false;
        days.append(day);
    }
    std::sort(days.begin(), days.end(),
              [](const AnalyticsDay &a, const AnalyticsDay &b) { return a.date < b.date; });
    data->days = std::move(days);
    return true;
}

bool AnalyticsWorkbookReader::readTopPosts(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data)
{
    const int header = headerRow(cells, 3, u"Post URL"_s);
    const struct
    {
        int firstColumn;
        QString metric;
    } tables[] = {{1, u"Engagements"_s}, {5, u"Impressions"_s}};
    for (const auto &table : tables) {
        if (!cells.header(header, table.firstColumn, u"Post URL"_s) ||
            !cells.header(header, table.firstColumn + 1, u"Post publish date"_s) ||
            !cells.header(header, table.firstColumn + 2, table.metric))
            return false;
    }
    QList<AnalyticsTopPost> posts;
    QHash<QString, int> indexOf;           // activity id -> index in posts
    QHash<QString, QString> publishedCell; // activity id -> where its date was read
    for (const auto &table : tables) {
        const bool engagements = table.firstColumn == 1;
        QHash<QString, int> rowOf;
        for (int row = header + 1; row <= cells.sheet().lastRow(); ++row) {
            const int c = table.firstColumn;
            if (cells.sheet().rowIsBlank(row, c, c + 2))
                continue;
            const QString url = cells.text(row, c);
            const QString id = AnalyticsValues::activityId(url);
            if (id.isEmpty())
                return cells.fail(row, c,
                                  tr("%1 is not the address of a LinkedIn post (it should hold "
                                     "\u201Curn:li:activity:\u201D and a number, or end in "
                                     "\u201C-activity-\u201D, a number and a code).")
                                      .arg(cells.shown(row, c)));
            if (rowOf.contains(id))
                return cells.fail(row, c,
                                  tr("the post %1 is already in row %2 of this table.")
                                      .arg(cells.shown(row, c), QString::number(rowOf.value(id))));
            rowOf.insert(id, row);
            QDate published;
            if (!cells.date(row, c + 1, &published, false))
                return false;
            // Posts published before the period may still be its top posts.
            if (data->periodEnd.isValid() && published > data->periodEnd &&
                !cells.inWindow(row, c + 1, published, cells.text(row, c + 1), lateDays))
                return false;
            qint64 value = 0;
            if (!cells.count(row, c + 2, &value))
                return false;
            int index = indexOf.value(id, -1);
            if (index >= 0 && posts.at(index).published != published)
                return cells.fail(row, c + 1,
                                  tr("the post was published on %1 by the other table (cell "
                                     "%2), but on %3 here.")
                                      .arg(posts.at(index).published.toString(u"M/d/yyyy"_s),
                                           publishedCell.value(id),
                                           published.toString(u"M/d/yyyy"_s)));
            if (index < 0) {
                publishedCell.insert(id, XlsxSheet::cellName(row, c + 1));
                index = int(posts.size());
                indexOf.insert(id, index);
                AnalyticsTopPost post;
                post.url = url;
                post.activityId = id;
                post.published = published;
                posts.append(post);
            }
            (engagements ? posts[index].engagements : posts[index].impressions) = value;
        }
    }
    data->topPosts = std::move(posts);
    return true;
}

void AnalyticsWorkbookReader::workBackTotals(QList<AnalyticsFollowerDay> *days,
                                             const QDate &totalDate, qint64 total)
{
    qint64 upToTotalDate = 0;
    for (const AnalyticsFollowerDay &day : std::as_const(*days)) {
        if (day.date <= totalDate)
            upToTotalDate += day.newFollowers;
    }
    qint64 running = 0;
    for (AnalyticsFollowerDay &day : *days) {
        running += day.newFollowers;
        day.total = total + running - upToTotalDate;
    }
}

bool AnalyticsWorkbookReader::readFollowers(AnalyticsSheetCells &cells, AnalyticsWorkbookData *data)
{
    static const QRegularExpression totalLabel(u"^total followers on\\s+(\\S+?)\\s*:?$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = totalLabel.match(cells.text(1, 1).simplified());
    if (!m.hasMatch())
        return cells.fail(1, 1,
                          tr("the cell should read like \u201CTotal followers on 1/31/2026:\u201D, "
                             "but it holds %1.")
                              .arg(cells.shown(1, 1)));
    const QDate totalDate = AnalyticsValues::dateFromText(m.captured(1));
    if (!totalDate.isValid())
        return cells.fail(1, 1,
                          tr("%1 does not end in a date in LinkedIn's month/day/year order.")
                              .arg(cells.shown(1, 1)));
    if (!cells.inWindow(1, 1, totalDate, m.captured(1), lateDays))
        return false;
    qint64 total = 0;
    if (!cells.count(1, 2, &total))
        return false;

    const int header = headerRow(cells, 3, u"Date"_s);
    if (!cells.header(header, 1, u"Date"_s) || !cells.header(header, 2, u"New followers"_s))
        return false;
    QHash<QDate, int> rowOf;
    QList<AnalyticsFollowerDay> days;
    for (int row = header + 1; row <= cells.sheet().lastRow(); ++row) {
        if (cells.sheet().rowIsBlank(row, 1, 2))
            continue;
        AnalyticsFollowerDay day;
        if (!readDayOnce(cells, row, &rowOf, &day.date))
            return false;
        if (!cells.count(row, 2, &day.newFollowers, true))
            return false;
        days.append(day);
    }
    std::sort(days.begin(), days.end(),
              [](const AnalyticsFollowerDay &a, const AnalyticsFollowerDay &b) {
                  return a.date < b.date;
              });
    workBackTotals(&days, totalDate, total);
    data->followersTotalDate = totalDate;
    data->followersTotal = total;
    data->followerDays = std::move(days);
    return true;
}

bool AnalyticsWorkbookReader::readDemographics(AnalyticsSheetCells &cells,
                                               AnalyticsWorkbookData *data)
{
    const int header = headerRow(cells, 1, u"Top Demographics"_s);
    if (!cells.header(header, 1, u"Top Demographics"_s) || !cells.header(header, 2, u"Value"_s) ||
        !cells.header(header, 3, u"Percentage"_s))
        return false;
    QList<AnalyticsDemographic> demographics;
    QString category;
    for (int row = header + 1; row <= cells.sheet().lastRow(); ++row) {
        if (cells.sheet().rowIsBlank(row, 1, 3))
            continue;
        if (!cells.isBlank(row, 1)) {
            category = AnalyticsValues::demographicCategory(cells.text(row, 1));
            if (category.isEmpty())
                return cells.fail(row, 1,
                                  tr("%1 is not one of LinkedIn's audience categories (job "
                                     "titles, locations, industries, seniority, company size, "
                                     "companies).")
                                      .arg(cells.shown(row, 1)));
        } else if (category.isEmpty()) {
            return cells.fail(row, 1, tr("the category is empty."));
        }
        AnalyticsDemographic d;
        d.category = category;
        d.value = cells.text(row, 2);
        if (d.value.isEmpty())
            return cells.fail(row, 2, tr("the value is empty; a %1 was expected.").arg(category));
        if (!cells.share(row, 3, &d.share, &d.belowOnePercent))
            return false;
        demographics.append(d);
    }
    data->demographics = std::move(demographics);
    return true;
}

} // namespace rapport
