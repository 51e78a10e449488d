#pragma once

// One row of the network review: a value of a field (an industry, a
// location, a company) and how many connections have it.

#include "insights/IndustryScope.h"

#include <QString>

namespace rapport {

struct NetworkGroup
{
    QString name; // empty: not filled in
    int connections = 0;
    IndustryScope::Kind scope = IndustryScope::Kind::Unknown; // industries only
};

} // namespace rapport
