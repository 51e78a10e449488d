#pragma once

// How rapport-cli shows posts and articles, for `content list` and
// `stats content` alike: one piece or one kind's summary as JSON or words,
// every rate from EngagementRate (LinkedIn's counts ÷ views), the people the
// user logged beside it as their own number.

#include "domain/ContentKindSummary.h"
#include "domain/ContentStats.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rapport {

class ContentReport
{
    Q_DECLARE_TR_FUNCTIONS(ContentReport)

public:
    static QJsonObject pieceJson(const ContentStats &stats);
    static QJsonObject summaryJson(const ContentKindSummary &summary);
    // One reading with its engagements and rate.
    static QJsonObject readingJson(const ContentMetrics &reading);
    // Rows as aligned columns, the first row the header: the columns before
    // `firstNumber` left-aligned, the rest right-aligned; one line each.
    static QStringList table(const QList<QStringList> &rows, int firstNumber);
    // "Articles: 2, engagement rate 12.2 % (159 engagements ÷ 1300 views),
    // on average 650 views; engagers you logged: 79.5 on average."
    static QString summaryText(const ContentKindSummary &summary);
    // A count of a reading: the number, "?" when not known, "—" without a
    // reading.
    static QString countText(bool hasReading, const std::optional<qint64> &count);
    // "16.1 %", or "—" without a value.
    static QString percent(const std::optional<double> &fraction);
    // An average with one decimal, without a trailing ".0".
    static QString amount(double value);
};

} // namespace rapport
