#pragma once

// The statements of schema migration 14: what each LinkedIn data-export
// import saw of the connections (versions valid over a run of imports, so
// an unchanged connection costs no row per import), the changes each import
// found against the one before, and the queue's "congratulate" action.
// Migrations numbers and applies them; this only holds their SQL text.

#include <QStringList>

namespace rapport {

class ExportChangesMigration
{
public:
    static QStringList statements();
};

} // namespace rapport
