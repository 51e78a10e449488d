// rapport-cli: the command-line client. Speaks the system's language, as the
// window does, with the same translations (installed ones win over the
// built-in ones).

#include "CliApplication.h"
#include "settings/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral(RAPPORT_TRANSLATIONS_DIR));
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"rapport"_s, u"_"_s, installed) ||
        own->load(locale, u"rapport"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rapport::AppIdentity::apply();
    installTranslators(app);
    return rapport::CliApplication().run(QCoreApplication::arguments());
}
