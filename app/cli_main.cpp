#include "CliApplication.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rapport::AppIdentity::apply();
    // The same language as the window: the system's, or the one chosen in
    // Preferences (kept in the user's settings, not in a database).
    rapport::UiLanguage::install(
        app, rapport::UiLanguage::chooseForSystem(rapport::Settings().uiLanguage()),
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral(RAPPORT_TRANSLATIONS_DIR)));
    return rapport::CliApplication().run(QCoreApplication::arguments());
}
