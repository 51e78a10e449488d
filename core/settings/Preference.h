#pragma once

// One preference the window's Preferences dialog offers and rapport-cli's
// `settings` command reads and sets: its key, the kind of value, the default
// and the allowed range, so both front ends validate alike (PreferenceTable
// holds them all).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rapport {

struct Preference
{
    Q_DECLARE_TR_FUNCTIONS(Preference)

public:
    enum class Type {
        Text,     // any text; blank clears it
        TextList, // comma-separated names; blank clears it
        Integer,  // a whole number from minimum to maximum
        Percent,  // a whole percentage from minimum to maximum (stored as a fraction)
        Choice,   // one of `choices`
        Date,     // YYYY-MM-DD, or blank for none
    };

    QString key; // as in the database's setting table and on the command line
    Type type = Type::Text;
    QString defaultValue; // in the form `settings get` prints
    int minimum = 0;      // Integer and Percent
    int maximum = 0;      // Integer and Percent
    QStringList choices;  // Choice
    QString unit;         // Integer: "days", "people"...
    QString description;  // one line, for `settings list`

    bool isNumber() const { return type == Type::Integer || type == Type::Percent; }
    // "1-100 people", "0-100 %", "premium-career, ...", "YYYY-MM-DD or blank", "any text".
    QString rangeText() const;
    // The type's name for scripts: text, list, integer, percent, choice, date.
    QString typeName() const;
};

} // namespace rapport
