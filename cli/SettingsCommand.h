#pragma once

// rapport-cli settings: every preference of the window's Preferences dialog
// listed, read and set by key, validated with the same table of types,
// defaults and ranges (PreferenceTable) and saved the way the dialog saves.

#include <QCoreApplication>
#include <QStringList>

class QJsonObject;

namespace rapport {

class CliSession;
class Preferences;
struct Preference;

class SettingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    explicit SettingsCommand(CliSession &session);

    // `args` follow the word "settings". Returns the exit code.
    int run(const QStringList &args);
    static QString synopsis();

private:
    int list(const QStringList &args);
    int get(const QStringList &args);
    int set(const QStringList &args);
    // The preference a KEY names; nullptr after reporting bad usage.
    const Preference *preferenceFor(const QString &key, const QString &command, int *exitCode);
    static QJsonObject toJson(const Preference &preference, const QString &value);

    CliSession &m_session;
};

} // namespace rapport
