#pragma once

// The vocabulary "contacts list" and "export" share: --sort keys and the
// engagement tiers of --tier, with the ones that need engagement tracking
// (a later release) told apart so both commands refuse them the same way.

#include "domain/ContactQuery.h"

#include <QString>
#include <optional>

namespace rapport {

class ListOptions
{
public:
    // "name", "company", ... -> the sort; nullopt for anything else.
    static std::optional<ContactSort> sortFromName(const QString &name);
    // tier, last-engaged, last-contacted, score: documented, not yet available.
    static bool isEngagementSort(const QString &name);
    static bool isTierKind(const QString &name);
    // "name, company, ..." for messages and help.
    static QString sortNames();
    static QString tierNames();
};

} // namespace rapport
