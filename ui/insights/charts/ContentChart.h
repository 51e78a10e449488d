#pragma once

// Posts versus articles: the engagement rate of each piece by the day it
// was published, and each kind's average. One definition of engagement
// rate (ContentStats, ContentKindSummary).
// Fills its panel, or shows the panel's empty state saying how to get numbers.

#include "domain/ContentStats.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class ChartPanel;

class ContentChart
{
    Q_DECLARE_TR_FUNCTIONS(ContentChart)

public:
    static void fill(ChartPanel *panel, const QList<ContentStats> &content);
};

} // namespace rapport
