// The Rapport window: parses the command line, picks the database, makes
// sure only one window works on it, and shows the main window.

#include "InstanceGuard.h"
#include "db/Database.h"
#include "settings/AppIdentity.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"
#include "shell/DatabaseFiles.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The language follows the system unless Preferences chose one
// (UiLanguage). Installed translations win over the ones built in, so a
// newer .qm can be dropped next to an installed Rapport.
void installTranslators(QCoreApplication &app)
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral(RAPPORT_TRANSLATIONS_DIR));
    rapport::UiLanguage::install(
        app, rapport::UiLanguage::chooseForSystem(rapport::Settings().uiLanguage()), installed);
}

struct Options
{
    QCommandLineOption db;
    QCommandLineOption readOnly;
};

Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A desktop CRM for people who network on LinkedIn."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(u"db"_s,
                           QCoreApplication::translate("main", "Open the database file <path>."),
                           QCoreApplication::translate("main", "path")),
        QCommandLineOption(u"read-only"_s,
                           QCoreApplication::translate(
                               "main", "Open the database read-only: look, search and export "
                                       "without changing it.")),
    };
    parser.addOption(options.db);
    parser.addOption(options.readOnly);
    return options;
}

// --help and --version only print: they must work without a display (over
// ssh, in a package check), where QApplication would abort.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

// The arguments without the window options a QApplication takes for itself
// (-platform NAME, -style=NAME, -reverse, …; see QGuiApplication and
// QApplication), so printing --help or --version does not call them unknown.
QStringList withoutWindowOptions(const QStringList &arguments)
{
    static const QStringList withValue = {u"platform"_s,
                                          u"platformpluginpath"_s,
                                          u"platformtheme"_s,
                                          u"plugin"_s,
                                          u"qwindowgeometry"_s,
                                          u"geometry"_s,
                                          u"qwindowtitle"_s,
                                          u"title"_s,
                                          u"qwindowicon"_s,
                                          u"icon"_s,
                                          u"style"_s,
                                          u"stylesheet"_s,
                                          u"display"_s,
                                          u"session"_s,
                                          u"name"_s};
    static const QStringList flags = {u"reverse"_s, u"widgetcount"_s, u"nograb"_s,
                                      u"dograb"_s,  u"sync"_s,        u"qwindowalwaysontop"_s};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i == 0 || !arg.startsWith(u'-') || arg == u"--"_s) {
            kept << arg;
            continue;
        }
        QString name = arg.mid(arg.startsWith(u"--"_s) ? 2 : 1);
        const qsizetype equals = name.indexOf(u'=');
        const bool valueAttached = equals >= 0;
        if (valueAttached)
            name.truncate(equals);
        if (withValue.contains(name)) {
            if (!valueAttached)
                ++i; // and its value
            continue;
        }
        if (flags.contains(name))
            continue;
        kept << arg;
    }
    return kept;
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
    if (onlyPrints(argc, argv)) {
        // Prints and exits; if the option turns out to be an option's value
        // (--db -v), the window starts as usual below.
        QCoreApplication app(argc, argv);
        rapport::AppIdentity::apply();
        installTranslators(app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(withoutWindowOptions(QCoreApplication::arguments()));
    }

    QApplication app(argc, argv);
    rapport::AppIdentity::apply();
    QApplication::setWindowIcon(QIcon(u":/icons/rapport.svg"_s));
    QGuiApplication::setDesktopFileName(QStringLiteral(RAPPORT_APP_ID));
    installTranslators(app);

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    rapport::Settings settings;
    QString path = parser.value(options.db);
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
    window.setOpenReadOnly(parser.isSet(options.readOnly));
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
