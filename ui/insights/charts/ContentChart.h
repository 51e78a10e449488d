#pragma once

// Posts versus articles: the engagement rate of each piece by the day it
// was published, and each kind's average. One definition of engagement
// rate (ContentStats, ContentKindSummary).
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "domain/ContentStats.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QAbstractAxis;
class QChart;
class QColor;
class QDateTimeAxis;

namespace rapport {

class ChartPanel;

class ContentChart
{
    Q_DECLARE_TR_FUNCTIONS(ContentChart)

public:
    // The chart's title, also its entry in the Insights list.
    static QString title();
    static void fill(ChartPanel *panel, const QList<ContentStats> &content);

private:
    // One kind's pieces as points and its average as a dashed line; the
    // side text's paragraph on that kind.
    static QString addKind(QChart *chart, ChartPanel *panel, const QList<ContentStats> &all,
                           const QList<ContentStats> &points, ContentKind kind, const QColor &color,
                           const QString &plural, QDateTimeAxis *x, QAbstractAxis *y);
    static QList<QStringList> csvRows(const QList<ContentStats> &all);
};

} // namespace rapport
