#include "settings/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace rapport {

namespace {

QString g_current = u"en"_s;

// "de-DE", "de_DE.UTF-8", "DE" -> "de".
QString languageOf(const QString &name)
{
    QString code = name.section(u'.', 0, 0).section(u'@', 0, 0);
    code = code.section(u'-', 0, 0).section(u'_', 0, 0);
    return code.toLower();
}

} // namespace

QStringList UiLanguage::available()
{
    return {u"en"_s, u"de"_s};
}

QString UiLanguage::choose(const QString &override, const QStringList &systemUiLanguages)
{
    const QStringList have = available();
    const QString wanted = languageOf(override);
    if (have.contains(wanted))
        return wanted;
    for (const QString &name : systemUiLanguages) {
        const QString code = languageOf(name);
        if (have.contains(code))
            return code;
    }
    return u"en"_s;
}

QString UiLanguage::chooseForSystem(const QString &override)
{
    return choose(override, QLocale::system().uiLanguages());
}

QString UiLanguage::nativeName(const QString &language)
{
    // Each language in its own words: these are never translated.
    if (language == u"de"_s)
        return u"Deutsch"_s;
    return u"English"_s;
}

bool UiLanguage::install(QCoreApplication &app, const QString &language,
                         const QString &installedDir)
{
    g_current = u"en"_s;
    if (language.isEmpty() || language == u"en"_s)
        return true;
    const QLocale locale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if ((!installedDir.isEmpty() && own->load(locale, u"rapport"_s, u"_"_s, installedDir)) ||
        own->load(locale, u"rapport"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        g_current = language;
        return true;
    }
    delete own;
    return false;
}

QString UiLanguage::current()
{
    return g_current;
}

} // namespace rapport
