#pragma once

// One cell of a worksheet as an .xlsx file stores it (see XlsxSheetReader):
// its column and what kind of value it holds, with the value as text.
// Nothing is interpreted here: a number is the text of its <v> element
// ("1234", "1.0E3"), a string is resolved from the shared-string table or
// the inline string, a date (t="d") is the ISO text the writer stored.

#include <QString>

namespace rapport {

struct XlsxCell
{
    enum class Type { Empty, Text, Number, Boolean, Date, Error };

    int column = 0; // 1 for column A
    Type type = Type::Empty;
    QString text;

    bool isBlank() const
    {
        return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty());
    }
};

} // namespace rapport
