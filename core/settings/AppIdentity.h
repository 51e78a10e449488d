#pragma once

// Who the application is to Qt: names and version used for the settings
// file, the app-data folder (and so the default database) and --version.
// Both the window and the CLI call apply() first, so they share all three.

#include <QString>

namespace rapport {

class AppIdentity
{
public:
    static void apply();
    static QString version();
};

} // namespace rapport
