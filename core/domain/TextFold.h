#pragma once

// Folds text for comparison and sorting: case folded, accents removed,
// whitespace collapsed ("José  Núñez" -> "jose nunez").

#include <QString>

namespace rapport {

class TextFold
{
public:
    static QString fold(const QString &text);
};

} // namespace rapport
