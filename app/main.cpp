// The Rapport window: parses the command line, picks the database, makes
// sure only one window works on it, and shows the main window.

#include "InstanceGuard.h"
#include "db/Database.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "shell/DatabaseFiles.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Installed translations win over the ones built in, so a newer .qm can be
// dropped next to an installed Rapport.
void installTranslators(QApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    const QString installed =
        QDir(QApplication::applicationDirPath()).filePath(QStringLiteral(RAPPORT_TRANSLATIONS_DIR));
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"rapport"_s, u"_"_s, installed) ||
        own->load(locale, u"rapport"_s, u"_"_s, u":/i18n"_s)) {
        QApplication::installTranslator(own);
    }
}

void bringForward(QWidget &window)
{
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rapport::AppIdentity::apply();
    QApplication::setWindowIcon(QIcon(u":/icons/rapport.svg"_s));
    QGuiApplication::setDesktopFileName(QStringLiteral(RAPPORT_APP_ID));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop CRM for people who network on LinkedIn."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QApplication::translate("main", "Open the database file <path>."),
        QApplication::translate("main", "path"));
    parser.addOption(dbOption);
    const QCommandLineOption readOnlyOption(
        u"read-only"_s,
        QApplication::translate("main", "Open the database read-only: look, search and export "
                                        "without changing it."));
    parser.addOption(readOnlyOption);
    parser.process(app);

    rapport::Settings settings;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        const QString last = settings.lastDatabase();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : rapport::Database::defaultPath();
    }

    // One window per database: a second launch brings the first forward.
    auto guard = std::make_unique<rapport::InstanceGuard>(path);
    QString guardError;
    if (!guard->claim(&guardError)) {
        if (!guardError.isEmpty()) {
            qWarning("%s", qPrintable(guardError));
        } else if (guard->forward(QApplication::arguments())) {
            return 0;
        } else {
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Rapport Is Already Open"),
                QApplication::translate("main",
                                        "%1 is open in another Rapport window that does not "
                                        "answer. Close that window (or end the Rapport process) "
                                        "and start Rapport again.")
                    .arg(QDir::toNativeSeparators(path)));
            return 1;
        }
    }

    rapport::MainWindow window(settings);
    window.setOpenReadOnly(parser.isSet(readOnlyOption));
    const auto listen = [&window](rapport::InstanceGuard &g) {
        QObject::connect(&g, &rapport::InstanceGuard::argumentsReceived, &window,
                         [&window] { bringForward(window); });
    };
    listen(*guard);
    // File > Open and New move the window to another database: it is claimed
    // before the window opens it, so two windows never write to one file; a
    // database another window holds is handed to that window instead. The
    // current claim is let go only once the new database is open.
    std::unique_ptr<rapport::InstanceGuard> pending;
    window.databaseFiles()->setGate([&](const QString &next) {
        pending.reset();
        if (rapport::InstanceGuard::serverName(next) ==
            rapport::InstanceGuard::serverName(guard->databasePath()))
            return true;
        auto candidate = std::make_unique<rapport::InstanceGuard>(next);
        QString error;
        if (candidate->claim(&error) || !error.isEmpty()) {
            pending = std::move(candidate);
            return true;
        }
        const bool forwarded = candidate->forward(QApplication::arguments());
        QMessageBox::information(
            &window, QApplication::translate("main", "Already Open"),
            forwarded ? QApplication::translate("main", "%1 is already open in another Rapport "
                                                        "window, which was brought forward.")
                            .arg(QDir::toNativeSeparators(next))
                      : QApplication::translate("main", "%1 is open in another Rapport window "
                                                        "that does not answer. Close that window "
                                                        "(or end the Rapport process) first.")
                            .arg(QDir::toNativeSeparators(next)));
        return false;
    });
    QObject::connect(
        &window, &rapport::MainWindow::databaseOpened, &window, [&](const QString &opened) {
            if (pending && rapport::InstanceGuard::serverName(opened) ==
                               rapport::InstanceGuard::serverName(pending->databasePath())) {
                guard = std::move(pending);
                listen(*guard);
            }
            pending.reset();
            // A database the window just created was claimed by its path;
            // now that the file exists it is claimed by its identity too,
            // so a hard link to it meets this window.
            if (guard->isPrimary())
                guard->claim();
        });
    window.show();
    window.openDatabase(path);
    return QApplication::exec();
}
