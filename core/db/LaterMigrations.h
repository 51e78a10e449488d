#pragma once

// The statements of schema migrations 9 to 16 (connection score, the
// Insights and network read models, import undo, nullable metric counts,
// maintained summaries and the import floor, the outreach funnel's tally).
// Migrations numbers and applies them; this only holds their SQL text.

#include <QStringList>

namespace rapport {

class LaterMigrations
{
public:
    // The statements of migration `version` (9..16); empty for any other.
    static QStringList statements(int version);
};

} // namespace rapport
