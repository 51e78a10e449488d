#pragma once

// The statements of schema migration 15 (issue 21, "the import floor and
// maintained summaries"): the search index rebuilt with fewer prefix
// indexes, the review indexes no query needs any more dropped, and the
// summaries the network review and the network score read (connection_group,
// connection_touch) with the triggers that keep them current. Also the
// statements that count those summaries afresh from the contact table, which
// a bulk load runs once instead of firing a trigger per row.
// Migrations numbers and applies them; this only holds their SQL text.

#include <QStringList>

namespace rapport {

class SummaryMigration
{
public:
    // The statements of migration 15.
    static QStringList statements();
    // Triggers on contact that keep the summaries below current, row by row.
    static QStringList summaryTriggers();
    // The names of the triggers on contact that keep a summary current which
    // recountStatements() counts afresh (a bulk load sets them aside).
    static QStringList recountedTriggers();
    // Counts connection_group, connection_touch and tier_count afresh from
    // contact (a full read of the table each; seconds at a million rows).
    static QStringList recountStatements();
    // Counts content_engager and content_tally afresh from engagement (the
    // integrity check's repair; migration 15 fills them the same way).
    static QStringList contentRecountStatements();
};

} // namespace rapport
