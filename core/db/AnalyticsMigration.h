#pragma once

// The statements of schema migration 13: LinkedIn's analytics workbook
// (AnalyticsStore). Migrations numbers and applies them; this only holds
// their SQL text.

#include <QStringList>

namespace rapport {

class AnalyticsMigration
{
public:
    static QStringList statements();
};

} // namespace rapport
