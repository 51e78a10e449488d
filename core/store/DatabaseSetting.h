#pragma once

// One setting kept in the database's `setting` table: its key and, for a
// number, the default and the allowed range. DatabaseSettings lists them
// all; the settings classes load and validate with it, PreferenceTable adds
// the words the Preferences dialog and `rapport-cli settings` show.

#include <QString>
#include <QStringView>

namespace rapport {

struct DatabaseSetting
{
    QStringView key;      // as in the setting table and on the command line
    int defaultValue = 0; // numbers only
    int minimum = 0;      // numbers only
    int maximum = 0;      // numbers only

    QString name() const { return key.toString(); }
    constexpr bool allows(int value) const { return value >= minimum && value <= maximum; }
};

} // namespace rapport
