#pragma once

// Turns what a person types into a search box into an FTS5 MATCH
// expression: every word must match, each as a prefix, quotes escaped.

#include <QString>

namespace rapport {

class SearchText
{
public:
    // "jo  smi" -> "\"jo\"* \"smi\"*"; empty when there is nothing to search for.
    static QString toMatchExpression(const QString &text);
};

} // namespace rapport
