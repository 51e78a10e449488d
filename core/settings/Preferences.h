#pragma once

// Reads and sets the preferences of PreferenceTable by key, as text, through
// the classes that own them (OutreachSettings, QueueSettings, IndustryScope,
// EngagementStore's tier window), so a value set here is saved exactly as
// the Preferences dialog saves it. rapport-cli's `settings` command is built
// on it.

#include "settings/Preference.h"

#include <QCoreApplication>
#include <QString>

namespace rapport {

class Database;

class Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)

public:
    explicit Preferences(Database &db);

    // The current value in the form `parse` accepts: numbers as digits, the
    // threshold in whole percent, lists joined by ", ", dates as YYYY-MM-DD,
    // blank for none.
    QString value(const Preference &preference) const;

    // Checks `text` against the preference's type and range; on success
    // `normalized` holds the value as value() would print it.
    static bool parse(const Preference &preference, const QString &text, QString *normalized,
                      QString *error);

    enum class Outcome {
        Saved,
        Invalid,       // the value is not of the type or out of range (nothing saved)
        NotApplicable, // allowed, but means nothing now (custom credits under another plan)
        Failed,        // the database refused (nothing saved)
    };
    // Validates and saves one preference, all or nothing.
    Outcome set(const Preference &preference, const QString &text, QString *error);

private:
    Database &m_db;
};

} // namespace rapport
