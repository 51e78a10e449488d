#pragma once

// Which language Rapport speaks, and installing the translations for it.
// The language follows the system (LANGUAGE, LC_ALL/LC_MESSAGES, LANG on
// Unix; the user's UI languages elsewhere) unless Preferences ▸ General ▸
// Language overrides it (Settings::uiLanguage, kept in QSettings so the
// window and rapport-cli agree without a database). English needs no
// translation; any language Rapport has no translation for falls back to it.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rapport {

class UiLanguage
{
public:
    // The languages Rapport ships, as ISO 639-1 codes, English first.
    static QStringList available();
    // The language to use: `override` when it is one Rapport has ("en",
    // "de"); otherwise the first of the system's UI languages (most wanted
    // first, like QLocale::uiLanguages(): "de-DE", "de", "en-US") that
    // Rapport has; otherwise English. An empty or unknown override means
    // "follow the system".
    static QString choose(const QString &override, const QStringList &systemUiLanguages);
    // choose() with the system's languages of this process.
    static QString chooseForSystem(const QString &override);
    // The language's own name ("English", "Deutsch"), as a language menu
    // shows it whatever the language of the rest of the window.
    static QString nativeName(const QString &language);

    // Installs Qt's and Rapport's translations for `language` into `app`
    // (nothing for English). Rapport's .qm is read from `installedDir` first,
    // so a newer one can be dropped next to an installed Rapport, then from
    // the resources (":/i18n"). Returns false when Rapport's translation for
    // a non-English language was not found (the program then speaks English).
    static bool install(QCoreApplication &app, const QString &language,
                        const QString &installedDir);
    // The language install() last set up ("en" before any install).
    static QString current();
};

} // namespace rapport
